package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input ends in one line naming the file, the line or the value and what to do, never a stack
 * trace, with the README's exit codes: 1 an input or store error, 2 a usage error.
 */
class FailureReportTest {
    @TempDir
    Path dir;

    /** The run failed with {@code exit} and an error line containing {@code message}, and no stack trace. */
    private static void fails(Cli.Run r, int exit, String message) {
        assertEquals(exit, r.exit(), r.out() + r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(message), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    @Test
    void aBoundaryFileThatIsNotGeoJsonNamesTheFileAndLine() throws Exception {
        Path bad = Files.writeString(dir.resolve("beats.geojson"), "not json\n");
        fails(
                Cli.run(
                        "boundaries",
                        "load",
                        "--store",
                        dir.resolve("store").toString(),
                        "--layer",
                        "beats",
                        "--code-field",
                        "beat",
                        bad.toString()),
                1,
                bad + " is not valid JSON at line 1, column 5");
    }

    @Test
    void aStoreInUseByAnotherProcessIsAStoreError() throws Exception {
        Path store = dir.resolve("store");
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.khareetaty.core.store.HoldStore",
                        store.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            String line = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertTrue(line != null && line.startsWith("open"), "the holder opened the store: " + line);
            fails(
                    Cli.run("stats", "--store", store.toString()),
                    1,
                    "The store at " + store + " is in use by another Khareetaty process");
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS), "the holder exits when its input closes");
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsNamed() {
        Path out = dir.resolve("no-such-folder").resolve("rejected.csv");
        fails(
                Cli.run("rejected", "export", "--store", dir.resolve("store").toString(), "--out", out.toString()),
                1,
                out + ": no such file or folder");
    }

    @Test
    void anAlertConfigurationThatIsNotTomlNamesTheFile() throws Exception {
        Path store = Files.createDirectories(dir.resolve("store"));
        Files.writeString(store.resolve("alerts.toml"), "[windows\nsession_gap_minutes = 20\n");
        fails(
                Cli.run("alerts", "audit", "--summary", "--store", store.toString()),
                1,
                "The alert configuration " + store.resolve("alerts.toml") + " is not valid TOML");
    }

    @Test
    void aCellThatIsNotAnH3IdIsExplained() {
        fails(
                Cli.run("drill", "--store", dir.resolve("store").toString(), "--cell", "zzz"),
                1,
                "--cell 'zzz' is not an H3 cell: give its hex id");
    }

    @Test
    void anUnknownOptionOrAMalformedValueIsAUsageErrorPointingToHelp() {
        Cli.Run unknown = Cli.run("stats", "--store", dir.resolve("store").toString(), "--bogus");
        fails(unknown, 2, "Unknown option: '--bogus'");
        assertTrue(unknown.err().contains("Try 'khareetaty stats --help' for more information."), unknown.err());
        fails(Cli.run("alerts", "show", "abc"), 2, "'abc' is not a long");
        Cli.Run date = Cli.run("drill", "--from", "yesterday");
        assertEquals(2, date.exit());
        assertTrue(date.err().startsWith("error: Invalid value for option '--from'"), date.err());
    }
}
