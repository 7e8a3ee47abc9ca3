package org.khareetaty.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.ImportResult;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.CellCounts;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.hexgrid.DrillSession;
import org.khareetaty.core.hexgrid.GoldAggregates;
import org.khareetaty.core.hexgrid.GoldCube;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.Transactions;

/**
 * The drill-down benchmark: aggregate refresh after importing the real 148,636-row
 * aggravated-assault file, and drill latency per resolution r6..r10 on a store of millions of
 * incidents made from it ({@link JitteredStore}, or a jittered file through the importer). A drill
 * is timed as the map part ({@link DrillSession#cells}: cells, KPIs, breadcrumbs) and in full
 * ({@link DrillSession#drill}: also profiles, quick hits, warnings), both with the session's check
 * for new imports. Cold: the first drill of a scope in a session just opened on a store just
 * opened; warm: the same scopes again in one session.
 */
public final class DrillBench {
    private final Path sharedData;
    private final Consumer<String> log;

    public DrillBench(Path sharedData, Consumer<String> log) {
        this.sharedData = sharedData;
        this.log = log;
    }

    /** The real aggravated-assault file. */
    public Path realFile() {
        return sharedData.resolve("chicago/aggravated_assaults_2010_2019.csv.gz");
    }

    /**
     * Refresh times on a fresh store holding the Chicago layers and the real file, {@code runs} times
     * each, the store's aggregates emptied before each run: the refresh the importer makes (store the
     * import's aggregates from the incidents it collected while writing them, then compact), the
     * catch-up that reads an import's rows back (imports made by an older version), and the full
     * rebuild.
     */
    public Map<String, Object> refresh(Path scratch, int runs) throws IOException, SQLException {
        Path dir = scratch.resolve("refresh-" + System.nanoTime());
        try (Store store = Store.open(dir)) {
            ImportBench.loadChicagoLayers(store, sharedData);
            ImportResult imported =
                    new Importer(store).importFile(realFile(), ImportOptions.defaults(), ProgressListener.NONE);
            double[] afterImport = new double[runs];
            double[] readBack = new double[runs];
            double[] rebuild = new double[runs];
            try (Connection c = store.connect()) {
                long first;
                try (Statement s = c.createStatement();
                        var rs = s.executeQuery(
                                "SELECT first_incident_id FROM imports WHERE id = " + imported.importId())) {
                    rs.next();
                    first = rs.getLong(1);
                }
                for (int r = 0; r < runs; r++) {
                    emptyAggregates(c);
                    GoldCube.Builder collected = GoldAggregates.collect(c, imported.importId(), first);
                    long t = System.nanoTime();
                    Transactions.inOne(c, tx -> GoldAggregates.addImport(tx, imported.importId(), collected));
                    GoldAggregates.catchUp(c);
                    afterImport[r] = (System.nanoTime() - t) / 1e9;
                }
                for (int r = 0; r < runs; r++) {
                    emptyAggregates(c);
                    long t = System.nanoTime();
                    GoldAggregates.catchUp(c);
                    readBack[r] = (System.nanoTime() - t) / 1e9;
                }
                for (int r = 0; r < runs; r++) {
                    long t = System.nanoTime();
                    GoldAggregates.rebuild(c);
                    rebuild[r] = (System.nanoTime() - t) / 1e9;
                }
                GoldAggregates.Stats st = GoldAggregates.stats(c);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", realFile().getFileName().toString());
                m.put("loaded", imported.counts().loaded());
                m.put("import_seconds", round(imported.seconds()));
                m.put("refresh_after_import_seconds", seconds(afterImport));
                m.put("catch_up_reading_rows_seconds", seconds(readBack));
                m.put("full_rebuild_seconds", seconds(rebuild));
                m.put("stored_bytes", st.bytes());
                return m;
            }
        } finally {
            ImportBench.deleteTree(dir);
        }
    }

