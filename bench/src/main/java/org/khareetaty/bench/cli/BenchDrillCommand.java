package org.khareetaty.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.bench.DrillBench;
import org.khareetaty.bench.HeapSampler;
import org.khareetaty.bench.ImportBench;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.hexgrid.DrillSession;
import org.khareetaty.core.hexgrid.GoldCube;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khareetaty bench drill}: aggregate refresh after importing the real 148,636-row file, and
 * drill latency per resolution, cold and warm, on a store of millions of jittered copies of it.
 */
@Command(
        name = "drill",
        mixinStandardHelpOptions = true,
        description = {
            "Aggregate refresh after importing the real aggravated-assault file, then drill-down latency (p50/p95/max)",
            "per resolution r6..r10, cold and warm, on a store of N incidents made of jittered copies of it.",
            "Run with KHAREETATY_JAVA_OPTS=-Xmx1g (the default) to check the heap bound."
        })
final class BenchDrillCommand implements Callable<Integer> {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "../shared/data",
            description = "Shared data folder (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "The benchmark store (default: TMP/khareetaty-bench-drill-N).")
    Path storeDir;

    @Option(
            names = "--reuse",
            description = "Use the store in --store if it already holds at least N incidents, instead of building it.")
    boolean reuse;

    @Option(
            names = "--incidents",
            defaultValue = "8000000",
            description = "Incidents in the benchmark store (default ${DEFAULT-VALUE}).")
    long incidents;

    @Option(
            names = "--via-import",
            description = "Build the store by importing a jittered file (~14,000 rows/s) instead of copying rows.")
    boolean viaImport;

    @Option(
            names = "--warm-runs",
            defaultValue = "10",
            description = "Timed warm runs of each scope (default ${DEFAULT-VALUE}).")
    int warmRuns;

    @Option(
            names = "--cold-scopes",
            defaultValue = "100",
            description = "Scopes timed cold at each resolution, at most (default ${DEFAULT-VALUE}).")
    int coldScopes;

    @Option(
            names = "--refresh-runs",
            defaultValue = "3",
            description = "Runs of the refresh benchmark; 0 skips it (default ${DEFAULT-VALUE}).")
    int refreshRuns;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DrillBench bench = new DrillBench(data, json ? x -> System.err.println(x) : x -> System.out.println(x));
        if (!Files.isRegularFile(bench.realFile())) {
            throw new IllegalArgumentException(
                    "the benchmark needs " + bench.realFile() + " (../shared/data); pass --data DIR");
        }
        Path dir = storeDir != null
                ? storeDir
                : Path.of(System.getProperty("java.io.tmpdir"), "khareetaty-bench-drill-" + incidents);
        Map<String, Object> out = new LinkedHashMap<>();
        Path scratch = Files.createTempDirectory("khareetaty-bench-drill");
        try {
            if (refreshRuns > 0) {
                Map<String, Object> refresh = bench.refresh(scratch, refreshRuns);
                out.put("refresh", refresh);
                say(
                        "aggregate refresh after importing %s (%,d incidents, import %s s): %s s; catch-up reading the rows back %s s; "
                                + "full rebuild %s s",
                        refresh.get("file"),
                        refresh.get("loaded"),
                        refresh.get("import_seconds"),
                        refresh.get("refresh_after_import_seconds"),
                        refresh.get("catch_up_reading_rows_seconds"),
                        refresh.get("full_rebuild_seconds"));
            }
            long have = DrillBench.incidents(dir);
            if (reuse && have >= incidents) {
                say("reusing %s: %,d incidents", dir, have);
            } else {
                if (Files.exists(dir)) {
                    try (var entries = Files.list(dir)) {
                        if (entries.findAny().isPresent()) {
                            throw new IllegalArgumentException(
                                    dir + " is not empty" + (have >= 0 ? " (a store of " + have + " incidents)" : "")
                                            + "; pass --reuse to use it as it is, or another --store");
                        }
                    }
                }
                say("building %s with %,d incidents%s", dir, incidents, viaImport ? " through the importer" : "");
                out.put("build", bench.build(dir, incidents, viaImport, scratch));
            }
            try (HeapSampler heap = new HeapSampler()) {
                out.put("latency", latency(dir));
                out.put("peak_heap_in_use_mb", heap.peakMb());
            }
            out.put(
                    "load_average",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        } finally {
            ImportBench.deleteTree(scratch);
        }
        out.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        out.put("processors", Runtime.getRuntime().availableProcessors());
        if (json) {
            System.out.println(Json.of(out));
        } else {
            say(
                    "peak heap in use over the whole latency run (%d session opens) %,d MB of %,d MB; load average at the end %.1f",
                    ((Map<?, ?>) ((Map<?, ?>) out.get("latency")).get("session_open")).get("samples"),
                    out.get("peak_heap_in_use_mb"),
                    out.get("max_heap_mb"),
                    out.get("load_average"));
        }
        return 0;
    }

