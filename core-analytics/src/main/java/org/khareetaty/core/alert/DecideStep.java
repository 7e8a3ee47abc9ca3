package org.khareetaty.core.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
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

/**
 * The pipeline's fourth step: every decision about one event, in the order they are stored. A late
 * event is logged as late; the event's incident is assessed against the confidence gates and scored
 * ({@link IncidentDecision}); a citizen report fused into a group says so; each geofence it fires
 * alerts ({@link GeofenceDecision}); a new incident may make its cell a spike ({@link SpikeDecision}).
 * A decision step that fails, or overruns its budget, lets the event through unscored instead of
 * dropping it. Touches no store: the decisions are values the writer stores.
 */
final class DecideStep {
    private final AlertConfig config;
    private final IncidentAssessor assessor;
    private final DedupOrRaise policy;
    private final IncidentDecision incidents;
    private final GeofenceDecision geofences;
    private final SpikeDecision spikes;

    DecideStep(AlertConfig config, DedupOrRaise policy) {
        this.config = config;
        this.assessor = new IncidentAssessor(config);
        this.policy = policy;
        this.incidents = new IncidentDecision(policy);
        this.geofences = new GeofenceDecision(policy, config);
        this.spikes = new SpikeDecision(policy, config);
    }

    /**
     * An event's decisions, not yet stored.
     *
     * @param drafts   the decisions, in the order they are stored
     * @param degraded why the event passed unscored, or null
     */
    record Decided(List<Draft> drafts, String degraded) {}

    /** The decisions about {@code c}'s event; a replay ({@code replay}) has no budget and takes open alerts as they are. */
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
            drafts.add(incidents.decide(c, a, state, now, degraded, replay));
            if (c.fusedInto() != null) {
                drafts.add(fused(oe, c.fusedInto(), c.incident().alert()));
            }
            for (GeofenceMonitor.Firing f : state.geofences.check(oe, !late)) {
                drafts.add(geofences.decide(f, oe, zones, a, state, now, degraded, replay));
            }
            Draft spike = c.started() ? spikes.decide(oe, state, now, degraded, replay) : null;
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
        if (degraded == null && !replay && nanos > config.budget().scoring().toNanos()) {
            degraded = String.format(
                    Locale.ROOT,
                    "scoring took %.2f ms, over its budget of %.2f ms",
                    nanos / 1e6,
                    config.budget().scoring().toNanos() / 1e6);
            passThrough(drafts, c, degraded);
        }
        Enrichment en = enriched.enrichment();
        String why = degraded;
        Supplier<ExplanationDocument.Trigger> place = () -> AlertContents.trigger(oe, en, why);
        for (Draft d : drafts) {
            if (d.content != null) {
                d.content = d.content.explaining(place);
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

    /** A scoring overrun: suppressions pass through as unscored alerts, the other alerts lose their score. */
    private void passThrough(List<Draft> drafts, CorrelateStep.Correlated c, String why) {
        for (ListIterator<Draft> it = drafts.listIterator(); it.hasNext(); ) {
            Draft d = it.next();
            if (d.kind == DecisionKind.SUPPRESSED) {
                it.set(incidents.passThrough(d, c.incident(), why, c.placed().late()));
            } else if (d.content != null && d.alert != null) {
                d.content = d.content.unscored(config.degradedPriority(), why);
            }
        }
    }

    /** A duration as the reasons print it: {@code 5m30s}, {@code 45s}. */
    static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
