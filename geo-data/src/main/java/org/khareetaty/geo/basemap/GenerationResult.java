package org.khareetaty.geo.basemap;

import java.util.Map;

/**
 * What a basemap generation wrote.
 *
 * @param tiles       tiles written
 * @param plainTiles  of which plain (all land or all background, stored once in an MBTiles file)
 * @param tilesByZoom tiles per zoom
 * @param info        the tile set's metadata
 * @param seconds     wall-clock time
 */
public record GenerationResult(
        long tiles, long plainTiles, Map<Integer, Long> tilesByZoom, TilesetInfo info, double seconds) {}