    private Map<String, Object> latency(Path dir) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        List<List<DrillScope>> scopes;
        List<Double> opens = new ArrayList<>();
        long storeOpen = System.nanoTime();
        try (Store s = Store.open(dir);
                Connection c = s.connect()) {
            out.put("store_open_ms", DrillBench.round((System.nanoTime() - storeOpen) / 1e6));
            long t = System.nanoTime();
            DrillSession session = DrillSession.open(c);
            opens.add((System.nanoTime() - t) / 1e6);
            GoldCube cube = session.cube(c);
            out.put("incidents", cube.incidents());
            out.put("r10_cells", cube.r10Cells());
            out.put("cube_heap_mb", cube.heapBytes() >> 20);
            out.put("live_heap_with_session_mb", HeapSampler.liveMb());
            scopes = DrillBench.scopes(cube, 7);
            // the JIT compiles the drill code once, here: "cold" below is about the data, not the JVM
            for (List<DrillScope> atRes : scopes) {
                for (DrillScope scope : atRes) {
                    session.drill(c, scope);
                }
            }
        }
        Samples coldMap = new Samples(scopes.size());
        Samples coldFull = new Samples(scopes.size());
        for (int r = 0; r < scopes.size(); r++) {
            for (DrillScope scope :
                    scopes.get(r).subList(0, Math.min(coldScopes, scopes.get(r).size()))) {
                coldMap.add(r, cold(dir, opens, (c, session) -> session.cells(c, scope)));
                coldFull.add(r, cold(dir, opens, (c, session) -> session.drill(c, scope)));
            }
        }
        out.put("session_open", DrillBench.percentiles(opens));
        Samples warmMap = new Samples(scopes.size());
        Samples warmFull = new Samples(scopes.size());
        try (Store s = Store.open(dir);
                Connection c = s.connect();
                HeapSampler heap = new HeapSampler()) {
            DrillSession session = DrillSession.open(c);
            for (int run = 0; run <= warmRuns; run++) {
                for (int r = 0; r < scopes.size(); r++) {
                    for (DrillScope scope : scopes.get(r)) {
                        double[] map = DrillBench.timeMs(() -> session.cells(c, scope));
                        double[] full = DrillBench.timeMs(() -> session.drill(c, scope));
                        if (run > 0) {
                            warmMap.add(r, map);
                            warmFull.add(r, full);
                        }
                    }
                }
            }
            out.put("warm_peak_heap_in_use_mb", heap.peakMb());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        say("wall clock ms (process CPU ms), p50 / p95 / max");
        say(
                "%-4s %6s | %-30s | %-30s | %-30s | %-30s",
                "res", "scopes", "map cold", "map warm", "full cold", "full warm");
        for (int r = 0; r < scopes.size(); r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("resolution", 6 + r);
            row.put("scopes", scopes.get(r).size());
            row.put("map_cold", coldMap.percentiles(r));
            row.put("map_warm", warmMap.percentiles(r));
            row.put("full_cold", coldFull.percentiles(r));
            row.put("full_warm", warmFull.percentiles(r));
            rows.add(row);
            say(
                    "r%-3d %6d | %-30s | %-30s | %-30s | %-30s",
                    6 + r,
                    scopes.get(r).size(),
                    triple(row.get("map_cold")),
                    triple(row.get("map_warm")),
                    triple(row.get("full_cold")),
                    triple(row.get("full_warm")));
        }
        out.put("resolutions", rows);
        say(
                "store open %s ms; session open (reading the aggregates) p50 %s ms, p95 %s ms over %d opens; %,d incidents in %,d r10 cells, "
                        + "cube ~%,d MB, live heap with the session open %,d MB, peak heap in use during the warm drills %,d MB",
                out.get("store_open_ms"),
                ((Map<?, ?>) out.get("session_open")).get("p50_ms"),
                ((Map<?, ?>) out.get("session_open")).get("p95_ms"),
                opens.size(),
                out.get("incidents"),
                out.get("r10_cells"),
                out.get("cube_heap_mb"),
                out.get("live_heap_with_session_mb"),
                out.get("warm_peak_heap_in_use_mb"));
        return out;
    }

    /** Wall-clock and CPU milliseconds per resolution. */
    private static final class Samples {
        final List<List<Double>> wall = new ArrayList<>();
        final List<List<Double>> cpu = new ArrayList<>();

        Samples(int resolutions) {
            for (int r = 0; r < resolutions; r++) {
                wall.add(new ArrayList<>());
                cpu.add(new ArrayList<>());
            }
        }

        void add(int r, double[] ms) {
            wall.get(r).add(ms[0]);
            cpu.get(r).add(ms[1]);
        }

        Map<String, Object> percentiles(int r) {
            Map<String, Object> m = DrillBench.percentiles(wall.get(r));
            Map<String, Object> c = DrillBench.percentiles(cpu.get(r));
            m.put("cpu_p50_ms", c.get("p50_ms"));
            m.put("cpu_p95_ms", c.get("p95_ms"));
            m.put("cpu_max_ms", c.get("max_ms"));
            return m;
        }
    }

    /** Work timed on a fresh session. */
    @FunctionalInterface
    private interface SessionWork {
        void run(Connection c, DrillSession session) throws Exception;
    }

    /** Milliseconds of {@code work} as the first drill of a session just opened on the store just opened: {wall, CPU}. */
    private static double[] cold(Path dir, List<Double> opens, SessionWork work) throws Exception {
        try (Store s = Store.open(dir);
                Connection c = s.connect()) {
            long t = System.nanoTime();
            DrillSession session = DrillSession.open(c);
            opens.add((System.nanoTime() - t) / 1e6);
            return DrillBench.timeMs(() -> {
                try {
                    work.run(c, session);
                } catch (java.sql.SQLException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static String triple(Object percentiles) {
        Map<?, ?> p = (Map<?, ?>) percentiles;
        return String.format(
                Locale.ROOT,
                "%.0f (%.0f) / %.0f (%.0f) / %.0f (%.0f)",
                p.get("p50_ms"),
                p.get("cpu_p50_ms"),
                p.get("p95_ms"),
                p.get("cpu_p95_ms"),
                p.get("max_ms"),
                p.get("cpu_max_ms"));
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        if (json) {
            System.err.println(line);
        } else {
            System.out.println(line);
        }
    }
}
