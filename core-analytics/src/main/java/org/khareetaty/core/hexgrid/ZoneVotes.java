package org.khareetaty.core.hexgrid;

/** Where a cell's incidents lie: per boundary layer, the zone holding most of them ({@link StoredZones}). */
interface ZoneVotes {
    /**
     * Per layer used, the zone holding most of {@code cell}'s incidents (any resolution; ties to the
     * lower code), or null where none of them lies in one; with {@code insideOnly}, only incidents
     * inside the study area count (not those kept at its edge).
     */
    String[] leaders(long cell, boolean[] use, boolean insideOnly);
}
