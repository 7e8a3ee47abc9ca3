package org.khareetaty.core.forecast.risk;

/**
 * Which of a cell's past days an {@link IntensityFeature} counts, against the day scored: all of them, only
 * those of the same kind (weekend days Saturday and Sunday, or weekdays), or only the same day of the
 * week. A factor common to every cell cannot change a day's ranking; a cell's own weekend or Monday
 * history can.
 */
public enum DayMatch {
    ALL,
    SAME_DAY_TYPE,
    SAME_WEEKDAY;

    /** Whether an incident of {@code pastDay} counts for {@code scoredDay} (epoch days). */
    boolean counts(int pastDay, int scoredDay) {
        return switch (this) {
            case ALL -> true;
            case SAME_DAY_TYPE -> weekend(pastDay) == weekend(scoredDay);
            case SAME_WEEKDAY -> dayOfWeek(pastDay) == dayOfWeek(scoredDay);
        };
    }

    /** Monday 0 .. Sunday 6 (epoch day 0, 1970-01-01, was a Thursday). */
    static int dayOfWeek(int epochDay) {
        return Math.floorMod(epochDay + 3, 7);
    }

    /** Saturday or Sunday. */
    static boolean weekend(int epochDay) {
        return dayOfWeek(epochDay) >= 5;
    }
}
