package org.khareetaty.sample.live;

import java.util.Locale;

/**
 * What a generated event is in truth: the simulation's ground truth, carried in the
 * {@code sim_role} attribute (and the incident in {@code sim_incident}) so that alert quality can be
 * measured against the demo stream. A real feed has no such attributes; the alert engine must not
 * read them.
 */
public enum EventRole {
    /** The dispatch call for an incident of the store. */
    CAD,
    /** A sensor, panic button or CCTV event caused by the incident. */
    CORROBORATION,
    /** A citizen's report of the incident, one of several phones. */
    CITIZEN,
    /** A gunshot-sensor detection of real gunfire at the incident. */
    GUNSHOT_TRUE,
    /** A gunshot-sensor alert with no gun crime behind it (fireworks, backfires, construction). */
    GUNSHOT_FALSE,
    /** Background: CCTV motion, an accidental panic press, a vague citizen report. */
    NOISE,
    /** The incident's report filed in the records system, later. */
    RECORD;

    /** The attribute value, e.g. {@code gunshot_false}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
