package org.khareetaty.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.ImportResult;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.etl.ParseOnly;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.BoundaryLoader;
import org.khareetaty.geo.LayerSpec;

/**
 * Import throughput, end to end (parse, validate, normalise, resolve against Chicago's police
 * beats, districts and community areas, H3 r6..r10, store) and parse-only as the ceiling, with
 * the JVM's peak heap. Each end-to-end run uses a fresh store with the three Chicago layers.
 */
public final class ImportBench {
    /** One measured run. */
    public record Figure(String file, long rows, double seconds, double rowsPerSecond, long peakHeapMb) {}

    private final Path sharedData;
    private final Path work;

    public ImportBench(Path sharedData, Path work) {
        this.sharedData = sharedData;
        this.work = work;
    }

    /** Parse-only rate of {@code file}. */
    public Figure parseOnly(Path file) throws IOException {
        try (HeapSampler heap = new HeapSampler()) {
            ParseOnly.Rate r = ParseOnly.run(file, ImportOptions.defaults());
            return new Figure(file.getFileName().toString(), r.rows(), r.seconds(), r.rowsPerSecond(), heap.peakMb());
        }
    }

    /** End-to-end import of {@code file} into a fresh store holding the Chicago layers. */
    public Figure endToEnd(Path file, ProgressListener progress) throws IOException {
        Path storeDir = work.resolve("store-" + System.nanoTime());
        try (Store store = Store.open(storeDir)) {
            loadChicagoLayers(store, sharedData);
            System.gc();
            try (HeapSampler heap = new HeapSampler()) {
                ImportResult r = new Importer(store).importFile(file, ImportOptions.defaults(), progress);
                return new Figure(
                        file.getFileName().toString(),
                        r.counts().read(),
                        r.seconds(),
                        r.rowsPerSecond(),
                        heap.peakMb());
            }
        } finally {
            deleteTree(storeDir);
        }
    }

    /** Loads Chicago's police beats (primary: the study area), districts and community areas into {@code store}. */
    public static void loadChicagoLayers(Store store, Path sharedData) {
        BoundaryLoader loader = new BoundaryLoader();
        Path chicago = sharedData.resolve("chicago");
        loader.load(
                store,
                chicago.resolve("police_beats.geojson"),
                new LayerSpec("beats", "beat_num", "beat_num", "district", true),
                ProgressListener.NONE);
        loader.load(
                store,
                chicago.resolve("police_districts.geojson"),
                new LayerSpec("districts", "dist_num", "dist_label", null, false),
                ProgressListener.NONE);
        loader.load(
                store,
                chicago.resolve("community_areas.geojson"),
                new LayerSpec("community_areas", "area_numbe", "community", null, false),
                ProgressListener.NONE);
    }

    /** The 2,000,000-row (or {@code rows}-row) jittered copy of the aggravated-assault file, made once. */
    public Path jittered(long rows) throws IOException {
        Path out = work.resolve("codb_jittered_" + rows + ".csv");
        if (!Files.exists(out)) {
            JitteredCopy.write(codb(), out, rows, 20260101L);
        }
        return out;
    }

    /** The real 148,636-row aggravated-assault file. */
    public Path codb() {
        return sharedData.resolve("chicago/aggravated_assaults_2010_2019.csv.gz");
    }

    /** The figures as a map for JSON. */
    public static Map<String, Object> asMap(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", f.file());
        m.put("rows", f.rows());
        m.put("seconds", Math.round(f.seconds() * 100) / 100.0);
        m.put("rows_per_second", Math.round(f.rowsPerSecond()));
        m.put("peak_heap_mb", f.peakHeapMb());
        return m;
    }

    /** Deletes {@code dir} and everything in it. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
