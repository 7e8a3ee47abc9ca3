package org.khareetaty.core.alert;

import java.util.Locale;

/** What raised an alert; each type has its confidence gate (docs/alerts.md, "Gates"). */
public enum AlertType {
    /** A hardware sensor (gunshot, panic button): always alerts, marked unverified until corroborated. */
    SENSOR,
    /** Two or more independent sources: each at least 0.60, combined at least 0.70. */
    CORRELATED,
    /** One non-hardware source, uncorroborated: needs confidence 0.70. */
    ANOMALY,
    /** A geofence rule fired: always alerts. */
    GEOFENCE,
    /** A cell's event count well above its rolling baseline, predicted with confidence 0.65 or more. */
    SPIKE,
    /** A spike prediction under 0.65: shown for watching, not for dispatch. */
    TREND_WATCH;

    /** The name stored and printed ({@code trend_watch}). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type with this stored name. */
    public static AlertType fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
