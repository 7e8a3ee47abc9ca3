package org.khareetaty.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real data sets in {@code ../shared/data} (relative to the project root). Tests that need
 * them call {@link #file(String)}, which skips the test with a message when the data is absent.
 */
public final class SharedData {
    private SharedData() {}

    /** The shared data folder: the {@code khareetaty.shared.data} property, else {@code ../shared/data}. */
    public static Path root() {
        String configured = System.getProperty("khareetaty.shared.data");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return Path.of("..", "shared", "data").toAbsolutePath().normalize();
    }

    /** A file under the shared data folder, e.g. {@code chicago/police_beats.geojson}; skips the test if absent. */
    public static Path file(String relative) {
        Path file = root().resolve(relative);
        assumeTrue(
                Files.isRegularFile(file),
                () -> "skipped: real data file " + file + " is absent (tests read ../shared/data beside the project)");
        return file;
    }

    /**
     * A store in {@code dir} holding the real Chicago 25k sample, imported with the default options (the
     * test is skipped without ../shared/data).
     */
    public static org.khareetaty.core.store.Store importedSample(Path dir) {
        org.khareetaty.core.store.Store store = org.khareetaty.core.store.Store.open(dir);
        new org.khareetaty.core.etl.Importer(store)
                .importFile(
                        file("chicago/crimes_2017_2019_sample25k.csv.gz"),
                        org.khareetaty.core.etl.ImportOptions.defaults(),
                        org.khareetaty.core.progress.ProgressListener.NONE);
        return store;
    }
}
