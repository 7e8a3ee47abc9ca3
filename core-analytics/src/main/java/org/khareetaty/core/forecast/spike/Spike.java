package org.khareetaty.core.forecast.spike;

import java.time.LocalDate;

/**
 * One series' count on one day against its expectation.
 *
 * @param zone the zone, H3 cell or whole area
 * @param day the day checked
 * @param observed incidents that day
 * @param expected the model's one-day-ahead forecast mean from the days before (at least 0)
 * @param hi95 upper bound of the model's 95% count interval
 * @param score {@code 2(√observed − √expected)}, about standard normal for a Poisson count
 * @param alarm {@code score > 3}
 */
public record Spike(
        String zone, LocalDate day, int observed, double expected, double hi95, double score, boolean alarm) {
    /** Whether the count lies above the 95% interval (interval exceedance). */
    public boolean exceeds95() {
        return observed > hi95;
    }
}
