package org.khareetaty.core.hexgrid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.geo.H3Cells;

/**
 * A KPI report's counts of a cell (or the whole area) read off the gold aggregates ({@link GoldCube})
 * instead of the incidents: per offense category and local day of a range, the incidents and their
 * arrests; per day, their hours, the date-only ones and those whose own zone fields disagree with the
 * map. The cube holds every incident of the completed imports with the day, hour, category, arrest and
 * flags stored on it, so these are the numbers a grouped query of the incidents gives; the report's
 * checks compare them with the drill-down and the statistics on the real Chicago sample.
 *
 * <p>Why: on 1,000,583 incidents a report's grouped queries over the year to date and the last read
 * about 500,000 rows through the date index (1-4 s with H2 evaluating each row's conditions); one pass
 * over the cube's entries of the same days takes milliseconds (docs/benchmarks.md, "Reports").
 */
public final class PeriodTally {
    private final int first;
    private final String[] categories;
    /** Per category index and day from {@link #first}: incidents, those whose arrest is known, arrests. */
    private final int[][] incidents;

    private final int[][] arrestKnown;
    private final int[][] arrests;
    /** Per day: incidents by local hour, date-only ones left out. */
    private final int[][] hours;

    private final int[] dateOnly;
    private final int[] zoneMismatch;

    private PeriodTally(int first, int days, String[] categories) {
        this.first = first;
        this.categories = categories;
        this.incidents = new int[categories.length][days];
        this.arrestKnown = new int[categories.length][days];
        this.arrests = new int[categories.length][days];
        this.hours = new int[days][24];
        this.dateOnly = new int[days];
        this.zoneMismatch = new int[days];
    }

    /**
     * The incidents of {@code cube} under {@code cell} (any resolution; null: all) in {@code categoryNames}
     * (empty: every category) on each local day {@code from..to}.
     */
    public static PeriodTally of(GoldCube cube, Long cell, List<String> categoryNames, LocalDate from, LocalDate to) {
        PeriodTally t = new PeriodTally((int) from.toEpochDay(), days(from, to), cube.categories);
        tally(cube, cell, categoryNames, from, to, entry -> t);
        return t;
    }

    /**
     * {@link #of} per zone of the layer whose incidents column is {@code zoneColumn}, in one pass: each
     * incident counts in the zone stored on it ({@link ZoneKey}), as a {@code GROUP BY} of that column
     * of the incidents counts it; the key null holds the incidents in no zone of the layer. Zones without
     * an incident in the days are absent.
     */
    public static Map<String, PeriodTally> byZone(
            GoldCube cube, Long cell, List<String> categoryNames, LocalDate from, LocalDate to, String zoneColumn) {
        Map<String, PeriodTally> out = new HashMap<>();
        PeriodTally[] byPlace = new PeriodTally[cube.places.length];
        tally(cube, cell, categoryNames, from, to, entry -> {
            int place = cube.place[entry];
            if (byPlace[place] == null) {
                byPlace[place] = out.computeIfAbsent(
                        ZoneKey.zone(cube.places[place], zoneColumn),
                        z -> new PeriodTally((int) from.toEpochDay(), days(from, to), cube.categories));
            }
            return byPlace[place];
        });
        return out;
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    }

    /** Adds each incident of the cube under {@code cell} in the categories and days to the tally {@code of} gives for its entry. */
    private static void tally(
            GoldCube cube,
            Long cell,
            List<String> categoryNames,
            LocalDate from,
            LocalDate to,
            java.util.function.IntFunction<PeriodTally> of) {
        int lo = (int) from.toEpochDay();
        int hi = (int) to.toEpochDay();
        boolean[] mask = cube.categoryMask(categoryNames);
        int[] range = cube.cellRange(cell);
        for (int ci = range[0]; ci < range[1]; ci++) {
            int end = cube.start[ci + 1];
            for (int i = GoldCube.lowerBound(cube.day, cube.start[ci], end, lo); i < end && cube.day[i] <= hi; i++) {
                int k = cube.category[i] & 0xFF;
                if (mask == null || mask[k]) {
                    of.apply(i).add(k, cube.day[i] - lo, cube.flags[i], (cube.hourOfWeek[i] & 0xFF) % 24);
                }
            }
        }
    }

    private void add(int category, int d, int flags, int hour) {
        incidents[category][d]++;
        int arrest = flags & GoldCube.ARREST_BITS;
        if (arrest != GoldCube.ARREST_UNKNOWN) {
            arrestKnown[category][d]++;
            arrests[category][d] += arrest == GoldCube.ARRESTED ? 1 : 0;
        }
        if ((flags & GoldCube.DATE_ONLY) != 0) {
            dateOnly[d]++;
        } else {
            hours[d][hour]++;
        }
        zoneMismatch[d] += (flags & GoldCube.ZONE_MISMATCH) != 0 ? 1 : 0;
    }

