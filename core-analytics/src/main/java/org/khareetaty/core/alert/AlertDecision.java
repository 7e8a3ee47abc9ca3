package org.khareetaty.core.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.alert.score.ScoreTerms;
import org.khareetaty.core.json.JsonMapping;

/**
 * One decision the engine stored about an event: an alert raised or updated, a suppression with its
 * reason, a fusion of citizen reports, a late event. {@link #toJson()} is the JSON line that
 * {@code khareetaty alerts listen --json} prints.
 *
 * @param kind       what was decided
 * @param eventId    the event decided about
 * @param alertId    the alert raised or updated, or null (suppressed, late)
 * @param type       the alert type (for a suppression: the gate that failed), or null for a late event
 * @param priority   P0..P3, or null without a score and alert
 * @param score      the priority score, or null when unscored or late
 * @param terms      the five score terms, or null when unscored
 * @param events     ids of the events behind the alert (for a suppression: those assessed)
 * @param zone       the primary boundary layer's zone, or null
 * @param state      the alert's state, or null without an alert
 * @param unverified only hardware sensors stand behind the alert
 * @param unscored   a decision step failed: the alert passed without a score, at the degraded priority
 *                   (an enrichment over its budget leaves parts out but keeps the gates and the score:
 *                   the reason says what was left out)
 * @param reason     the gate's finding or the reason for a suppression, fusion or lateness
 */
public record AlertDecision(
        DecisionKind kind,
        String eventId,
        Long alertId,
        AlertType type,
        Priority priority,
        Double score,
        ScoreTerms terms,
        List<String> events,
        String zone,
        AlertState state,
        boolean unverified,
        boolean unscored,
        String reason) {
    public AlertDecision {
        events = List.copyOf(events);
    }

    /** The decision as a JSON object: {@code decision, id, type, priority, score, terms, events, zone, state, ...}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decision", kind.wire());
        m.put("id", alertId);
        m.put("type", type == null ? null : type.wire());
        m.put("priority", priority == null ? null : priority.name());
        m.put("score", score == null ? null : round(score));
        m.put("terms", terms == null ? null : termsMap(terms));
        m.put("events", events);
        m.put("zone", zone);
        m.put("state", state == null ? null : state.wire());
        m.put("event", eventId);
        m.put("unverified", unverified);
        m.put("unscored", unscored);
        m.put("reason", reason);
        return m;
    }

    /** The decision as one line of JSON. */
    public String toJson() {
        try {
            return JsonMapping.compact().writeValueAsString(toMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The five terms as a JSON-ready map, rounded to 4 decimals. */
    public static Map<String, Object> termsMap(ScoreTerms t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", round(t.severity()));
        m.put("confidence", round(t.confidence()));
        m.put("corroboration", round(t.corroboration()));
        m.put("urgency", round(t.urgency()));
        m.put("sensitivity", round(t.sensitivity()));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
