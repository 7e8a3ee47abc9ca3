package org.khareetaty.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.ImportResult;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreStats;
import org.khareetaty.geo.basemap.Basemap;
import org.khareetaty.geo.basemap.MBTilesSource;
import org.khareetaty.geo.basemap.TilesetInfo;
import org.khareetaty.geo.KuwaitGovernorates;
import org.khareetaty.geo.LayerLoadResult;
import org.khareetaty.sample.DemoSpec;
import org.khareetaty.sample.DemoSummary;
import org.khareetaty.sample.KuwaitDemoGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khareetaty demo}: a fresh demo store with Kuwait's six governorates and the generated
 * Kuwait incidents, imported, with the summary printed, and the offline basemap drawn from the
 * governorates. Rebuilt from scratch on every run.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Create a fresh demo store: Kuwait's governorates (Natural Earth) and a generated, realistic",
                "Kuwait incident file in the city format (with a few hundred deliberately defective rows), imported,",
                "and the offline basemap (basemap.mbtiles) drawn from the governorates."})
final class DemoCommand implements Callable<Integer> {
    /** Marks a directory as a demo store, which this command may delete and rebuild. */
    static final String MARKER = "KHAREETATY_DEMO_STORE";

    @Option(names = "--store", paramLabel = "DIR", description = "Demo store directory (default: ~/.khareetaty/demo).")
    Path dir;

    @Option(names = "--seed", defaultValue = "" + DemoSpec.DEFAULT_SEED, description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print the import result as JSON.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Path storeDir = dir != null ? dir : Path.of(System.getProperty("user.home"), ".khareetaty", "demo");
        prepare(storeDir);
        Path csv = storeDir.resolve("kuwait_demo_incidents.csv");
        DemoSummary generated = new KuwaitDemoGenerator(DemoSpec.defaults().withSeed(seed)).write(csv);
        TerminalProgress bar = TerminalProgress.onStderr(quiet);
        try (Store store = Store.open(storeDir)) {
            LayerLoadResult layer = KuwaitGovernorates.load(store, bar);
            bar.done();
            ImportResult r = new Importer(store).importFile(csv, ImportOptions.defaults(), bar);
            bar.done();
            long basemapStart = System.nanoTime();
            Path basemap;
            try (var c = store.connect()) {
                basemap = Basemap.ensure(storeDir, c, bar);
            }
            bar.done();
            double basemapSeconds = (System.nanoTime() - basemapStart) / 1e9;
            TilesetInfo tiles;
            try (MBTilesSource s = MBTilesSource.open(basemap)) {
                tiles = s.info();
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>(ImportCommand.asMap(r));
                m.put("store", storeDir.toAbsolutePath().toString());
                m.put("governorates", layer.loaded());
                m.put("defects_planted", generated.defectRows());
                m.put("basemap", basemap.toString());
                m.put("basemap_seconds", basemapSeconds);
                System.out.println(Json.of(m));
                return 0;
            }
            System.out.printf(Locale.ROOT, "demo store %s%n", storeDir.toAbsolutePath());
            System.out.printf(Locale.ROOT, "boundaries: %d Kuwait governorates (Natural Earth, primary layer)%n", layer.loaded());
            System.out.printf(Locale.ROOT, "generated %,d rows (seed %d, %d with planted defects) -> %s%n%n", generated.rowsWritten(), seed,
                    generated.defectRows(), csv);
            ImportCommand.print(System.out, r);
            System.out.printf(Locale.ROOT, "%nbasemap %s (zooms %d..%d, %s, %.1f s)%n", basemap, tiles.minZoom(), tiles.maxZoom(),
                    tiles.attribution(), basemapSeconds);
            StoreStats st = StoreStats.of(store);
            System.out.printf(Locale.ROOT, "%nincidents per governorate (%s .. %s UTC):%n", st.first(), st.last());
            st.byLayer().getOrDefault(KuwaitGovernorates.LAYER, Map.of()).forEach((code, n) ->
                    System.out.printf(Locale.ROOT, "  %-8s %,8d%n", code, n));
        }
        return 0;
    }

    /** Empties a previous demo store; refuses to touch a directory that holds anything else. */
    private static void prepare(Path storeDir) throws IOException {
        if (Files.isDirectory(storeDir)) {
            boolean empty;
            try (Stream<Path> s = Files.list(storeDir)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty && !Files.exists(storeDir.resolve(MARKER))) {
                throw new IllegalArgumentException(storeDir + " is not empty and is not a demo store; choose another --store DIR");
            }
            try (Stream<Path> s = Files.walk(storeDir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(storeDir)).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(storeDir);
        Files.writeString(storeDir.resolve(MARKER), "This directory is a Khareetaty demo store; 'khareetaty demo' rebuilds it.\n");
    }
}
