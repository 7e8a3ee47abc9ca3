package org.khareetaty.core.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.alert.gate.Assessment;
import org.khareetaty.core.alert.incident.Incident;
import org.khareetaty.core.alert.incident.ReportGroup;

/**
 * Decides what an event means for its incident's alert: an update of the alert still open, a new
 * alert when the incident passes its confidence gate, else a suppression with the gate's reason. A new alert links every event of the incident so far, after which the incident
 * need not hold their ids ({@link Incident#releaseEvidence}); an update links the new ones.
 */
final class IncidentDecision {
    private final DedupOrRaise policy;

    IncidentDecision(DedupOrRaise policy) {
        this.policy = policy;
    }

    /** The decision about {@code c}'s event, its incident assessed as {@code a}. */
    Draft decide(CorrelateStep.Correlated c, Assessment a, EngineState state, Instant now, boolean replay) {
        Incident incident = c.incident();
        ObservedEvent oe = c.observed();
        OpenAlert open = policy.stillOpen(incident.alert(), replay);
        if (open == null) {
            incident.alert(null);
        }
        AlertContent content = state.contents.forIncident(incident, a, now);
        String why = a.gate();
        int cap = policy.linkCap();
        if (open != null) {
            if (!a.passes()) {
                content = state.contents.withType(content, open.type);
            }
            Draft d = policy.update(open, oe, content, why);
            d.link(oe.id(), c.fusedInto() != null ? "fused" : "member", cap);
            for (ObservedEvent corroborating : c.newCorroborating()) {
                d.link(corroborating.id(), "corroborating", cap);
            }
            return d;
        }
        if (!a.passes()) {
            return new Draft(DecisionKind.SUPPRESSED, oe, null, false, content, a.gate(), assessedIds(incident));
        }
        Draft d = policy.raise(
                DecisionKind.RAISED,
                (c.placed().late() ? "event:" : "incident:") + incident.id(),
                oe,
                content,
                null,
                why,
                replay);
        incident.alert(d.alert);
        // a new alert: every event of the incident so far stands behind it
        for (ReportGroup g : incident.groups()) {
            for (String r : g.reportIds()) {
                d.link(r, r.equals(g.id()) ? "member" : "fused", cap);
            }
        }
        linkEvidence(d, incident);
        incident.releaseEvidence();
        return d;
    }

    /** Links the incident's kept members and corroborators to the alert {@code d} raises. */
    private void linkEvidence(Draft d, Incident incident) {
        int cap = policy.linkCap();
        for (String m : incident.memberIds()) {
            d.link(m, "member", cap);
        }
        for (String c : incident.corroboratingIds()) {
            d.link(c, "corroborating", cap);
        }
    }

    /** The ids a suppression names: the incident's last 40 members kept, then corroborators up to 50 in all. */
    private static List<String> assessedIds(Incident incident) {
        List<String> members = incident.memberIds();
        List<String> ids = new ArrayList<>(members.subList(Math.max(0, members.size() - 40), members.size()));
        for (String c : incident.corroboratingIds()) {
            if (ids.size() >= 50) {
                break;
            }
            ids.add(c);
        }
        return ids;
    }
}
