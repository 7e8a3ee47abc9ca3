package org.khareetaty.core.alert;

import java.time.Instant;
import java.util.Locale;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.score.SpikePrediction;
import org.khareetaty.core.alert.window.RollingSummary;
import org.khareetaty.core.alert.window.SlidingCounts;

/**
 * Decides whether a new incident makes its cell's sliding window a spike: its incidents against
 * those expected from the cell's rate over the rolling summary before the window (at least the
 * baseline floor). Over the spike gate it is a spike alert, under it a trend watch; an alert of the
 * cell touched within the spike dedup gap is updated instead.
 */
final class SpikeDecision {
    private final DedupOrRaise policy;
    private final AlertConfig config;

    SpikeDecision(DedupOrRaise policy, AlertConfig config) {
        this.policy = policy;
        this.config = config;
    }

    /** The decision about the cell of {@code oe}, which started an incident, or null when its window is no spike. */
    Draft decide(ObservedEvent oe, EngineState state, Instant now, boolean replay) {
        AlertConfig.Spike s = config.spike();
        SlidingCounts sliding = state.sliding;
        Instant first = state.watermark.firstSeen();
        long historyMs = now.toEpochMilli() - first.toEpochMilli();
        if (historyMs < s.minHistory().toMillis()
                || historyMs <= sliding.length().toMillis()) {
            return null;
        }
        Instant end = sliding.windowEndFor(oe.at());
        SlidingCounts.Totals w = sliding.totals(oe.cell(), end);
        if (w.incidents() < s.minIncidents()) {
            return null;
        }
        double slidingHours = sliding.length().toMillis() / 3_600_000.0;
        double summaryHours = Math.min(config.windows().summary().toMillis(), historyMs) / 3_600_000.0;
        double baseHours = summaryHours - slidingHours;
        Instant windowStart = end.minus(sliding.length());
        Instant summaryStart = RollingSummary.hourOf(now)
                .plusSeconds(3600)
                .minus(config.windows().summary());
        int before = state.summary.cellIncidents(oe.cell(), summaryStart, RollingSummary.hourOf(windowStart));
        double rate = Math.max(s.baselineFloorPerHour(), before / Math.max(baseHours, 1e-9));
        double expected = rate * slidingHours;
        if (w.incidents() < s.minRatio() * expected) {
            return null;
        }
        SpikePrediction p = SpikePrediction.of(w.incidents(), expected);
        boolean spike = p.confidence() >= config.gates().spikeMinConfidence();
        OpenAlert open = policy.stillOpen(state.spikeAlerts.get(oe.cell()), oe.at(), s.dedupGap(), replay);
        AlertContent content = state.contents.forSpike(oe, w, p, rate, spike, end, now);
        String why = String.format(
                Locale.ROOT,
                "%s: %d incidents in the %s to %s window of cell %x against %.2f expected "
                        + "(%.2f per hour over %.1f h), confidence %.2f %s %.2f",
                spike ? "spike" : "trend watch",
                w.incidents(),
                windowStart,
                end,
                oe.cell(),
                expected,
                rate,
                baseHours,
                p.confidence(),
                spike ? ">=" : "below",
                config.gates().spikeMinConfidence());
        Draft d;
        if (open != null) {
            d = policy.update(open, oe, content, why);
        } else {
            d = policy.raise(
                    spike ? DecisionKind.RAISED : DecisionKind.TREND_WATCH,
                    "spike:" + Long.toHexString(oe.cell()) + ":" + oe.id(),
                    oe,
                    content,
                    null,
                    why,
                    replay);
            state.spikeAlerts.put(oe.cell(), d.alert);
        }
        d.link(oe.id(), "trigger", policy.linkCap());
        return d;
    }
}