    private static void emptyAggregates(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM gold_imports");
            s.executeUpdate("DELETE FROM gold_segment_parts");
            s.executeUpdate("DELETE FROM gold_segments");
        }
    }

    private static List<Double> seconds(double[] v) {
        return Arrays.stream(v).map(DrillBench::round).boxed().toList();
    }

    /**
     * Builds a store of at least {@code target} incidents in the empty directory {@code dir}: the
     * Chicago layers, the real file through the importer, then jittered copies ({@link JitteredStore}),
     * or with {@code viaImport} a jittered file of {@code target} rows through the importer.
     */
    public Map<String, Object> build(Path dir, long target, boolean viaImport, Path scratch)
            throws IOException, SQLException {
        long t0 = System.nanoTime();
        Map<String, Object> m = new LinkedHashMap<>();
        try (Store store = Store.open(dir)) {
            ImportBench.loadChicagoLayers(store, sharedData);
            ImportResult real =
                    new Importer(store).importFile(realFile(), ImportOptions.defaults(), ProgressListener.NONE);
            log.accept(String.format(
                    java.util.Locale.ROOT,
                    "imported the real file: %,d incidents",
                    real.counts().loaded()));
            if (viaImport) {
                Path file = new ImportBench(sharedData, scratch).jittered(target);
                ImportResult big =
                        new Importer(store).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
                m.put("jittered_import_seconds", round(big.seconds()));
            } else {
                List<Double> refreshes = new ArrayList<>();
                try (Connection c = store.connect()) {
                    long t = System.nanoTime();
                    int copies = JitteredStore.grow(c, real.importId(), target, 20260101L, (id, storing) -> {
                        long r = System.nanoTime();
                        try {
                            GoldAggregates.catchUp(c);
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                        double compacting = (System.nanoTime() - r) / 1e9;
                        refreshes.add(round(storing + compacting));
                        log.accept(String.format(
                                java.util.Locale.ROOT,
                                "copy %d (import %d): aggregates stored in %.2f s, compacted in %.2f s",
                                refreshes.size(),
                                id,
                                storing,
                                compacting));
                    });
                    m.put("copies", copies);
                    m.put("copy_seconds", round((System.nanoTime() - t) / 1e9));
                    m.put("refresh_seconds_per_copy", refreshes);
                }
            }
            try (Connection c = store.connect()) {
                GoldAggregates.Stats st = GoldAggregates.stats(c);
                m.put("incidents", st.incidents());
                m.put("segments", st.segments());
                m.put("stored_bytes", st.bytes());
            }
        }
        m.put("build_seconds", round((System.nanoTime() - t0) / 1e9));
        return m;
    }

    /** Incidents in the store at {@code dir}, or -1 when it holds no store. */
    public static long incidents(Path dir) {
        if (!Files.exists(dir.resolve(Store.DATABASE_NAME + ".mv.db"))) {
            return -1;
        }
        try (Store store = Store.open(dir);
                Connection c = store.connect();
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM incidents")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The scopes measured at each resolution, r6 first. */
    public static List<List<DrillScope>> scopes(GoldCube cube, long seed) {
        LocalDate first = cube.firstDay();
        LocalDate last = cube.lastDay();
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate quarter = first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) - 90));
        List<LocalDate[]> windows = List.of(
                new LocalDate[] {first, last},
                new LocalDate[] {last.minusDays(364), last},
                new LocalDate[] {last.minusDays(29), last},
                new LocalDate[] {quarter, quarter.plusDays(89)});
        List<List<DrillScope>> out = new ArrayList<>();
        List<DrillScope> r6 = new ArrayList<>();
        for (LocalDate[] w : windows) {
            r6.add(new DrillScope(6, null, w[0], w[1], List.of(), false));
            r6.add(new DrillScope(6, null, w[0], w[1], List.of("violent"), false));
        }
        out.add(r6);
        for (int res = 7; res <= H3Cells.MAX_RES; res++) {
            List<DrillScope> at = new ArrayList<>();
            at.add(new DrillScope(res, null, first, last, List.of(), false));
            at.add(new DrillScope(res, null, last.minusDays(29), last, List.of(), false));
            CellCounts parents = CellCounts.of(cube, new DrillScope(res - 1, null, first, last, List.of(), true));
            long[] byCount = new long[parents.size()];
            for (int i = 0; i < byCount.length; i++) {
                byCount[i] = ((Integer.MAX_VALUE - parents.incidents(i)) << 32) | i;
            }
            Arrays.sort(byCount);
            List<Long> chosen = new ArrayList<>();
            for (int i = 0; i < 3 && i < byCount.length; i++) {
                chosen.add(parents.cell((int) byCount[i]));
            }
            for (int i = 0; i < 3; i++) {
                chosen.add(parents.cell(random.nextInt(parents.size())));
            }
            for (long parent : chosen) {
                for (LocalDate[] w : windows.subList(0, 3)) {
                    at.add(new DrillScope(res, parent, w[0], w[1], List.of(), false));
                }
            }
            out.add(at);
        }
        return out;
    }

    /** p50, p95 (nearest rank) and max of {@code ms}. */
    public static Map<String, Object> percentiles(List<Double> ms) {
        double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", v.length);
        m.put("p50_ms", round(v[(int) Math.ceil(0.50 * v.length) - 1]));
        m.put("p95_ms", round(v[(int) Math.ceil(0.95 * v.length) - 1]));
        m.put("max_ms", round(v[v.length - 1]));
        return m;
    }

    /** Milliseconds taken by {@code work}: {wall clock, CPU of the whole process (every thread, GC included)}. */
    public static double[] timeMs(SqlWork work) throws SQLException {
        long cpu = processCpuNanos();
        long t = System.nanoTime();
        work.run();
        return new double[] {(System.nanoTime() - t) / 1e6, (processCpuNanos() - cpu) / 1e6};
    }

    /** CPU time used by this process so far, or 0 when the JVM does not say. */
    public static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean o ? o.getProcessCpuTime() : 0;
    }

    /** Work that may fail with a store error. */
    @FunctionalInterface
    public interface SqlWork {
        void run() throws SQLException;
    }

    public static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
