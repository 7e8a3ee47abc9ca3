package org.khareetaty.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import javafx.concurrent.Task;
import org.khareetaty.app.demo.DemoStore;
import org.khareetaty.app.map.tiles.BasemapSettings;
import org.khareetaty.app.map.tiles.BasemapTiles;
import org.khareetaty.app.ui.drill.DrillViewModel;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.map.BoundaryShapes;
import org.khareetaty.app.ui.map.MapShape;
import org.khareetaty.core.alert.geofence.Geofences;
import org.khareetaty.core.hexgrid.StoreAggregates;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StorePassphrase;
import org.khareetaty.geo.BoundaryZones;
import org.khareetaty.geo.StoreExtent;
import org.locationtech.jts.geom.Envelope;

/**
 * Opens a store in the background with progress: on the demo's first launch builds the demo store
 * (generate, load the governorates, import), then opens it, brings the H3 aggregates up to date and
 * reads the boundary layers, and makes the store's basemap the map's tile source (its own offline
 * tiles, drawn from the boundary layers, unless the basemap settings say otherwise). A store without
 * boundary layers opens on the extent of its incidents, without a basemap of its own.
 */
public final class StoreOpening extends Task<StoreOpening.Opened> {
    /** An open store with what the map needs first. */
    public record Opened(
            Store store,
            Map<String, List<MapShape>> boundaries,
            List<MapShape> geofences,
            Envelope extent,
            String basemapAttribution,
            boolean basemapLabelsZones,
            DrillViewModel.Opening first) {}

    private static final ConcurrentMap<Path, CompletableFuture<Store>> EARLY = new ConcurrentHashMap<>();

    private final Path dir;
    private final boolean demo;
    private final StorePassphrase passphrase;

    /**
     * Starts opening the store in {@code dir} on a background thread now, before the window exists
     * (H2, the migrations and H2GIS take seconds on a cold JVM, as long as the JavaFX toolkit's own
     * start); the next {@code StoreOpening} of that directory takes the open store over.
     */
    public static void openEarly(Path dir) {
        CompletableFuture<Store> f = new CompletableFuture<>();
        EARLY.put(dir.toAbsolutePath().normalize(), f);
        Thread t = new Thread(
                () -> {
                    try {
                        f.complete(Store.open(dir));
                    } catch (Throwable e) {
                        f.completeExceptionally(e);
                    }
                },
                "store-early-open");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Hands an open store to the next {@code StoreOpening} of its directory, which takes it over
     * without closing and opening it again (the window reopened on the same store after a boundary
     * layer was loaded or the first incidents imported).
     */
    public static void handOver(Store store) {
        EARLY.put(store.dir().toAbsolutePath().normalize(), CompletableFuture.completedFuture(store));
    }

    private static Store open(Path dir, StorePassphrase passphrase) throws Exception {
        CompletableFuture<Store> early = EARLY.remove(dir.toAbsolutePath().normalize());
        if (early == null) {
            return Store.open(dir, passphrase);
        }
        try {
            return early.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }

    /**
     * @param dir  the store directory
     * @param demo true for the demo store, built on first use
     */
    public StoreOpening(Path dir, boolean demo) {
        this(dir, demo, null);
    }

    /**
     * @param dir        the store directory
     * @param demo       true for the demo store, built on first use
     * @param passphrase the passphrase of an encrypted store, else null
     */
    public StoreOpening(Path dir, boolean demo, StorePassphrase passphrase) {
        this.dir = dir;
        this.demo = demo;
        this.passphrase = passphrase;
    }

    @Override
    protected Opened call() throws Exception {
        ProgressListener listener = new ProgressListener() {
            @Override
            public void update(Progress p) {
                updateMessage(describe(p));
                double f = p.fraction();
                updateProgress(Double.isNaN(f) ? -1 : f, 1);
            }

            @Override
            public boolean isCancelled() {
                return StoreOpening.this.isCancelled();
            }
        };
        if (demo && !DemoStore.isReady(dir)) {
            updateMessage(Messages.text("opening.demo"));
            updateProgress(-1, 1);
            DemoStore.build(dir, org.khareetaty.sample.DemoSpec.DEFAULT_SEED, listener);
        }
        updateMessage(Messages.text("opening.store", dir));
        updateProgress(-1, 1);
        Store store = open(dir, passphrase);
        StartupTrace.mark("store open");
        try {
            updateMessage(Messages.text("opening.aggregates"));
            StoreAggregates.catchUp(store);
            updateMessage(Messages.text("opening.boundaries"));
            Map<String, List<MapShape>> shapes = BoundaryShapes.of(new BoundaryZones(store).byLayer());
            updateMessage(Messages.text("opening.basemap"));
            BasemapSettings settings = BasemapSettings.forStore(dir);
            if (shapes.isEmpty() && !settings.onlineEnabled() && settings.offlineSource() == null) {
                // a store without boundary layers has no basemap of its own to draw: the map shows
                // its incidents on a plain background, at their extent (StoreExtent)
                BasemapTiles.use(null);
            } else {
                BasemapTiles.configure(settings, store);
            }
            StartupTrace.mark("aggregates, boundaries and basemap ready");
            updateMessage(Messages.text("opening.cells"));
            DrillViewModel.Opening first = DrillViewModel.Opening.read(store);
            StartupTrace.mark("the whole area's cells read");
            List<MapShape> fences = new Geofences(store)
                    .list().stream()
                            .map(g -> MapShape.of(g.polygon(), g.name() + " (" + g.rule() + ")", null, g))
                            .toList();
            return new Opened(
                    store,
                    shapes,
                    fences,
                    StoreExtent.of(store),
                    BasemapTiles.attribution(),
                    BasemapTiles.labelsZones(),
                    first);
        } catch (Exception e) {
            store.close();
            throw e;
        }
    }

    private static String describe(Progress p) {
        String task = p.task();
        if (task.startsWith("import")) {
            return Messages.text("opening.demo.import", p.items());
        }
        return task;
    }
}
