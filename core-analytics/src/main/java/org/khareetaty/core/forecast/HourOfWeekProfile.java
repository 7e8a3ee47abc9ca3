package org.khareetaty.core.forecast;

import java.time.DayOfWeek;

/**
 * When in the week a zone's incidents happen: its incidents per hour of the week (Monday 00h .. Sunday
 * 23h, local time) over a training window, to spread a day's count forecast over the day's 24 hours (the
 * next-24-hours view, {@link NextDayHours}). A zone with few incidents has a noisy profile, so it is
 * shrunk toward its parent's ({@link #toward}): the additive (Laplace/Dirichlet) smoothing of a
 * multinomial's shares, with the parent's shares as the prior.
 *
 * @param counts incidents per hour of the week, {@link #index index(day, hour)}; 168 values
 */
public record HourOfWeekProfile(double[] counts) {
    /** Hours in a week. */
    public static final int HOURS = 168;

    /** The parent's incidents a zone's profile is shrunk with: one a week-hour. */
    public static final double PRIOR_WEIGHT = HOURS;

    public HourOfWeekProfile {
        if (counts.length != HOURS) {
            throw new IllegalArgumentException("an hour-of-week profile has 168 counts, not " + counts.length);
        }
        counts = counts.clone();
    }

    /** The position of {@code hour} (0..23) of {@code day} in {@link #counts}. */
    public static int index(DayOfWeek day, int hour) {
        return (day.getValue() - 1) * 24 + hour;
    }

    /** The incidents counted. */
    public double total() {
        double s = 0;
        for (double c : counts) {
            s += c;
        }
        return s;
    }

    /**
     * The share of the day's incidents in each of its 24 hours (sums to 1); an equal share when the
     * profile has no incident on that weekday.
     */
    public double[] hourShares(DayOfWeek day) {
        double[] out = new double[24];
        double sum = 0;
        for (int h = 0; h < 24; h++) {
            out[h] = counts[index(day, h)];
            sum += out[h];
        }
        for (int h = 0; h < 24; h++) {
            out[h] = sum > 0 ? out[h] / sum : 1.0 / 24;
        }
        return out;
    }

    /** This profile plus {@code weight} incidents spread as {@code parent}'s are. */
    public HourOfWeekProfile toward(HourOfWeekProfile parent, double weight) {
        double parentTotal = parent.total();
        double[] out = counts.clone();
        for (int i = 0; i < HOURS; i++) {
            out[i] += parentTotal > 0 ? weight * parent.counts[i] / parentTotal : weight / HOURS;
        }
        return new HourOfWeekProfile(out);
    }
}
