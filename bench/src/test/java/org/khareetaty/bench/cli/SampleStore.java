package org.khareetaty.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.khareetaty.app.cli.Khareetaty;
import org.khareetaty.core.testing.SharedData;

/** A store of real Chicago crimes for the benchmarks' end-to-end tests (skipped without ../shared/data). */
final class SampleStore {
    private SampleStore() {}

    /** The folder of a store under {@code dir} holding the Chicago 25k sample, imported by {@code khareetaty import}. */
    static String imported(Path dir) {
        String store = dir.resolve("store").toString();
        Captured.Run imp = Captured.run(
                Khareetaty::run,
                "import",
                "--store",
                store,
                "-q",
                SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz").toString());
        assertEquals(0, imp.exit(), imp.err());
        return store;
    }
}
