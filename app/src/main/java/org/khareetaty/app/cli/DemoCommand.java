package org.khareetaty.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.demo.DemoStore;
import org.khareetaty.core.etl.ImportResult;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreStats;
import org.khareetaty.geo.KuwaitGovernorates;
import org.khareetaty.geo.LayerLoadResult;
import org.khareetaty.geo.basemap.MBTilesSource;
import org.khareetaty.geo.basemap.TilesetInfo;
import org.khareetaty.sample.DemoSpec;
import org.khareetaty.sample.DemoSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khareetaty demo}: a fresh demo store with Kuwait's six governorates and the generated
 * Kuwait incidents, imported, with the summary printed, and the offline basemap drawn from the
 * governorates. Rebuilt from scratch on every run.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Create a fresh demo store: Kuwait's governorates (Natural Earth) and a generated, realistic",
            "Kuwait incident file in the city format (with a few hundred deliberately defective rows), imported,",
            "and the offline basemap (basemap.mbtiles) drawn from the governorates."
        })
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", description = "Demo store directory (default: ~/.khareetaty/demo).")
    Path dir;

    @Option(
            names = "--seed",
            defaultValue = "" + DemoSpec.DEFAULT_SEED,
            description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print the import result as JSON.")
    boolean json;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Path storeDir = dir != null ? dir : DemoStore.defaultDir();
        TerminalProgress bar = TerminalProgress.onStderr(quiet);
        DemoStore.Built built = DemoStore.build(storeDir, seed, new ProgressListener() {
            private String task;

            @Override
            public void update(Progress p) {
                if (task != null && !task.equals(p.task())) {
                    bar.done();
                }
                task = p.task();
                bar.update(p);
            }
        });
        bar.done();
        ImportResult r = built.imported();
        LayerLoadResult layer = built.governorates();
        DemoSummary generated = built.generated();
        Path csv = storeDir.resolve(DemoStore.CSV);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>(ImportCommand.asMap(r));
            m.put("store", storeDir.toAbsolutePath().toString());
            m.put("governorates", layer.loaded());
            m.put("defects_planted", generated.defectRows());
            m.put("basemap", built.basemap().toString());
            m.put("basemap_seconds", built.basemapSeconds());
            System.out.println(Json.of(m));
            return 0;
        }
        System.out.printf(Locale.ROOT, "demo store %s%n", storeDir.toAbsolutePath());
        System.out.printf(
                Locale.ROOT, "boundaries: %d Kuwait governorates (Natural Earth, primary layer)%n", layer.loaded());
        System.out.printf(
                Locale.ROOT,
                "generated %,d rows (seed %d, %d with planted defects) -> %s%n%n",
                generated.rowsWritten(),
                seed,
                generated.defectRows(),
                csv);
        ImportCommand.print(System.out, r);
        TilesetInfo tiles;
        try (MBTilesSource s = MBTilesSource.open(built.basemap())) {
            tiles = s.info();
        }
        System.out.printf(
                Locale.ROOT,
                "%nbasemap %s (zooms %d..%d, %s, %.1f s)%n",
                built.basemap(),
                tiles.minZoom(),
                tiles.maxZoom(),
                tiles.attribution(),
                built.basemapSeconds());
        try (Store store = Store.open(storeDir)) {
            StoreStats st = StoreStats.of(store);
            System.out.printf(Locale.ROOT, "%nincidents per governorate (%s .. %s UTC):%n", st.first(), st.last());
            st.byLayer()
                    .getOrDefault(KuwaitGovernorates.LAYER, Map.of())
                    .forEach((code, n) -> System.out.printf(Locale.ROOT, "  %-8s %,8d%n", code, n));
        }
        return 0;
    }
}
