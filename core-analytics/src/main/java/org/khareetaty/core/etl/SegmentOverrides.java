package org.khareetaty.core.etl;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the importer changes in its incidents after writing them (placeholder times taken down to
 * the day, geocoder fallbacks flagged), kept in memory until the segment is written: the same
 * changes {@link TableIncidents} makes with SQL {@code UPDATE}s, applied as each row is copied.
 */
final class SegmentOverrides {
    /** One flagged point. */
    private record Fallback(double lon, double lat, String flag) {}

    private final BitSet dateOnly = new BitSet();
    private final Map<Integer, String> timeFlags = new HashMap<>();
    private final List<Fallback> fallbacks = new ArrayList<>();

    /** {@code time_precision = 'day', time_flag = COALESCE(time_flag, flag)} for the found rows. */
    void takeDown(PlaceholderTimes.Found f) {
        for (int entry : f.entries()) {
            dateOnly.set(entry);
            timeFlags.putIfAbsent(entry, f.flag());
        }
    }

    /** {@code place_flag} becomes {@code flag}, before any flag it had, at one point. */
    void fallback(double lon, double lat, String flag) {
        fallbacks.add(new Fallback(lon, lat, flag));
    }

    /** The row's {@code time_precision} if changed, else null. */
    String timePrecision(int row) {
        return dateOnly.get(row) ? TimePrecision.DAY.code() : null;
    }

    /** The row's {@code time_flag} given the one it was written with. */
    String timeFlag(int row, String written) {
        return written != null || !dateOnly.get(row) ? written : timeFlags.get(row);
    }

    /** The {@code place_flag} of a row at {@code lon, lat} given the one it was written with. */
    String placeFlag(double lon, double lat, String written) {
        for (Fallback f : fallbacks) {
            if (f.lon() == lon && f.lat() == lat) {
                return written == null ? f.flag() : LoadedIncident.truncate(f.flag() + "; " + written, 200);
            }
        }
        return written;
    }

    /** True when no row's place flag changes. */
    boolean noFallbacks() {
        return fallbacks.isEmpty();
    }
}
