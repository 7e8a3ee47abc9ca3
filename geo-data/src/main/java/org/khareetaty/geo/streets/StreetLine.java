package org.khareetaty.geo.streets;

import org.locationtech.jts.geom.LineString;

/**
 * A piece of a street centreline inside one {@link StreetTile}.
 *
 * @param tile        the tile's key ({@link StreetTile#key})
 * @param name        the street's name, or null when the source gives none
 * @param streetClass what kind of street it is
 * @param line        the piece, longitude/latitude (WGS84)
 */
public record StreetLine(long tile, String name, StreetClass streetClass, LineString line) {}
