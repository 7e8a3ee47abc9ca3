package org.khareetaty.geo.streets;

import java.time.OffsetDateTime;

/**
 * Where a store's street layer came from.
 *
 * @param file     the file loaded
 * @param format   {@code geojson}, {@code shapefile} or {@code osm.pbf}
 * @param loadedAt when
 * @param lines    streets loaded
 * @param named    of which with a name
 * @param pieces   pieces stored (streets cut at tile edges)
 */
public record StreetSource(String file, String format, OffsetDateTime loadedAt, long lines, long named, long pieces) {
    /** "west-oakland.osm.pbf: 52 streets, 49 named". */
    public String summary() {
        String name = java.nio.file.Path.of(file).getFileName().toString();
        return String.format(java.util.Locale.ROOT, "%s: %,d streets, %,d named", name, lines, named);
    }
}
