package org.khareetaty.core.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Incidents per local day of one series (a zone, a cell or the whole area), every day from {@code first}
 * on, days without incidents counted as 0.
 *
 * @param name   the zone code, the H3 cell or {@link #WHOLE_AREA}
 * @param first  the local date of {@code counts[0]}
 * @param counts incidents per day
 */
public record DailySeries(String name, LocalDate first, int[] counts) {
    /** The name of the series of every incident. */
    public static final String WHOLE_AREA = "all";

    /** The last day of the series. */
    public LocalDate last() {
        return first.plusDays(counts.length - 1L);
    }

    /** The index of {@code day} in {@link #counts()} (negative or past the end when outside the series). */
    public int indexOf(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(first, day);
    }

    /** The counts of the {@code days} days before {@code origin} (days {@code origin-days .. origin-1}). */
    public double[] before(LocalDate origin, int days) {
        return slice(indexOf(origin) - days, days);
    }

    /** The counts of the {@code days} days from {@code origin} on. */
    public double[] from(LocalDate origin, int days) {
        return slice(indexOf(origin), days);
    }

    private double[] slice(int start, int length) {
        if (start < 0 || start + length > counts.length) {
            throw new IllegalArgumentException("series " + name + " covers " + first + " .. " + last() + ", not the "
                    + length + " days from " + first.plusDays(start));
        }
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            out[i] = counts[start + i];
        }
        return out;
    }
}
