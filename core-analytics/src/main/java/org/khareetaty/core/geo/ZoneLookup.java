package org.khareetaty.core.geo;

/**
 * Finds the zone of one boundary layer that holds a point: a point on an edge counts as inside,
 * and where zones overlap or share an edge the zone loaded first wins.
 */
interface ZoneLookup {
    /** The code of the zone holding the point, or null. */
    String codeAt(double lon, double lat);
}
