package org.khareetaty.core.alert.stats;

import java.util.Locale;

/** A stage of the alert pipeline whose latency is recorded. */
public enum Stage {
    /** Zones, H3 cell, nearest sensitive site, cell risk. */
    ENRICH,
    /** Tumbling, sliding, session and summary windows. */
    WINDOWS,
    /** Corroboration, citizen-report fusion, dynamic risk. */
    CORRELATE,
    /** Gates, score, spike prediction, geofences, dedup. */
    SCORE,
    /** The one transaction that stores the event and its decisions. */
    STORE,
    /** The whole {@code process} call. */
    PROCESS,
    /** From the moment the client received the event to the decision stored. */
    RECEIVED_TO_DECIDED;

    /** The stored name. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
