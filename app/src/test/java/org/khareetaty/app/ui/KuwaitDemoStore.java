package org.khareetaty.app.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import org.khareetaty.app.demo.DemoStore;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.sample.DemoSpec;

/**
 * The Kuwait demo for the window tests: the real governorates and the demo's incidents over November and
 * December 2025, with its planted defects, built as {@code khareetaty demo} builds it.
 */
final class KuwaitDemoStore {
    private KuwaitDemoStore() {}

    /** The demo store of {@code incidents} incidents built in {@code dir}/kuwait; its directory. */
    static Path build(Path dir, int incidents) throws Exception {
        Path kuwait = dir.resolve("kuwait");
        DemoStore.build(
                kuwait,
                new DemoSpec(
                        DemoSpec.DEFAULT_SEED, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 31), incidents, false),
                ProgressListener.NONE);
        return kuwait;
    }
}
