package org.khareetaty.core.forecast.spike;

import java.time.LocalDate;

/**
 * One series' count on one day against its expectation.
 *
 * @param zone the zone, H3 cell or whole area
 * @param day the (last) day checked
 * @param span days checked, ending on {@code day}
 * @param observed incidents in those days
 * @param expected the sum of the model's forecast means of those days from the days before them (each at
 *     least 0)
 * @param lo95 lower bound of the model's 95% count interval for a one-day span, else NaN
 * @param hi95 upper bound of the model's 95% count interval for a one-day span, else NaN
 * @param score {@code 2(√observed − √expected)}, about standard normal for a Poisson count
 * @param alarm {@code score > 3}
 */
public record Spike(
        String zone,
        LocalDate day,
        int span,
        int observed,
        double expected,
        double lo95,
        double hi95,
        double score,
        boolean alarm) {
    /** Whether a one-day count lies above the 95% interval (interval exceedance). */
    public boolean exceeds95() {
        return observed > hi95;
    }
}
