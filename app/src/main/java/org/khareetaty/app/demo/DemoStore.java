package org.khareetaty.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.ImportResult;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.KuwaitGovernorates;
import org.khareetaty.geo.LayerLoadResult;
import org.khareetaty.geo.basemap.StoreBasemap;
import org.khareetaty.sample.DemoSpec;
import org.khareetaty.sample.DemoSummary;
import org.khareetaty.sample.KuwaitDemoGenerator;

/**
 * The demo store: Kuwait's six governorates (Natural Earth) and the generated Kuwait incidents,
 * imported, and the offline basemap drawn from the governorates, into a store directory marked as a demo store ({@link #MARKER}), which may be deleted and
 * rebuilt. Used by {@code khareetaty demo} and by the workstation's first launch.
 */
public final class DemoStore {
    /** Marks a directory as a demo store, which may be deleted and rebuilt. */
    public static final String MARKER = "KHAREETATY_DEMO_STORE";
    /** Written once the demo data is fully imported. */
    public static final String READY = "KHAREETATY_DEMO_READY";
    /** The generated incident file inside the store directory. */
    public static final String CSV = "kuwait_demo_incidents.csv";

    /** What building the demo store did. */
    public record Built(
            Path dir,
            LayerLoadResult governorates,
            DemoSummary generated,
            ImportResult imported,
            Path basemap,
            double basemapSeconds) {}

    private DemoStore() {}

    /** The default demo store directory, {@code ~/.khareetaty/demo}. */
    public static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".khareetaty", "demo");
    }

    /** True when {@code dir} holds a completely built demo store. */
    public static boolean isReady(Path dir) {
        return Files.exists(dir.resolve(MARKER)) && Files.exists(dir.resolve(READY));
    }

    /**
     * Empties {@code dir} (which must be empty, absent or a demo store), generates the demo file
     * with {@code seed} and imports it with the governorates; the store is closed when this returns.
     *
     * @throws IllegalArgumentException when {@code dir} holds anything but a demo store
     */
    public static Built build(Path dir, long seed, ProgressListener progress) {
        return build(dir, DemoSpec.defaults().withSeed(seed), progress);
    }

    /** As {@link #build(Path, long, ProgressListener)} with a generator spec of its own (the benchmarks' larger stores). */
    public static Built build(Path dir, DemoSpec spec, ProgressListener progress) {
        try {
            prepare(dir);
            Path csv = dir.resolve(CSV);
            DemoSummary generated = new KuwaitDemoGenerator(spec).write(csv);
            progress.checkCancelled();
            try (Store store = Store.open(dir)) {
                LayerLoadResult layer = KuwaitGovernorates.load(store, progress);
                ImportResult r = new Importer(store).importFile(csv, ImportOptions.defaults(), progress);
                long basemapStart = System.nanoTime();
                Path basemap = StoreBasemap.ensure(store, progress);
                double basemapSeconds = (System.nanoTime() - basemapStart) / 1e9;
                Files.writeString(dir.resolve(READY), "import #" + r.importId() + " complete\n");
                return new Built(dir, layer, generated, r, basemap, basemapSeconds);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Empties a previous demo store; refuses to touch a directory that holds anything else. */
    private static void prepare(Path storeDir) throws IOException {
        if (Files.isDirectory(storeDir)) {
            boolean empty;
            try (Stream<Path> s = Files.list(storeDir)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty && !Files.exists(storeDir.resolve(MARKER))) {
                throw new IllegalArgumentException(
                        storeDir + " is not empty and is not a demo store; choose another --store DIR");
            }
            try (Stream<Path> s = Files.walk(storeDir)) {
                for (Path p : s.sorted(Comparator.reverseOrder())
                        .filter(p -> !p.equals(storeDir))
                        .toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(storeDir);
        Files.writeString(
                storeDir.resolve(MARKER),
                "This directory is a Khareetaty demo store; 'khareetaty demo' rebuilds it.\n");
    }
}
