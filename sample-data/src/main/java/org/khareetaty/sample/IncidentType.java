package org.khareetaty.sample;

/**
 * The sixteen incident types of the city format, with the generator's model of each.
 *
 * <p>Shares are a plausible mix for a Gulf city, not official statistics: traffic offences and
 * thefts dominate police records, weapons and robbery are rare. The near-repeat branching ratio is
 * the expected number of follow-up incidents each incident of that type triggers nearby (see
 * {@link NearRepeatProcess}); the trend is the yearly log growth (online fraud has grown fastest
 * across the Gulf, burglary is slowly falling as elsewhere).
 */
public enum IncidentType {
    THEFT("theft", 17.0, HourRhythm.EVENING, DayRhythm.FLAT, 0.15, 0.00),
    BURGLARY("burglary", 6.0, HourRhythm.DAYTIME, DayRhythm.FLAT, 0.35, -0.05),
    VEHICLE_THEFT("vehicle_theft", 5.0, HourRhythm.NIGHT, DayRhythm.FLAT, 0.25, 0.00),
    ROBBERY("robbery", 1.5, HourRhythm.NIGHT, DayRhythm.LEISURE, 0, 0.00),
    ASSAULT("assault", 8.0, HourRhythm.EVENING, DayRhythm.LEISURE, 0, 0.02),
    DOMESTIC_VIOLENCE("domestic_violence", 4.0, HourRhythm.EVENING, DayRhythm.LEISURE, 0, 0.04),
    HARASSMENT("harassment", 5.0, HourRhythm.EVENING, DayRhythm.LEISURE, 0, 0.03),
    FRAUD("fraud", 8.0, HourRhythm.DAYTIME, DayRhythm.WORKDAY, 0, 0.10),
    CYBERCRIME("cybercrime", 5.0, HourRhythm.DAYTIME, DayRhythm.WORKDAY, 0, 0.20),
    VANDALISM("vandalism", 5.0, HourRhythm.NIGHT, DayRhythm.LEISURE, 0, 0.00),
    DRUG_POSSESSION("drug_possession", 6.0, HourRhythm.NIGHT, DayRhythm.LEISURE, 0, 0.03),
    DRUG_TRAFFICKING("drug_trafficking", 1.2, HourRhythm.NIGHT, DayRhythm.FLAT, 0, 0.03),
    WEAPONS_POSSESSION("weapons_possession", 0.8, HourRhythm.NIGHT, DayRhythm.LEISURE, 0, 0.00),
    PUBLIC_DISTURBANCE("public_disturbance", 4.0, HourRhythm.NIGHT, DayRhythm.LEISURE, 0, 0.00),
    TRESPASSING("trespassing", 2.5, HourRhythm.NIGHT, DayRhythm.FLAT, 0, 0.00),
    TRAFFIC_OFFENSE("traffic_offense", 22.0, HourRhythm.TRAFFIC, DayRhythm.WORKDAY, 0, 0.03);

    private final String code;
    private final double share;
    private final HourRhythm hourRhythm;
    private final DayRhythm dayRhythm;
    private final double branching;
    private final double trendPerYear;

    IncidentType(
            String code,
            double share,
            HourRhythm hourRhythm,
            DayRhythm dayRhythm,
            double branching,
            double trendPerYear) {
        this.code = code;
        this.share = share;
        this.hourRhythm = hourRhythm;
        this.dayRhythm = dayRhythm;
        this.branching = branching;
        this.trendPerYear = trendPerYear;
    }

    /** The value of the {@code incident_type} column, e.g. {@code vehicle_theft}. */
    public String code() {
        return code;
    }

    /** Percentage of all incidents (approximately; the shares sum to about 100). */
    double share() {
        return share;
    }

    HourRhythm hourRhythm() {
        return hourRhythm;
    }

    DayRhythm dayRhythm() {
        return dayRhythm;
    }

    /** Expected near-repeat follow-ups per incident (0 = none); below 1, so clusters stay finite. */
    double branching() {
        return branching;
    }

    double trendPerYear() {
        return trendPerYear;
    }
}
