package org.khareetaty.core.hexgrid;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.khareetaty.core.geo.H3Cells;

/**
 * Incidents per H3 cell and local hour of the week over a span of days, read from the gold cube: the
 * counts an hour-of-week profile is made of (the seasonal-naive profile of the forecast package,
 * {@code forecast.HourOfWeekProfile}). A cell at any resolution r6..r10 is a run of the cube's r10
 * cells, and a span of days a binary search within each. Incidents whose source gives a date only are
 * left out: their hour means nothing.
 */
public final class WeekHourCounts {
    /** Hours in a week: index 0 is Monday 00:00-00:59 local time, 167 Sunday 23:00-23:59. */
    public static final int HOURS = 168;

    private WeekHourCounts() {}

    /**
     * The incidents of each cell at {@code resolution} (6..10) holding any from {@code from} to
     * {@code to} (local days, both included), per hour of the week; cells without one are absent.
     */
    public static Map<Long, int[]> of(GoldCube cube, int resolution, LocalDate from, LocalDate to) {
        if (resolution < H3Cells.MIN_RES || resolution > H3Cells.MAX_RES) {
            throw new IllegalArgumentException("the gold aggregates hold H3 resolutions 6..10, not " + resolution);
        }
        int first = (int) from.toEpochDay();
        int last = (int) to.toEpochDay();
        Map<Long, int[]> out = new HashMap<>();
        long parent = 0;
        int[] counts = null;
        for (int ci = 0; ci < cube.cells.length; ci++) {
            int end = cube.start[ci + 1];
            int a = GoldCube.lowerBound(cube.day, cube.start[ci], end, first);
            int b = GoldCube.lowerBound(cube.day, a, end, last + 1);
            for (int i = a; i < b; i++) {
                if ((cube.flags[i] & GoldCube.DATE_ONLY) != 0) {
                    continue;
                }
                long p = H3Cells.parent(cube.cells[ci], resolution);
                if (counts == null || p != parent) {
                    parent = p;
                    counts = out.computeIfAbsent(p, k -> new int[HOURS]);
                }
                counts[cube.hourOfWeek[i] & 0xFF]++;
            }
        }
        return out;
    }
}
