package org.khareetaty.app.ui.alerts;

import org.khareetaty.core.alert.AlertState;

/**
 * Which alerts the queue lists: the open ones (the default), one state, the closed ones (the history) or all;
 * named in the window's words ({@code alerts.filter.open} ...).
 */
public enum QueueFilter {
    OPEN(null, true),
    NEW(AlertState.NEW, false),
    ACKNOWLEDGED(AlertState.ACKNOWLEDGED, false),
    DISPATCHED(AlertState.DISPATCHED, false),
    CLOSED(AlertState.CLOSED, false),
    ALL(null, false);

    private final AlertState state;
    private final boolean openOnly;

    QueueFilter(AlertState state, boolean openOnly) {
        this.state = state;
        this.openOnly = openOnly;
    }

    /** The state listed, or null for several. */
    public AlertState state() {
        return state;
    }

    /** Whether closed alerts are left out. */
    public boolean openOnly() {
        return openOnly;
    }

    /** The key of the queue's count of these alerts: "open", "closed", "all". */
    public String adjective() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return org.khareetaty.app.ui.i18n.Messages.text("alerts.filter." + adjective());
    }
}
