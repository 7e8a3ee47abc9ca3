package org.khareetaty.core.alert;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.enrich.Enrichment;
import org.khareetaty.core.alert.geofence.Geofence;
import org.khareetaty.core.alert.score.ThreatSeverity;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.taxonomy.Taxonomy;

/**
 * The engine's place, correlate and decide steps on a state of their own, without a store: events
 * are enriched as in a store without boundary layers or sensitive sites, and a raised alert is given
 * an id as the writer gives it ({@link #stored}).
 */
final class Decisions {
    final AlertConfig config;
    final AlertStates states = new AlertStates();
    final EngineState state;
    private final ThreatSeverity severity;
    private final PlaceStep place;
    private final CorrelateStep correlate = new CorrelateStep();
    private final DecideStep decide;
    private long nextId = 1;

    Decisions(AlertConfig config, List<Geofence> fences) {
        this.config = config;
        this.state = new EngineState(config, fences);
        this.severity = new ThreatSeverity(config.types(), Taxonomy.builtIn());
        this.place = new PlaceStep(config);
        this.decide = new DecideStep(
                config,
                new DedupOrRaise(
                        states, config.degradedPriority(), config.windows().sessionMaxEvents() * 2));
    }

    /** The decisions about {@code e}, its raised alerts stored. */
    List<Draft> decide(Event e) {
        List<Draft> drafts = decide.decide(correlate.correlate(place.place(enriched(e), state), state), state, false)
                .drafts();
        for (Draft d : drafts) {
            if (d.newAlert) {
                stored(d);
            }
        }
        return drafts;
    }

    /** What the writer does to a raised alert: gives it an id and notes its linked events. */
    private void stored(Draft d) {
        d.alert.id = nextId++;
        d.alert.linked.addAll(d.links.keySet());
    }

    /** {@code e} enriched as the engine's enricher does where there are no boundaries and no sites: its cell and the cell's risk. */
    private EnrichStep.Enriched enriched(Event e) {
        long cell = H3Cells.h3().latLngToCell(e.lat(), e.lon(), config.windows().cellResolution());
        Instant now = state.watermark.now();
        double cellRisk = state.risk.riskAt(cell, now != null && now.isAfter(e.occurredAt()) ? now : e.occurredAt());
        double riskTerm = state.risk.term(cellRisk);
        Enrichment en = new Enrichment(Map.of(), null, cell, null, 0, cellRisk, riskTerm, riskTerm, true);
        AlertConfig.TypeClass cls = severity.classify(e.type());
        ObservedEvent oe = new ObservedEvent(
                e, cell, e.type().toLowerCase(Locale.ROOT), cls.category(), cls.severity(), riskTerm, null);
        return new EnrichStep.Enriched(e, en, oe, null);
    }

    /** The single draft of kind {@code kind} in {@code ds}. */
    static Draft only(List<Draft> ds, DecisionKind kind) {
        List<Draft> of = ds.stream().filter(d -> d.kind == kind).toList();
        if (of.size() != 1) {
            throw new AssertionError("expected one " + kind + " decision in "
                    + ds.stream().map(d -> d.kind + ": " + d.reason).toList());
        }
        return of.get(0);
    }
}
