package org.khareetaty.sample;

/**
 * Relative incident counts by hour of day (index 0 = 00:00-00:59, local time).
 *
 * <p>Shapes follow the common "crime clock": the daily low is around 04:00-06:00 for nearly every
 * offence and street and violent crime peaks in the evening (Felson &amp; Poulsen 2003, "Simple
 * indicators of crime by time of day", Int. J. Forecasting 19). Residential burglary and fraud are
 * daytime offences, when homes are empty and offices and banks are open (Coupe &amp; Blake 2006,
 * "Daylight and darkness targeting strategies and the risks of being seen at residential
 * burglaries", Criminology 44). Traffic offences follow commuting peaks.
 */
enum HourRhythm {
    /** Most street and violent crime: evening peak 19:00-23:00. */
    EVENING(
            5.0, 4.0, 3.0, 2.2, 1.5, 1.2, 1.4, 2.0, 2.8, 3.2, 3.5, 3.8, 4.0, 4.0, 4.0, 4.3, 4.8, 5.5, 6.3, 7.2, 7.8,
            8.0, 7.5, 6.3),
    /** Late evening into the small hours: vehicle theft, drugs, disturbances. */
    NIGHT(
            6.0, 6.0, 5.0, 4.0, 2.5, 1.8, 1.5, 1.8, 2.2, 2.5, 2.6, 2.8, 3.0, 3.0, 3.0, 3.2, 3.5, 4.0, 4.8, 5.5, 6.0,
            6.5, 7.0, 6.8),
    /** Office hours: burglary of empty homes, fraud, cybercrime reports. */
    DAYTIME(
            1.5, 1.0, 0.8, 0.6, 0.5, 0.5, 0.8, 2.0, 4.0, 6.0, 7.0, 7.5, 7.0, 6.5, 6.0, 5.5, 5.0, 4.5, 4.0, 3.5, 3.0,
            2.6, 2.2, 1.8),
    /** Commuting peaks around 07:00 and 13:00-14:00, busy evenings. */
    TRAFFIC(
            2.0, 1.5, 1.2, 0.8, 0.6, 0.8, 2.5, 6.0, 5.5, 3.5, 3.0, 3.2, 4.0, 5.5, 5.5, 4.5, 4.0, 4.5, 5.0, 5.0, 5.0,
            4.8, 4.0, 3.0);

    private final double[] ordinary;

    HourRhythm(double... weights) {
        if (weights.length != 24) {
            throw new IllegalArgumentException(name() + ": 24 hourly weights needed, got " + weights.length);
        }
        this.ordinary = weights;
    }

    /** The 24 hourly weights on a day of the given kind. */
    double[] weights(DayKind kind) {
        double[] out = new double[24];
        for (int hour = 0; hour < 24; hour++) {
            out[hour] = switch (kind) {
                case ORDINARY -> ordinary[hour];
                case SUMMER -> summer(hour);
                case RAMADAN -> ramadan(hour);
            };
        }
        return out;
    }

    // Summer afternoons pass 45 degC: outdoor life moves an hour later into the night and the
    // midday hours empty out.
    private double summer(int hour) {
        double shifted = this == TRAFFIC || this == DAYTIME ? ordinary[hour] : ordinary[Math.floorMod(hour - 1, 24)];
        return hour >= 11 && hour <= 16 ? shifted * 0.8 : shifted;
    }

    // During Ramadan the day is quiet (fasting, shortened office hours) and the city lives from iftar
    // (~18:00) to suhoor (~03:30); traffic offences spike in the pre-iftar rush home.
    private double ramadan(int hour) {
        if (this == TRAFFIC) {
            double shifted = ordinary[Math.floorMod(hour - 1, 24)];
            return hour == 16 || hour == 17 ? shifted * 1.8 : shifted;
        }
        double shifted = ordinary[Math.floorMod(hour - 2, 24)];
        if (hour >= 9 && hour <= 16) {
            return shifted * 0.6;
        }
        return hour >= 22 || hour <= 2 ? shifted * 1.3 : shifted;
    }

    /** The kind of day that changes the hourly rhythm. */
    enum DayKind {
        ORDINARY,
        SUMMER,
        RAMADAN
    }
}
