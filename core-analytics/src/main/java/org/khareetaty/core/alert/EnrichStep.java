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
 * and its classified type and severity. An enrichment that fails or overruns its budget leaves the
 * event unscored instead of dropping it.
 */
final class EnrichStep {
    private final Enricher enricher;
    private final ThreatSeverity severity;
    private final AlertConfig config;

    EnrichStep(Enricher enricher, ThreatSeverity severity, AlertConfig config) {
        this.enricher = enricher;
        this.severity = severity;
        this.config = config;
    }

    /**
     * An enriched event, or why it passes unscored.
     *
     * @param enrichment what enrichment found (its cell only, when it failed)
     * @param observed   the event as the windows keep it (without its attributes, which no decision reads)
     * @param degraded   why the event is unscored, or null
     */
    record Enriched(Event event, Enrichment enrichment, ObservedEvent observed, String degraded) {}

    /**
     * Enriches {@code e} against {@code state}'s stream time and risk; {@code replayUnscored} is
     * null for a live event, else the unscored flag stored with a replayed one (a replay has no budget).
     */
    Enriched enrich(Event e, EngineState state, Boolean replayUnscored) {
        long start = System.nanoTime();
        Instant before = state.watermark.now();
        Instant streamNow = before == null || e.occurredAt().isAfter(before) ? e.occurredAt() : before;
        String degraded = null;
        Enrichment en;
        try {
            en = enricher.enrich(e, streamNow, state.risk);
        } catch (RuntimeException x) {
            en = Enrichment.failed(enricher.cellOf(e.lat(), e.lon()));
            degraded = "enrichment failed: " + x;
        }
        long nanos = System.nanoTime() - start;
        boolean replay = replayUnscored != null;
        if (degraded == null && !replay && nanos > config.budget().enrichment().toNanos()) {
            degraded = String.format(
                    Locale.ROOT,
                    "enrichment took %.2f ms, over its budget of %.2f ms",
                    nanos / 1e6,
                    config.budget().enrichment().toNanos() / 1e6);
        }
        if (replay && replayUnscored && degraded == null) {
            degraded = "unscored when first processed";
        }
        AlertConfig.TypeClass cls = severity.classify(e.type());
        ObservedEvent oe = new ObservedEvent(
                e.withoutAttributes(),
                en.cell(),
                e.type().strip().toLowerCase(Locale.ROOT),
                cls.category(),
                cls.severity(),
                en.complete() ? en.spatial() : 0,
                en.zone());
        return new Enriched(e, en, oe, degraded);
    }

    /** The cell of a point at the window resolution. */
    long cellOf(double lat, double lon) {
        return enricher.cellOf(lat, lon);
    }
}
