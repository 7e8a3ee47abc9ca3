package org.khareetaty.core.forecast;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Incidents per zone, local day and six-hour block of the day (00-06, 06-12, 12-18, 18-24), beside a
 * {@link SeriesSet} and over its days: the time-of-day features of the spike check's isolation forest.
 * Incidents whose source gives the day only have no block: a day's blocks may sum to less than its
 * count.
 *
 * @param first the day of index 0 (the series set's first day)
 * @param days days from {@code first}
 * @param zones per zone (and {@link DailySeries#WHOLE_AREA}) the counts {@code [day][block]}
 */
public record HourBlocks(LocalDate first, int days, Map<String, int[][]> zones) {
    /** Blocks of a day. */
    public static final int BLOCKS = 4;

    /** Hours of a block. */
    public static final int HOURS = 24 / BLOCKS;

    public HourBlocks {
        zones = Map.copyOf(zones);
    }

    /** The counts {@code [day][block]} of {@code zone}, all zero when it has none with a known hour. */
    public int[][] of(String zone) {
        int[][] z = zones.get(zone);
        return z != null ? z : new int[days][BLOCKS];
    }

    /** Gathers the counts of a set that starts on {@code first} and lasts {@code days} days. */
    public static Builder over(LocalDate first, int days) {
        return new Builder(first, days);
    }

    /** Adds counts by zone, day and hour; those outside the days are left out. */
    public static final class Builder {
        private final LocalDate first;
        private final int days;
        private final Map<String, int[][]> zones = new HashMap<>();

        private Builder(LocalDate first, int days) {
            this.first = first;
            this.days = days;
        }

        /** Adds {@code n} incidents of {@code zone} (null: in no zone, counted in the whole area only). */
        public Builder add(String zone, LocalDate day, int hour, int n) {
            int at = (int) (day.toEpochDay() - first.toEpochDay());
            if (at < 0 || at >= days || hour < 0 || hour > 23) {
                return this;
            }
            block(DailySeries.WHOLE_AREA)[at][hour / HOURS] += n;
            if (zone != null) {
                block(zone)[at][hour / HOURS] += n;
            }
            return this;
        }

        private int[][] block(String zone) {
            return zones.computeIfAbsent(zone, z -> new int[days][BLOCKS]);
        }

        public HourBlocks build() {
            return new HourBlocks(first, days, zones);
        }
    }
}
