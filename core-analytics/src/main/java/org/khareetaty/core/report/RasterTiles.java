package org.khareetaty.core.report;

import java.util.Optional;

/**
 * A raster basemap for a report's map page: 256-pixel PNG or JPEG tiles in the XYZ scheme of Web Mercator
 * (x from the west, y from the north), read offline by the caller (an MBTiles file: geo-data's
 * {@code MBTilesSource}), drawn under the map's layers at the zoom that suits the page's scale.
 */
public interface RasterTiles {
    /** The tile at zoom {@code z}, column {@code x} and row {@code y} (from the north), or empty when it has none. */
    Optional<byte[]> tile(int z, long x, long y);

    /** The shallowest zoom the set holds. */
    int minZoom();

    /** The deepest zoom the set holds. */
    int maxZoom();

    /** The credit its licence asks the map to show ("" when it names none). */
    String attribution();
}
