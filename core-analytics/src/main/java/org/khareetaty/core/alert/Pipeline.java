package org.khareetaty.core.alert;

import java.time.Instant;
import java.util.List;
import org.khareetaty.core.event.Event;

/**
 * One event's way through the engine's steps: enrich, place, correlate, decide. What it returns is
 * ready for the writer, the last step; the same way serves the live stream and the replay that
 * rebuilds the state after a restart (which stores nothing).
 */
final class Pipeline {
    private final EnrichStep enrich;
    private final PlaceStep place;
    private final CorrelateStep correlate;
    private final DecideStep decide;

    Pipeline(EnrichStep enrich, PlaceStep place, CorrelateStep correlate, DecideStep decide) {
        this.enrich = enrich;
        this.place = place;
        this.correlate = correlate;
        this.decide = decide;
    }

    /**
     * An event processed, not yet stored: its row, its decisions, and the time of each step.
     *
     * @param row    the event's stored row
     * @param drafts its decisions, in the order they are stored
     */
    record Processed(
            AlertWriter.EventRow row,
            List<Draft> drafts,
            long enrichNanos,
            long placeNanos,
            long correlateNanos,
            long decideNanos) {}

    /**
     * Runs {@code e} through the steps on {@code state}; {@code replayDegraded} is null for a live
     * event, else the flag stored with a replayed one (enriched in part, or unscored).
     */
    Processed run(Event e, Instant receivedAt, Boolean replayDegraded, EngineState state) {
        long t0 = System.nanoTime();
        EnrichStep.Enriched enriched = enrich.enrich(e, state, replayDegraded);
        long t1 = System.nanoTime();
        PlaceStep.Placed placed = place.place(enriched, state);
        long t2 = System.nanoTime();
        CorrelateStep.Correlated correlated = correlate.correlate(placed, state);
        long t3 = System.nanoTime();
        DecideStep.Decided decided = decide.decide(correlated, state, replayDegraded != null);
        long t4 = System.nanoTime();
        boolean late = placed.late();
        AlertWriter.EventRow row = new AlertWriter.EventRow(
                e,
                receivedAt,
                enriched.enrichment().zone(),
                enriched.enrichment().cell(),
                late ? null : correlated.incident().id(),
                late,
                decided.degraded() != null);
        state.sweepIfDue();
        return new Processed(row, decided.drafts(), t1 - t0, t2 - t1, t3 - t2, t4 - t3);
    }

    /** The cell of a point at the window resolution. */
    long cellOf(double lat, double lon) {
        return enrich.cellOf(lat, lon);
    }
}
