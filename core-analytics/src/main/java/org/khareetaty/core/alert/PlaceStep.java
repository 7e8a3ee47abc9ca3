package org.khareetaty.core.alert;

import java.time.Duration;
import org.khareetaty.core.alert.config.AlertConfig;

/**
 * The pipeline's second step: places the event in stream time and the windows (tumbling, sliding,
 * rolling summary). An event later than the allowed lateness is kept out of them and assessed alone.
 */
final class PlaceStep {
    private final Duration allowedLateness;

    PlaceStep(AlertConfig config) {
        this.allowedLateness = config.windows().allowedLateness();
    }

    /**
     * An event placed, or kept out as late.
     *
     * @param lateness how far behind stream time it occurred
     * @param late     true when that is beyond the allowed lateness: not placed
     */
    record Placed(EnrichStep.Enriched enriched, Duration lateness, boolean late) {}

    Placed place(EnrichStep.Enriched en, EngineState state) {
        ObservedEvent oe = en.observed();
        Duration lateness = state.watermark.lateness(oe.at());
        boolean late = lateness.compareTo(allowedLateness) > 0;
        if (!late) {
            state.watermark.advance(oe.at());
            state.tumbling.add(oe.cell(), oe.at());
            state.sliding.add(
                    oe.cell(), oe.at(), oe.severity(), oe.event().source().ordinal());
            state.summary.add(oe.cell(), oe.at(), oe.event().source(), oe.category());
        }
        return new Placed(en, lateness, late);
    }
}
