package org.khareetaty.app.cli.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.alert.Alert;
import org.khareetaty.core.alert.AlertDecision;
import org.khareetaty.core.alert.audit.AuditEntry;

/** The JSON shapes of an alert and of an audit entry, as the alert commands print them with {@code --json}. */
final class AlertJson {
    private AlertJson() {}

    /** An alert as a JSON-ready map. */
    static Map<String, Object> asMap(Alert a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("type", a.type().wire());
        m.put("state", a.state().wire());
        m.put("priority", a.priority().name());
        m.put("score", a.score());
        m.put("terms", a.terms() == null ? null : AlertDecision.termsMap(a.terms()));
        m.put("unverified", a.unverified());
        m.put("unscored", a.unscored());
        m.put("event_type", a.eventType());
        m.put("category", a.category());
        m.put("zone", a.zone());
        m.put("lat", a.lat());
        m.put("lon", a.lon());
        m.put("sources", a.sources().isEmpty() ? List.of() : List.of(a.sources().split(",")));
        m.put("event_count", a.eventCount());
        m.put("reporter_count", a.reporterCount());
        m.put("first_event_at", a.firstEventAt().toString());
        m.put("last_event_at", a.lastEventAt().toString());
        m.put("raised_at", a.raisedAt().toString());
        m.put("updated_at", a.updatedAt().toString());
        m.put("dedup_key", a.dedupKey());
        return m;
    }

    static Map<String, Object> asMap(AuditEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("at", e.at().toString());
        m.put("actor", e.actor());
        m.put("claimed_actor", e.claimedActor());
        m.put("action", e.action());
        m.put("alert", e.alertId());
        m.put("event", e.eventId());
        m.put("priority", e.priority());
        m.put("score", e.score());
        m.put("reason", e.reason());
        return m;
    }
}
