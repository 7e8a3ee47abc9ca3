package org.khareetaty.sample.live;

import java.time.Duration;

/**
 * The parameters of a generated stream (docs/feed.md, "The generated stream"). The tables by
 * category are in {@link CategoryProfile}; the distances and delays below are fixed so tests and
 * the alert engine can rely on them.
 *
 * @param seed                     the random seed: the same seed and incidents give the same stream
 * @param gunshotPrecision         the share of gunshot-sensor alerts with a real gun crime behind them
 * @param cctvNoisePerIncident     background CCTV events (motion, loitering, counts) per incident of the range
 * @param panicFalseAlarmsPerIncident accidental panic presses per incident
 * @param citizenNoisePerIncident  vague citizen reports ("suspicious activity") per incident
 * @param recordShare              the share of incidents whose report is filed in the records system while the stream runs
 */
public record LiveStreamSpec(
        long seed,
        double gunshotPrecision,
        double cctvNoisePerIncident,
        double panicFalseAlarmsPerIncident,
        double citizenNoisePerIncident,
        double recordShare) {

    /**
     * Only 9.1% of Chicago police responses to ShotSpotter alerts found evidence of a gun-related
     * criminal offense: City of Chicago Office of Inspector General, "CPD's Use of ShotSpotter
     * Technology" (OIG file #21-0707, 24 August 2021): of 50,176 confirmed and dispatched alerts from
     * 1 January 2020 to 31 May 2021, 4,556 had a disposition indicating such evidence.
     */
    public static final double CHICAGO_OIG_GUNSHOT_PRECISION = 0.091;
    /** The default seed. */
    public static final long DEFAULT_SEED = 20260401L;

    /** Sensors, panic buttons and cameras corroborating an incident lie within this distance of it. */
    public static final double CORROBORATION_MAX_METRES = 150;
    /** ... and happen at most this long before it ... */
    public static final Duration CORROBORATION_EARLIEST = Duration.ofMinutes(-3);
    /** ... and at most this long after it. */
    public static final Duration CORROBORATION_LATEST = Duration.ofMinutes(8);
    /** A gunshot sensor locates real gunfire within this distance. */
    public static final double GUNSHOT_MAX_ERROR_METRES = 60;
    /** Each citizen reporting an incident stands within this distance of it ... */
    public static final double CITIZEN_MAX_FROM_INCIDENT_METRES = 25;
    /** ... and at least this far from every other phone reporting it (so 10-50 m apart). */
    public static final double CITIZEN_MIN_APART_METRES = 10;
    /** The first citizen reports within this time after the incident ... */
    public static final Duration CITIZEN_FIRST_REPORT_WITHIN = Duration.ofMinutes(3);
    /** ... and every other phone within this time of the first. */
    public static final Duration CITIZEN_SPREAD = Duration.ofMinutes(5);
    /** Phones per reported incident: 2 to 5. */
    public static final int CITIZEN_MIN_PHONES = 2;
    /** See {@link #CITIZEN_MIN_PHONES}. */
    public static final int CITIZEN_MAX_PHONES = 5;
    /** The chance that a citizen names another type than the incident's. */
    public static final double CITIZEN_DISAGREEMENT = 0.25;
    /** Background events lie within this distance of some incident of the range (where people and cameras are). */
    public static final double BACKGROUND_MAX_METRES = 800;

    public LiveStreamSpec {
        if (!(gunshotPrecision > 0 && gunshotPrecision <= 1)) {
            throw new IllegalArgumentException("gunshot precision must be in (0, 1], got " + gunshotPrecision);
        }
        if (cctvNoisePerIncident < 0 || panicFalseAlarmsPerIncident < 0 || citizenNoisePerIncident < 0) {
            throw new IllegalArgumentException("noise rates must not be negative");
        }
        if (!(recordShare >= 0 && recordShare <= 1)) {
            throw new IllegalArgumentException("record share must be in 0..1, got " + recordShare);
        }
    }

    /** The defaults: Chicago OIG gunshot precision, 0.5 CCTV noise, 0.01 panic false alarms and 0.05 vague reports per incident, half the reports filed. */
    public static LiveStreamSpec defaults() {
        return new LiveStreamSpec(DEFAULT_SEED, CHICAGO_OIG_GUNSHOT_PRECISION, 0.5, 0.01, 0.05, 0.5);
    }

    public LiveStreamSpec withSeed(long s) {
        return new LiveStreamSpec(
                s,
                gunshotPrecision,
                cctvNoisePerIncident,
                panicFalseAlarmsPerIncident,
                citizenNoisePerIncident,
                recordShare);
    }

    /** Gunshot false positives expected per true detection: (1 - precision) / precision, about 9.99 by default. */
    public double falsePositivesPerTrueGunshot() {
        return (1 - gunshotPrecision) / gunshotPrecision;
    }
}
