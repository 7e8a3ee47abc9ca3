package org.khareetaty.geo.basemap;

/**
 * Where generated tiles go: an MBTiles file or a z/x/y folder. Written in one go: {@link #begin},
 * tiles, then {@link #finish} (which makes the result visible at once) or {@link #abort}.
 */
public interface TileSink extends AutoCloseable {
    /** Starts writing a tile set described by {@code info}. */
    void begin(TilesetInfo info);

    /** One tile's PNG bytes; identical bytes may be stored once. */
    void put(TileId tile, byte[] png);

    /** Completes the tile set and puts it in place, replacing an older one. */
    void finish();

    /** Drops what was written; the previous tile set, if any, stays. */
    void abort();

    /** Aborts unless finished. */
    @Override
    void close();
}
