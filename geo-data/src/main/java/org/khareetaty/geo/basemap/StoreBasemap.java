package org.khareetaty.geo.basemap;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import java.util.Set;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;

/**
 * {@link Basemap} and {@link BasemapContent} for callers that hold an open store and no connection
 * (the workstation, the demo builder): each call reads the boundary layers on a connection of its own.
 */
public final class StoreBasemap {
    private static final String WHAT = "read the boundary layers for the basemap of";

    /**
     * The workstation's basemap: the defaults without the zones' names, which the window draws above
     * its hexagon and zone fills (drawn into the tiles, the fills would hide them).
     */
    public static final BasemapOptions OPTIONS = BasemapOptions.defaults().withoutLabels();

    private StoreBasemap() {}

    /** {@link Basemap#open(Path, Connection) The store's basemap} for the map ({@link #OPTIONS}), at once. The caller closes it. */
    public static TileSource open(Store store) {
        return store.read(WHAT, c -> Basemap.open(store.dir(), c, OPTIONS));
    }

    /** {@link Basemap#ensure(Path, Connection, ProgressListener) Writes the store's basemap file} ({@link #OPTIONS}) unless it is current; returns it. */
    public static Path ensure(Store store, ProgressListener progress) {
        return store.read(WHAT, c -> Basemap.ensure(store.dir(), c, OPTIONS, progress));
    }

    /**
     * {@link BasemapContent#read(Connection, Set) The boundary layers} named in {@code only} (all when
     * empty), to draw a basemap from.
     *
     * @throws IllegalStateException    when the store has no boundary layer
     * @throws IllegalArgumentException when {@code only} names a layer the store lacks
     */
    public static BasemapContent content(Store store, Set<String> only) {
        return store.read(WHAT, c -> BasemapContent.read(c, only));
    }

    /** {@link BasemapContent#layersAttribution The credit for the store's boundary layers}, or empty when it has none. */
    public static Optional<String> layersAttribution(Store store) {
        return store.read(WHAT, BasemapContent::layersAttribution);
    }
}
