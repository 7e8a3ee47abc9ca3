package org.khareetaty.sample;

import java.time.DayOfWeek;

/**
 * Relative daily counts by day of week. Kuwait's working week is Sunday-Thursday and its weekend
 * Friday-Saturday (since September 2007): leisure-related offences (fights, harassment, noise,
 * drugs) rise on Thursday night and the weekend, commuting- and office-related ones (traffic
 * offences, fraud reports) fall.
 */
enum DayRhythm {
    /** Rises on Thursday evening, Friday and Saturday. */
    LEISURE(0.92, 0.93, 0.97, 1.12, 1.22, 1.15, 0.92),
    /** Falls on Friday and Saturday. */
    WORKDAY(1.08, 1.08, 1.06, 1.00, 0.70, 0.80, 1.08),
    /** Nearly flat. */
    FLAT(1.00, 1.00, 1.00, 1.02, 1.00, 0.98, 1.00);

    /** Indexed by {@link DayOfWeek#ordinal()} (Monday = 0). */
    private final double[] byDay;

    DayRhythm(double... mondayToSunday) {
        this.byDay = mondayToSunday;
    }

    double factor(DayOfWeek day) {
        return byDay[day.ordinal()];
    }
}
