package org.khareetaty.core.alert;

import java.time.Instant;
import java.util.Locale;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.score.SpikePrediction;
import org.khareetaty.core.alert.window.RollingSummary;
import org.khareetaty.core.alert.window.SlidingCounts;

/**
 * Decides whether a new incident makes its cell's sliding window a spike: its incidents against
 * those expected (at least the baseline floor) from the cell's rate over the rolling summary before
 * the window, or with {@code spike.expectation = "hour_of_week"} from the cell's mean in the same
 * hours of the week over the store's history ({@link WeekHourExpectation}; the summary while the
 * store holds less than a week). Over the spike gate it is a spike alert, under it a trend watch; an
 * alert of the cell touched within the spike dedup gap is updated instead.
 */
final class SpikeDecision {
    private final DedupOrRaise policy;
    private final AlertConfig config;

    private final WeekHourExpectation history;

    /** With {@code history} the hour-of-week expectation when configured so (null: the summary's). */
    SpikeDecision(DedupOrRaise policy, AlertConfig config, WeekHourExpectation history) {
        this.policy = policy;
        this.config = config;
        this.history = config.spike().expectation() == AlertConfig.SpikeExpectation.HOUR_OF_WEEK ? history : null;
    }

    /** The decision about the cell of {@code oe}, which began a distinct incident, or null when its window is no spike. */
    Draft decide(ObservedEvent oe, EngineState state, Instant now, boolean replay) {
        AlertConfig.Spike s = config.spike();
        SlidingCounts sliding = state.sliding;
        boolean fromHistory = history != null && history.holdsAt(now);
        Instant first = state.watermark.firstSeen();
        long historyMs = now.toEpochMilli() - first.toEpochMilli();
        if (!fromHistory
                && (historyMs < s.minHistory().toMillis()
                        || historyMs <= sliding.length().toMillis())) {
            return null;
        }
        Instant end = sliding.windowEndFor(oe.at());
        SlidingCounts.Totals w = sliding.totals(oe.cell(), end);
        if (w.incidents() < s.minIncidents()) {
            return null;
        }
        double slidingHours = sliding.length().toMillis() / 3_600_000.0;
        Instant windowStart = end.minus(sliding.length());
        double rate;
        String basis;
        if (fromHistory) {
            rate = Math.max(s.baselineFloorPerHour(), history.expected(oe.cell(), windowStart, end) / slidingHours);
            basis = String.format(
                    Locale.ROOT, "floored at %.2f, from %s", s.baselineFloorPerHour(), history.words(windowStart, end));
        } else {
            double summaryHours = Math.min(config.windows().summary().toMillis(), historyMs) / 3_600_000.0;
            double baseHours = summaryHours - slidingHours;
            Instant summaryStart = RollingSummary.hourOf(now)
                    .plusSeconds(3600)
                    .minus(config.windows().summary());
            int before = state.summary.cellIncidents(oe.cell(), summaryStart, RollingSummary.hourOf(windowStart));
            rate = Math.max(s.baselineFloorPerHour(), before / Math.max(baseHours, 1e-9));
            basis = String.format(Locale.ROOT, "over %.1f h", baseHours);
        }
        double expected = rate * slidingHours;
        if (w.incidents() < s.minRatio() * expected) {
            return null;
        }
        SpikePrediction p = SpikePrediction.of(w.incidents(), expected);
        boolean spike = p.confidence() >= config.gates().spikeMinConfidence();
        OpenAlert open = policy.stillOpen(state.spikeAlerts.get(oe.cell()), oe.at(), s.dedupGap(), replay);
        AlertContent content = state.contents.forSpike(
                oe, w, p, rate, fromHistory ? history.words(windowStart, end) : null, spike, end, now);
        String why = String.format(
                Locale.ROOT,
                "%s: %d incidents in the %s to %s window of cell %x against %.2f expected "
                        + "(%.2f per hour %s), confidence %.2f %s %.2f",
                spike ? "spike" : "trend watch",
                w.incidents(),
                windowStart,
                end,
                oe.cell(),
                expected,
                rate,
                basis,
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