    /** The categories with at least one incident tallied, in the cube's order. */
    public List<String> categories() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < categories.length; k++) {
            if (sum(incidents[k], 0, incidents[k].length - 1) > 0) {
                out.add(categories[k]);
            }
        }
        return out;
    }

    /** Incidents of {@code category} (null: every category tallied) on the days {@code from..to}. */
    public long incidents(String category, LocalDate from, LocalDate to) {
        return byCategory(incidents, category, from, to);
    }

    /** Of {@link #incidents}, those whose source records the arrest status. */
    public long arrestKnown(String category, LocalDate from, LocalDate to) {
        return byCategory(arrestKnown, category, from, to);
    }

    /** Of {@link #incidents}, those with an arrest. */
    public long arrests(String category, LocalDate from, LocalDate to) {
        return byCategory(arrests, category, from, to);
    }

    /** Incidents of every category tallied on {@code day}. */
    public long incidents(LocalDate day) {
        return incidents(null, day, day);
    }

    /** Incidents by local hour (index 0 = 00:00-00:59) on the days {@code from..to}, date-only ones left out. */
    public long[] hourOfDay(LocalDate from, LocalDate to) {
        long[] out = new long[24];
        for (int d = index(from); d <= index(to); d++) {
            for (int h = 0; h < 24; h++) {
                out[h] += hours[d][h];
            }
        }
        return out;
    }

    /** Incidents known to the day only on the days {@code from..to}. */
    public long dateOnly(LocalDate from, LocalDate to) {
        return sum(dateOnly, index(from), index(to));
    }

    /** Incidents whose own zone fields disagree with the map on the days {@code from..to}. */
    public long zoneMismatches(LocalDate from, LocalDate to) {
        return sum(zoneMismatch, index(from), index(to));
    }

    private long byCategory(int[][] table, String category, LocalDate from, LocalDate to) {
        long n = 0;
        for (int k = 0; k < categories.length; k++) {
            if (category == null || categories[k].equals(category)) {
                n += sum(table[k], index(from), index(to));
            }
        }
        return n;
    }

    private int index(LocalDate day) {
        int d = (int) day.toEpochDay() - first;
        if (d < 0 || d >= dateOnly.length) {
            throw new IllegalArgumentException(day + " is outside the tallied days");
        }
        return d;
    }

    private static long sum(int[] a, int from, int to) {
        long n = 0;
        for (int d = from; d <= to; d++) {
            n += a[d];
        }
        return n;
    }

    /**
     * Per cell of resolution {@code res} under {@code cell} (null: all), the incidents in
     * {@code categoryNames} (empty: all) on the days of each range {@code ranges[k] = {from, to}}: index k of
     * the value. Cells with none in any range are left out.
     */
    public static Map<Long, long[]> byCell(
            GoldCube cube, Long cell, List<String> categoryNames, int res, LocalDate[][] ranges) {
        Map<Long, long[]> out = new HashMap<>();
        boolean[] mask = cube.categoryMask(categoryNames);
        int[] range = cube.cellRange(cell);
        for (int ci = range[0]; ci < range[1]; ci++) {
            long key = H3Cells.parent(cube.cells[ci], res);
            countEntries(cube, ci, mask, ranges, (i, k) -> out.computeIfAbsent(key, x -> new long[ranges.length])[k]++);
        }
        return out;
    }

    /**
     * Per block under {@code cell} (null: all), the incidents in {@code categoryNames} (empty: all) on the
     * days of each range {@code ranges[k] = {from, to}}; incidents without a block (or with an empty one) left out.
     */
    public static Map<String, long[]> byBlock(
            GoldCube cube, Long cell, List<String> categoryNames, LocalDate[][] ranges) {
        long[][] counts = new long[cube.blocks.length][];
        boolean[] mask = cube.categoryMask(categoryNames);
        int[] range = cube.cellRange(cell);
        for (int ci = range[0]; ci < range[1]; ci++) {
            countEntries(cube, ci, mask, ranges, (i, k) -> {
                int b = cube.block[i];
                if (b != GoldCube.NO_BLOCK && !cube.blocks[b].isEmpty()) {
                    if (counts[b] == null) {
                        counts[b] = new long[ranges.length];
                    }
                    counts[b][k]++;
                }
            });
        }
        Map<String, long[]> out = new HashMap<>();
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] != null) {
                out.put(cube.blocks[b], counts[b]);
            }
        }
        return out;
    }

    /**
     * Calls {@code hit} with (entry, range index) for each entry of r10 cell {@code ci} in a range and in the
     * categories of {@code mask} (null: all).
     */
    private static void countEntries(GoldCube cube, int ci, boolean[] mask, LocalDate[][] ranges, EntryHit hit) {
        int end = cube.start[ci + 1];
        for (int k = 0; k < ranges.length; k++) {
            int lo = (int) ranges[k][0].toEpochDay();
            int hi = (int) ranges[k][1].toEpochDay();
            for (int i = GoldCube.lowerBound(cube.day, cube.start[ci], end, lo); i < end && cube.day[i] <= hi; i++) {
                if (mask == null || mask[cube.category[i] & 0xFF]) {
                    hit.at(i, k);
                }
            }
        }
    }

    @FunctionalInterface
    private interface EntryHit {
        void at(int entry, int range);
    }
}
