package org.khareetaty.geo.streets;

import org.locationtech.jts.geom.Geometry;

/**
 * A street as read from a file, before it is cut into tiles.
 *
 * @param name        its name, or null
 * @param streetClass its class
 * @param line        a LineString or MultiLineString, longitude/latitude
 */
record SourceStreet(String name, StreetClass streetClass, Geometry line) {}
