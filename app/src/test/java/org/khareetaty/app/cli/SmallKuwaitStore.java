package org.khareetaty.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.KuwaitGovernorates;
import org.khareetaty.sample.DemoSpec;
import org.khareetaty.sample.KuwaitDemoGenerator;

/** A small Kuwait demo store for the live-stream tests: the six governorates and 4,000 generated incidents of Nov-Dec 2025. */
final class SmallKuwaitStore {
    private SmallKuwaitStore() {}

    /** Builds it in {@code dir}/kuwait from generator seed {@code seed}; returns the store directory (closed). */
    static Path build(Path dir, long seed) throws Exception {
        Path store = dir.resolve("kuwait");
        Path csv = dir.resolve("kuwait.csv");
        new KuwaitDemoGenerator(new DemoSpec(seed, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 31), 4_000, false))
                .write(csv);
        try (Store s = Store.open(store)) {
            KuwaitGovernorates.load(s, ProgressListener.NONE);
            new Importer(s).importFile(csv, ImportOptions.defaults(), ProgressListener.NONE);
        }
        return store;
    }
}
