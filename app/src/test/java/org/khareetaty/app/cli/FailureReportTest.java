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
        String store = dir.resolve("store").toString();
        fails(
                Cli.run("drill", "--store", store, "--cell", "zzz"),
                2,
                "--cell 'zzz' is not an H3 cell: give its hex id");
        // Hex, but no cell: H3 reads it without complaint and the drill found nothing.
        fails(
                Cli.run("drill", "--store", store, "--cell", "ffffffffffffffff"),
                2,
                "--cell 'ffffffffffffffff' is not an H3 cell");
        fails(
                Cli.run("drill", "--store", store, "--cell", "8a2a1072b59ffff"),
                2,
                "--cell 8a2a1072b59ffff is at r10; drill into cells of r6..r9");
    }

    @Test
    void anUnknownCategoryIsAUsageErrorInEveryCommandThatTakesOne() {
        String store = dir.resolve("store").toString();
        String message = "--category 'violnt' is not a category: use one of violent, property, drugs, weapons";
        fails(Cli.run("drill", "--store", store, "--category", "violnt"), 2, message);
        fails(Cli.run("gistar", "--store", store, "--res", "8", "--category", "violnt"), 2, message);
        fails(
                Cli.run("hotspots", "--store", store, "--eps-m", "150", "--min-pts", "20", "--category", "violnt"),
                2,
                message);
    }

    @Test
    void aValueOutOfRangeIsAUsageErrorInEveryCommand() {
        String store = dir.resolve("store").toString();
        fails(Cli.run("drill", "--store", store, "--res", "12"), 2, "--res 12 is outside 6 (city) .. 10 (micro-block)");
        fails(Cli.run("gistar", "--store", store, "--res", "3"), 2, "resolution 3 is outside 6..10");
        fails(Cli.run("gistar", "--store", store, "--res", "8", "--k", "0"), 2, "k 0 is outside 1..10");
        fails(
                Cli.run(
                        "hotspots",
                        "--store",
                        store,
                        "--eps-m",
                        "150",
                        "--min-pts",
                        "20",
                        "--from",
                        "2025-02-01",
                        "--to",
                        "2025-01-01"),
                2,
                "--from 2025-02-01 is after --to 2025-01-01");
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

    @Test
    void aStorePathTheDatabaseWouldReadAsSettingsIsRefusedAndRunsNoSql() {
        Path written = dir.resolve("pwned.csv");
        String store = dir + "/s;INIT=CALL CSVWRITE('" + written + "', 'SELECT 1')--";
        fails(Cli.run("stats", "--store", store), 1, "which the database would read as settings");
        assertFalse(Files.exists(written), "the path ran SQL that wrote " + written);
    }

    @Test
    void anEncryptedStoreNeedsItsPassphraseInEveryCommand() throws Exception {
        String store = dir.resolve("encrypted").toString();
        assertEquals(0, Cli.run("stats", "--store", store).exit());
        Path pass = Files.writeString(dir.resolve("passphrase"), "a long passphrase\n");
        Cli.Run encrypt = Cli.run("store", "encrypt", "--store", store, "--passphrase-file", pass.toString());
        assertEquals(0, encrypt.exit(), encrypt.out() + encrypt.err());
        // no terminal here to type it at
        fails(Cli.run("stats", "--store", store), 2, "the store is encrypted and there is no terminal to ask");
        Path wrong = Files.writeString(dir.resolve("wrong"), "another passphrase\n");
        fails(Cli.run("stats", "--store", store, "--passphrase-file", wrong.toString()), 1, "the passphrase is wrong");
        Cli.Run ok = Cli.run("stats", "--store", store, "--passphrase-file", pass.toString());
        assertEquals(0, ok.exit(), ok.out() + ok.err());
    }
}
