package org.khareetaty.core.hexgrid;

import java.util.List;
import org.khareetaty.core.incidents.PlaceFlags;

/**
 * Where an incident lies, as the {@link GoldCube} keeps it per incident: the zone stored on it at
 * import for each boundary layer ({@code incidents.zone_*}, its own point in polygon or the nearest
 * zone for a point kept at the study area's edge) and whether it was kept at that edge, as one
 * string, so that the few combinations a store holds are one dictionary of the cube. The key is
 * {@code 1} (at the edge) or {@code 0}, then {@code zoneColumn=code} for each layer with a zone,
 * separated by U+001F.
 */
public final class ZoneKey {
    private static final char SEPARATOR = '\u001F';

    private ZoneKey() {}

    /**
     * The key of an incident with zone {@code zones[i]} (or null) in the layer whose incidents column
     * is {@code zoneColumns.get(i)}, and place flag {@code placeFlag} (null when none).
     */
    public static String of(List<String> zoneColumns, String[] zones, String placeFlag) {
        StringBuilder key = new StringBuilder(flagsEdge(placeFlag) ? "1" : "0");
        for (int i = 0; i < zones.length; i++) {
            if (zones[i] != null) {
                key.append(SEPARATOR).append(zoneColumns.get(i)).append('=').append(zones[i]);
            }
        }
        return key.toString();
    }

    /** Whether the place flag {@code placeFlag} (may be null) says the incident was kept at the study area's edge. */
    private static boolean flagsEdge(String placeFlag) {
        return placeFlag != null && placeFlag.contains(PlaceFlags.OUTSIDE_STUDY_AREA);
    }

    /** Whether {@code key} is of an incident kept at the study area's edge. */
    static boolean atEdge(String key) {
        return key.length() > 0 && key.charAt(0) == '1';
    }

    /** The zone code {@code key} gives for the layer whose incidents column is {@code zoneColumn}, or null. */
    static String zone(String key, String zoneColumn) {
        String field = SEPARATOR + zoneColumn + "=";
        int at = key.indexOf(field);
        if (at < 0) {
            return null;
        }
        int from = at + field.length();
        int end = key.indexOf(SEPARATOR, from);
        return key.substring(from, end < 0 ? key.length() : end);
    }
}
