package org.khareetaty.core.alert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision before it is stored: the writer gives a raised alert its id, then turns the draft into
 * an {@link AlertDecision}.
 */
final class Draft {
    final DecisionKind kind;
    final ObservedEvent event;
    final OpenAlert alert;
    final boolean newAlert;
    AlertContent content;
    final Map<String, String> links = new LinkedHashMap<>();
    String reason;
    final List<String> assessed;
    AlertState state = AlertState.NEW;

    Draft(
            DecisionKind kind,
            ObservedEvent event,
            OpenAlert alert,
            boolean newAlert,
            AlertContent content,
            String reason,
            List<String> assessed) {
        this.kind = kind;
        this.event = event;
        this.alert = alert;
        this.newAlert = newAlert;
        this.content = content;
        this.reason = reason;
        this.assessed = assessed;
    }

    /** Links {@code eventId} to the alert with {@code role} unless it is linked already. */
    void link(String eventId, String role, int cap) {
        if (alert != null && !alert.linked.contains(eventId) && alert.linked.size() + links.size() < cap) {
            links.putIfAbsent(eventId, role);
        }
    }
}
