package org.khareetaty.core.alert;

import java.util.List;
import org.khareetaty.core.alert.enrich.Enrichment;
import org.khareetaty.core.alert.incident.DistinctIncidents;
import org.khareetaty.core.alert.incident.Incident;
import org.khareetaty.core.alert.incident.ReportGroup;
import org.khareetaty.core.event.EventSource;

/**
 * The pipeline's third step: assigns the event to an incident (a session window; a new incident
 * raises the dynamic risk around it), counts it for the spike prediction when it begins a distinct
 * incident ({@link DistinctIncidents}), fuses a citizen report into its report group, and finds the
 * corroborating events of other sources nearby. A late event makes an incident of its own.
 */
final class CorrelateStep {

    /**
     * An event in its incident.
     *
     * @param observed         the event, its spatial term read from the incident's risk when it joined one
     * @param incident         its incident (a one-event incident when late)
     * @param fusedInto        the earlier report group a citizen report was fused into, or null
     * @param started          true when the event started its incident
     * @param counted          true when the event began a distinct incident for the spike count, or moved one
     *                         counted in another cell to its own
     * @param newCorroborating corroborating events the incident had not seen before
     */
    record Correlated(
            PlaceStep.Placed placed,
            ObservedEvent observed,
            Incident incident,
            ReportGroup fusedInto,
            boolean started,
            boolean counted,
            List<ObservedEvent> newCorroborating) {}

    Correlated correlate(PlaceStep.Placed placed, EngineState state) {
        EnrichStep.Enriched enriched = placed.enriched();
        Enrichment en = enriched.enrichment();
        ObservedEvent oe = enriched.observed();
        if (placed.late()) {
            return new Correlated(placed, oe, Incident.standalone(oe, en.zones()), null, false, false, List.of());
        }
        boolean citizen = oe.event().source() == EventSource.CITIZEN_REPORT;
        ReportGroup fusedInto = citizen ? state.fusion.find(oe) : null;
        Incident incident = fusedInto != null ? fusedInto.incident() : state.sessions.find(oe);
        if (incident != null && en.complete()) {
            // the incident's own risk is no reason to raise its priority: members see the risk before it began
            oe = new ObservedEvent(
                    oe.event(),
                    oe.cell(),
                    oe.type(),
                    oe.category(),
                    oe.severity(),
                    Math.max(en.siteTerm(), incident.riskTerm()),
                    oe.zone());
        }
        boolean started = incident == null;
        if (started) {
            incident = state.sessions.start(oe, en.zones(), en.riskTerm());
            state.risk.raise(oe.event().lat(), oe.event().lon(), oe.category(), oe.at());
        } else {
            state.sessions.join(incident, oe);
        }
        // a citizen report fused into a group is that group's incident, never a distinct one
        DistinctIncidents.Count n = fusedInto == null ? state.distinct.count(oe) : DistinctIncidents.Count.NONE;
        if (n.begun()) {
            state.sliding.addIncident(oe.cell(), oe.at());
            state.summary.addIncident(oe.cell(), oe.at());
        } else if (n.moved()) {
            state.sliding.moveIncident(n.fromCell(), oe.cell(), n.at());
            state.summary.moveIncident(n.fromCell(), oe.cell(), n.at());
        }
        boolean counted = n.begun() || n.moved();
        if (fusedInto != null) {
            state.fusion.fuse(fusedInto, oe);
        } else if (citizen) {
            state.fusion.start(oe, incident);
        }
        List<ObservedEvent> newCorroborating =
                incident.addCorroborating(state.nearby.bestOfOtherSources(oe).values());
        state.nearby.add(oe);
        return new Correlated(placed, oe, incident, fusedInto, started, counted, newCorroborating);
    }
}
