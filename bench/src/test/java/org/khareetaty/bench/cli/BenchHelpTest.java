package org.khareetaty.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code khareetaty bench} and each benchmark explain themselves, and a wrong option is a usage error. */
class BenchHelpTest {

    @Test
    void everyBenchmarkHasHelp() {
        for (String bench : List.of(
                "import",
                "dbscan",
                "feed",
                "drill",
                "alerts",
                "stream",
                "ui",
                "write-paths",
                "segments",
                "spikes",
                "import-into")) {
            Captured.Run r = Captured.run(BenchCommand::run, bench, "--help");
            assertEquals(0, r.exit(), bench);
            assertTrue(r.out().contains("Usage: khareetaty bench " + bench), r.out());
        }
        Captured.Run all = Captured.run(BenchCommand::run, "--help");
        assertEquals(0, all.exit());
        assertTrue(all.out().contains("Usage: khareetaty bench"), all.out());
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithoutAStackTrace() {
        Captured.Run r = Captured.run(BenchCommand::run, "drill", "--incidnets=10");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("error: Unknown option: '--incidnets=10'"), r.err());
        assertTrue(r.err().contains("Try 'khareetaty bench drill --help'"), r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
    }
}
