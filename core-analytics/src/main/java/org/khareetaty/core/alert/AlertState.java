package org.khareetaty.core.alert;

import java.util.Locale;
import java.util.Set;

/** Where an alert is in the analyst's workflow: new, acknowledged, dispatched, closed. */
public enum AlertState {
    NEW,
    ACKNOWLEDGED,
    DISPATCHED,
    CLOSED;

    /** The name stored and printed. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state with this stored name. */
    public static AlertState fromWire(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown alert state '" + s + "': states are new, acknowledged, dispatched, closed");
        }
    }

    /** True while the alert can still be updated by new events (not closed). */
    public boolean open() {
        return this != CLOSED;
    }

    /**
     * Whether an alert in this state may move to {@code next}: forward only (new, acknowledged,
     * dispatched, closed), skipping allowed; closed is final.
     */
    public boolean mayMoveTo(AlertState next) {
        return next.ordinal() > ordinal() && allowed().contains(next);
    }

    private Set<AlertState> allowed() {
        return switch (this) {
            case NEW -> Set.of(ACKNOWLEDGED, DISPATCHED, CLOSED);
            case ACKNOWLEDGED -> Set.of(DISPATCHED, CLOSED);
            case DISPATCHED -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }
}
