package org.khareetaty.core.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.enrich.Enrichment;
import org.khareetaty.core.alert.explain.ExplanationDocument;
import org.khareetaty.core.alert.gate.Assessment;
import org.khareetaty.core.alert.gate.IncidentAssessor;
import org.khareetaty.core.alert.geofence.GeofenceMonitor;
import org.khareetaty.core.alert.incident.ReportGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's fourth step: every decision about one event, in the order they are stored. A late
 * event is logged as late; the event's incident is assessed against the confidence gates and scored
 * ({@link IncidentDecision}); a citizen report fused into a group says so; each geofence it fires
 * alerts ({@link GeofenceDecision}); an event that begins a distinct incident may make its cell a spike
 * ({@link SpikeDecision}).
 * An event enriched in part (degraded mode, {@link EnrichStep}) is decided by the same gates and
 * rules; each of its decisions says what was left out. A decision step that fails lets the event
 * through unscored instead of dropping it. One that overruns its budget is only logged: its decisions
 * are made by then, and dropping any of them would make the same stream decide differently by the
 * machine's load. Touches no store: the decisions are values the writer stores.
 */
final class DecideStep {
    private static final Logger LOG = LoggerFactory.getLogger(DecideStep.class);
    private final AlertConfig config;
    private final IncidentAssessor assessor;
    private final DedupOrRaise policy;
    private final IncidentDecision incidents;
    private final GeofenceDecision geofences;
    private final SpikeDecision spikes;

    /** Deciding with the spike prediction's expectation from the rolling summary alone (no store history). */
    DecideStep(AlertConfig config, DedupOrRaise policy) {
        this(config, policy, null);
    }

    /** Deciding with {@code history} as the spike prediction's hour-of-week expectation (null: none). */
    DecideStep(AlertConfig config, DedupOrRaise policy, WeekHourExpectation history) {
        this.config = config;
        this.assessor = new IncidentAssessor(config);
        this.policy = policy;
        this.incidents = new IncidentDecision(policy);
        this.geofences = new GeofenceDecision(policy, config);
        this.spikes = new SpikeDecision(policy, config, history);
    }

    /**
     * An event's decisions, not yet stored.
     *
     * @param drafts   the decisions, in the order they are stored
     * @param degraded what its enrichment left out and why, or why it passed unscored (scoring failed), or null
     */
    record Decided(List<Draft> drafts, String degraded) {}

    /** The decisions about {@code c}'s event; a replay ({@code replay}) takes open alerts as they are. */
    Decided decide(CorrelateStep.Correlated c, EngineState state, boolean replay) {
        long start = System.nanoTime();
        PlaceStep.Placed placed = c.placed();
        EnrichStep.Enriched enriched = placed.enriched();
        Map<String, String> zones = enriched.enrichment().zones();
        ObservedEvent oe = c.observed();
        boolean late = placed.late();
        String degraded = enriched.degraded();
        List<Draft> drafts = new ArrayList<>();
        if (late) {
            drafts.add(new Draft(
                    DecisionKind.LATE,
                    oe,
                    null,
                    false,
                    null,
                    String.format(
                            Locale.ROOT,
                            "occurred %s before stream time (allowed lateness %s): not placed in windows, assessed alone",
                            human(placed.lateness()),
                            human(config.windows().allowedLateness())),
                    List.of(oe.id())));
        }
        Instant now = state.watermark.now() == null ? oe.at() : state.watermark.now();
        try {
            Assessment a = assessor.assess(c.incident(), now);
            drafts.add(incidents.decide(c, a, state, now, replay));
            if (c.fusedInto() != null) {
                drafts.add(fused(oe, c.fusedInto(), c.incident().alert()));
            }
            for (GeofenceMonitor.Firing f : state.geofences.check(oe, !late)) {
                drafts.add(geofences.decide(f, oe, zones, a, state, now, replay));
            }
            Draft spike = c.counted() ? spikes.decide(oe, state, now, replay) : null;
            if (spike != null) {
                drafts.add(spike);
            }
        } catch (RuntimeException x) {
            // a model step failed: the event still reaches the analyst, unscored, instead of being dropped
            degraded = "scoring failed: " + x;
            drafts.removeIf(d -> d.kind != DecisionKind.LATE);
            AlertType type = oe.event().source().hardware() ? AlertType.SENSOR : AlertType.ANOMALY;
            drafts.add(policy.raise(
                    DecisionKind.RAISED,
                    (late ? "event:" : "failed:") + oe.id(),
                    oe,
                    state.contents.bare(oe, zones, type),
                    degraded,
                    "unscored: " + degraded,
                    replay));
        }
        long nanos = System.nanoTime() - start;
        if (!replay && nanos > config.budget().scoring().toNanos() && LOG.isDebugEnabled()) {
            LOG.debug(
                    "event {}: deciding took {} ms, over its budget of {} ms (nothing left out)",
                    oe.id(),
                    nanos / 1e6,
                    config.budget().scoring().toNanos() / 1e6);
        }
        Enrichment en = enriched.enrichment();
        String why = degraded;
        Supplier<ExplanationDocument.Trigger> place = () -> AlertContents.trigger(oe, en, why);
        for (Draft d : drafts) {
            if (d.content != null) {
                d.content = d.content.explaining(place);
            }
            if (enriched.degraded() != null) {
                d.reason = d.reason + "; " + enriched.degraded();
            }
        }
        return new Decided(drafts, degraded);
    }

    /** A citizen report fused into an earlier group of its incident, whose alert is {@code alert} (or null). */
    private static Draft fused(ObservedEvent oe, ReportGroup g, OpenAlert alert) {
        ReportGroup.Verdict v = g.verdict();
        Draft fused = new Draft(
                DecisionKind.FUSED,
                oe,
                alert,
                false,
                null,
                String.format(
                        Locale.ROOT,
                        "fused into citizen-report group %s: %d reports from %d reporters, classified %s (votes %s, confidence %.2f)",
                        g.id(),
                        g.size(),
                        v.reporters(),
                        v.type(),
                        v.votes(),
                        v.confidence()),
                g.reportIds());
        if (alert != null) {
            fused.state = alert.state;
        }
        return fused;
    }

    /** A duration as the reasons print it: {@code 5m30s}, {@code 45s}. */
    static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
