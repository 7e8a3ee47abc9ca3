package org.khareetaty.app.ui.alerts;

import org.khareetaty.core.alert.AlertState;

/** Which alerts the queue lists: the open ones (the default), one state, the closed ones (the history) or all. */
public enum QueueFilter {
    OPEN("Open", null, true),
    NEW("New", AlertState.NEW, false),
    ACKNOWLEDGED("Acknowledged", AlertState.ACKNOWLEDGED, false),
    DISPATCHED("Dispatched", AlertState.DISPATCHED, false),
    CLOSED("Closed (history)", AlertState.CLOSED, false),
    ALL("All", null, false);

    private final String label;
    private final AlertState state;
    private final boolean openOnly;

    QueueFilter(String label, AlertState state, boolean openOnly) {
        this.label = label;
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
