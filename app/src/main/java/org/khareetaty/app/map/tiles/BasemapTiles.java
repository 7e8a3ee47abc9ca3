package org.khareetaty.app.map.tiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.basemap.Basemap;
import org.khareetaty.geo.basemap.MBTilesSource;
import org.khareetaty.geo.basemap.StoreBasemap;
import org.khareetaty.geo.basemap.TileFolderSource;
import org.khareetaty.geo.basemap.TileSource;

/**
 * The basemap the map shows. Gluon Maps asks one {@link KhareetatyTileRetriever} per JVM for its
 * tiles; that retriever serves from the source set here, which can change while the program runs
 * (the analyst turns the online basemap on). Until a source is set the map shows no basemap, and
 * the network is never used.
 *
 * <p>At launch, off the JavaFX thread: {@code BasemapTiles.configure(BasemapSettings.forStore(dir), store)}
 * shows the store's basemap at once (drawn on demand); then
 * {@code StoreBasemap.ensure(store, progress)} writes the file, and a second {@code configure}
 * switches to it. Show {@link #attribution()} on the map.
 */
public final class BasemapTiles {
    private static volatile TileSource active;

    private BasemapTiles() {}

    /**
     * Opens the source the settings describe: online tiles when turned on (credited to the server
     * and the boundary data), else the chosen MBTiles file or z/x/y folder, else the store's own
     * basemap ({@link Basemap#open}).
     *
     * @param store the store (read for the boundary layers; may be null when the settings name an
     *              offline file or folder)
     */
    public static TileSource open(BasemapSettings settings, Store store) {
        Objects.requireNonNull(settings, "settings");
        if (settings.onlineEnabled()) {
            String credit = settings.onlineAttribution();
            if (store != null) {
                String server = credit;
                credit = StoreBasemap.layersAttribution(store)
                        .map(boundaries -> server + " · " + boundaries)
                        .orElse(server);
            }
            return OnlineTileSource.of(settings, credit);
        }
        Path offline = settings.offlineSource();
        if (offline != null) {
            return Files.isDirectory(offline) ? TileFolderSource.open(offline) : MBTilesSource.open(offline);
        }
        Objects.requireNonNull(store, "the store is needed to draw its own basemap");
        return StoreBasemap.open(store);
    }

    /** {@link #open Opens} the source the settings describe and {@link #use uses} it. */
    public static TileSource configure(BasemapSettings settings, Store store) {
        TileSource s = open(settings, store);
        use(s);
        return s;
    }

    /** Makes {@code source} the map's basemap (null for none) and closes the previous one. */
    public static void use(TileSource source) {
        TileSource previous;
        synchronized (BasemapTiles.class) {
            previous = active;
            active = source;
        }
        if (previous != null && previous != source) {
            previous.close();
        }
    }

    /** The map's basemap, or null when none is set. */
    public static TileSource active() {
        return active;
    }

    /** The credit the map must show for the current basemap ("" when none). */
    public static String attribution() {
        TileSource s = active;
        return s == null ? "" : s.info().attribution();
    }

    /** True when the current basemap names the boundary zones itself ({@link org.khareetaty.geo.basemap.TilesetInfo#labelsZones()}). */
    public static boolean labelsZones() {
        TileSource s = active;
        return s != null && s.info().labelsZones();
    }
}
