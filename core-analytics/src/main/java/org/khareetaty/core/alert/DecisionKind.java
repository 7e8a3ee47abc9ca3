package org.khareetaty.core.alert;

import java.util.Locale;

/**
 * What the engine decided about an event; each decision is one audit-log entry (action = {@link #wire()}).
 * Analyst actions on alerts ({@code acknowledged}, {@code dispatched}, {@code closed}, {@code noted})
 * are audit actions too, but not engine decisions.
 */
public enum DecisionKind {
    /** A new alert was raised. */
    RAISED,
    /** The event matched an open alert's dedup key and updated that alert (and its score). */
    DEDUPLICATED,
    /** The event did not pass its confidence gate; no alert (the reason says which gate). */
    SUPPRESSED,
    /** A citizen report was fused into an earlier report group of the same incident. */
    FUSED,
    /** The event arrived later than the allowed lateness: not placed in windows, evaluated alone. */
    LATE,
    /** A spike prediction under its gate: raised as a trend-watch alert. */
    TREND_WATCH;

    /** The name stored in the audit log and printed. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
