package org.khareetaty.core.alert;

import java.time.Instant;
import java.util.Locale;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.enrich.Enricher;
import org.khareetaty.core.alert.enrich.Enrichment;
import org.khareetaty.core.alert.score.ThreatSeverity;
import org.khareetaty.core.event.Event;

/**
 * The pipeline's first step: the event's place (zones, H3 cell, nearest sensitive site, cell risk)
 * and its classified type and severity. Degraded mode: when the enrichment budget has passed once
 * the place is found, or the enrichment fails, the nearest site and the cell's risk are left out
 * (the spatial-sensitivity term is 0) and the event goes on to the confidence gates and the
 * priority rules like any other; its decisions say what was left out and why. The reason's text
 * holds no measured time, so the same stream leaves out the same parts with the same words.
 */
final class EnrichStep {
    /** What a degraded enrichment leaves out (the explanation's and the audit's words). */
    static final String LEFT_OUT = "nearest site and cell risk left out";

    private final Enricher enricher;
    private final ThreatSeverity severity;
    private final AlertConfig config;
    private final String overBudget;

    EnrichStep(Enricher enricher, ThreatSeverity severity, AlertConfig config) {
        this.enricher = enricher;
        this.severity = severity;
        this.config = config;
        this.overBudget = String.format(
                Locale.ROOT,
                "%s: enrichment over its budget of %.2f ms",
                LEFT_OUT,
                config.budget().enrichment().toNanos() / 1e6);
    }

    /**
     * An enriched event, and what was left out of it.
     *
     * @param enrichment what enrichment found (without the nearest site and the cell's risk when degraded)
     * @param observed   the event as the windows keep it (without its attributes, which no decision reads)
     * @param degraded   what was left out of the enrichment and why, or null
     */
    record Enriched(Event event, Enrichment enrichment, ObservedEvent observed, String degraded) {}

    /**
     * Enriches {@code e} against {@code state}'s stream time and risk; {@code replayDegraded} is
     * null for a live event, else whether the replayed one was enriched in part when first processed
     * (a replay has no budget: it leaves out what the live stream left out).
     */
    Enriched enrich(Event e, EngineState state, Boolean replayDegraded) {
        long start = System.nanoTime();
        Instant before = state.watermark.now();
        Instant streamNow = before == null || e.occurredAt().isAfter(before) ? e.occurredAt() : before;
        long budget =
                replayDegraded == null ? config.budget().enrichment().toNanos() : replayDegraded ? 0 : Long.MAX_VALUE;
        String degraded = null;
        Enrichment en;
        try {
            en = enricher.enrich(e, streamNow, state.risk, start, budget);
            if (!en.complete()) {
                degraded = replayDegraded == null ? overBudget : LEFT_OUT + " when first processed";
            }
        } catch (RuntimeException x) {
            en = Enrichment.failed(enricher.cellOf(e.lat(), e.lon()));
            degraded = "zones, " + LEFT_OUT + ": enrichment failed: " + x;
        }
        AlertConfig.TypeClass cls = severity.classify(e.type());
        ObservedEvent oe = new ObservedEvent(
                e.withoutAttributes(),
                en.cell(),
                e.type().strip().toLowerCase(Locale.ROOT),
                cls.category(),
                cls.severity(),
                en.spatial(),
                en.zone());
        return new Enriched(e, en, oe, degraded);
    }

    /** The cell of a point at the window resolution. */
    long cellOf(double lat, double lon) {
        return enricher.cellOf(lat, lon);
    }
}
