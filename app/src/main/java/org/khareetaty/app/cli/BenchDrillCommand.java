package org.khareetaty.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.bench.DrillBench;
import org.khareetaty.app.bench.HeapSampler;
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
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = {"Aggregate refresh after importing the real aggravated-assault file, then drill-down latency (p50/p95/max)",
                "per resolution r6..r10, cold and warm, on a store of N incidents made of jittered copies of it.",
                "Run with KHAREETATY_JAVA_OPTS=-Xmx1g (the default) to check the heap bound."})
final class BenchDrillCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data", description = "Shared data folder (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--store", paramLabel = "DIR", description = "The benchmark store (default: TMP/khareetaty-bench-drill-N).")
    Path storeDir;

    @Option(names = "--reuse", description = "Use the store in --store if it already holds at least N incidents, instead of building it.")
    boolean reuse;

    @Option(names = "--incidents", defaultValue = "8000000", description = "Incidents in the benchmark store (default ${DEFAULT-VALUE}).")
    long incidents;

    @Option(names = "--via-import", description = "Build the store by importing a jittered file (~14,000 rows/s) instead of copying rows.")
    boolean viaImport;

    @Option(names = "--warm-runs", defaultValue = "10", description = "Timed warm runs of each scope (default ${DEFAULT-VALUE}).")
    int warmRuns;

    @Option(names = "--cold-scopes", defaultValue = "100", description = "Scopes timed cold at each resolution, at most (default ${DEFAULT-VALUE}).")
    int coldScopes;

    @Option(names = "--refresh-runs", defaultValue = "3", description = "Runs of the refresh benchmark; 0 skips it (default ${DEFAULT-VALUE}).")
    int refreshRuns;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DrillBench bench = new DrillBench(data, json ? x -> System.err.println(x) : x -> System.out.println(x));
        if (!Files.isRegularFile(bench.realFile())) {
            throw new IllegalArgumentException("the benchmark needs " + bench.realFile() + " (../shared/data); pass --data DIR");
        }
        Path dir = storeDir != null ? storeDir : Path.of(System.getProperty("java.io.tmpdir"), "khareetaty-bench-drill-" + incidents);
        Map<String, Object> out = new LinkedHashMap<>();
        Path scratch = Files.createTempDirectory("khareetaty-bench-drill");
        if (refreshRuns > 0) {
            Map<String, Object> refresh = bench.refresh(scratch, refreshRuns);
            out.put("refresh", refresh);
            say("aggregate refresh after importing %s (%,d incidents, import %s s): %s s; catch-up reading the rows back %s s; "
                    + "full rebuild %s s", refresh.get("file"), refresh.get("loaded"), refresh.get("import_seconds"),
                    refresh.get("refresh_after_import_seconds"), refresh.get("catch_up_reading_rows_seconds"), refresh.get("full_rebuild_seconds"));
        }
        long have = DrillBench.incidents(dir);
        if (reuse && have >= incidents) {
            say("reusing %s: %,d incidents", dir, have);
        } else {
            if (Files.exists(dir) && Files.list(dir).findAny().isPresent()) {
                throw new IllegalArgumentException(dir + " is not empty" + (have >= 0 ? " (a store of " + have + " incidents)" : "")
                        + "; pass --reuse to use it as it is, or another --store");
            }
            say("building %s with %,d incidents%s", dir, incidents, viaImport ? " through the importer" : "");
            out.put("build", bench.build(dir, incidents, viaImport, scratch));
        }
        try (HeapSampler heap = new HeapSampler()) {
            out.put("latency", latency(dir));
            out.put("peak_heap_in_use_mb", heap.peakMb());
        }
        out.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        out.put("processors", Runtime.getRuntime().availableProcessors());
        if (json) {
            System.out.println(Json.of(out));
        } else {
            say("peak heap in use %,d MB of %,d MB", out.get("peak_heap_in_use_mb"), out.get("max_heap_mb"));
        }
        return 0;
    }

    private Map<String, Object> latency(Path dir) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        List<List<DrillScope>> scopes;
        List<Double> opens = new ArrayList<>();
        long storeOpen = System.nanoTime();
        try (Store s = Store.open(dir); Connection c = s.connect()) {
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
        }
        List<List<Double>> coldMap = new ArrayList<>();
        List<List<Double>> coldFull = new ArrayList<>();
        for (List<DrillScope> atRes : scopes) {
            List<Double> map = new ArrayList<>();
            List<Double> full = new ArrayList<>();
            for (DrillScope scope : atRes.subList(0, Math.min(coldScopes, atRes.size()))) {
                map.add(cold(dir, opens, (c, session) -> session.cells(c, scope)));
                full.add(cold(dir, opens, (c, session) -> session.drill(c, scope)));
            }
            coldMap.add(map);
            coldFull.add(full);
        }
        out.put("session_open", DrillBench.percentiles(opens));
        List<List<Double>> warmMap = new ArrayList<>();
        List<List<Double>> warmFull = new ArrayList<>();
        try (Store s = Store.open(dir); Connection c = s.connect()) {
            DrillSession session = DrillSession.open(c);
            for (int run = 0; run <= warmRuns; run++) {
                for (int r = 0; r < scopes.size(); r++) {
                    if (run == 0) {
                        warmMap.add(new ArrayList<>());
                        warmFull.add(new ArrayList<>());
                    }
                    for (DrillScope scope : scopes.get(r)) {
                        double map = DrillBench.timeMs(() -> session.cells(c, scope));
                        double full = DrillBench.timeMs(() -> session.drill(c, scope));
                        if (run > 0) {
                            warmMap.get(r).add(map);
                            warmFull.get(r).add(full);
                        }
                    }
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        say("%-4s %6s | %-24s | %-24s | %-24s | %-24s", "res", "scopes", "map cold p50/p95/max ms", "map warm p50/p95/max ms",
                "full cold p50/p95/max ms", "full warm p50/p95/max ms");
        for (int r = 0; r < scopes.size(); r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("resolution", 6 + r);
            row.put("scopes", scopes.get(r).size());
            row.put("map_cold", DrillBench.percentiles(coldMap.get(r)));
            row.put("map_warm", DrillBench.percentiles(warmMap.get(r)));
            row.put("full_cold", DrillBench.percentiles(coldFull.get(r)));
            row.put("full_warm", DrillBench.percentiles(warmFull.get(r)));
            rows.add(row);
            say("r%-3d %6d | %-24s | %-24s | %-24s | %-24s", 6 + r, scopes.get(r).size(), triple(row.get("map_cold")),
                    triple(row.get("map_warm")), triple(row.get("full_cold")), triple(row.get("full_warm")));
        }
        out.put("resolutions", rows);
        say("store open %s ms; session open (reading the aggregates) p50 %s ms over %d opens; %,d incidents in %,d r10 cells, cube ~%,d MB, "
                + "live heap with the session open %,d MB", out.get("store_open_ms"), ((Map<?, ?>) out.get("session_open")).get("p50_ms"),
                opens.size(), out.get("incidents"), out.get("r10_cells"), out.get("cube_heap_mb"), out.get("live_heap_with_session_mb"));
        return out;
    }

    /** Work timed on a fresh session. */
    @FunctionalInterface
    private interface SessionWork {
        void run(Connection c, DrillSession session) throws Exception;
    }

    /** Milliseconds of {@code work} as the first drill of a session just opened on the store just opened. */
    private static double cold(Path dir, List<Double> opens, SessionWork work) throws Exception {
        try (Store s = Store.open(dir); Connection c = s.connect()) {
            long t = System.nanoTime();
            DrillSession session = DrillSession.open(c);
            long t1 = System.nanoTime();
            work.run(c, session);
            opens.add((t1 - t) / 1e6);
            return (System.nanoTime() - t1) / 1e6;
        }
    }

    private static String triple(Object percentiles) {
        Map<?, ?> p = (Map<?, ?>) percentiles;
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", p.get("p50_ms"), p.get("p95_ms"), p.get("max_ms"));
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
