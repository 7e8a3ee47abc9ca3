package org.khareetaty.geo.basemap;

import java.util.Optional;

/**
 * Where the map's basemap tiles come from: an MBTiles file, a z/x/y folder, tiles drawn on demand,
 * or (in the app) an online tile server. Implementations are thread safe.
 */
public interface TileSource extends AutoCloseable {
    /**
     * The tile's image bytes (PNG, or JPEG when {@link TilesetInfo#format()} says so), or empty when
     * the source has no such tile.
     *
     * @throws TileSourceException when the source cannot be read; the message names it
     */
    Optional<byte[]> tile(TileId tile);

    /** What the source says about itself; its attribution must be shown on the map. */
    TilesetInfo info();

    /** Releases the file handles; later calls to {@link #tile} fail. */
    @Override
    void close();

    /**
     * This source, and {@code fallback} for the tiles it does not have: e.g. the generated MBTiles
     * file, then tiles drawn on demand beyond its zooms and its area (street level stays sharp and
     * panning away from the city shows plain background, not holes). The info is this source's.
     */
    default TileSource orElse(TileSource fallback) {
        TileSource first = this;
        return new TileSource() {
            @Override
            public Optional<byte[]> tile(TileId tile) {
                Optional<byte[]> t = first.tile(tile);
                return t.isPresent() ? t : fallback.tile(tile);
            }

            @Override
            public TilesetInfo info() {
                return first.info();
            }

            @Override
            public void close() {
                try {
                    first.close();
                } finally {
                    fallback.close();
                }
            }
        };
    }
}
