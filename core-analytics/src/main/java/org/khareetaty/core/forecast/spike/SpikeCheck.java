package org.khareetaty.core.forecast.spike;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.Forecast;
import org.khareetaty.core.forecast.Forecaster;
import org.khareetaty.core.forecast.SeriesSet;

/**
 * A day's count against expectation, per series: the model forecasts the day from the {@code window}
 * days before it (one step ahead), and the count is scored by the square-root (variance-stabilising)
 * transform of a Poisson count, {@code z = 2(√x − √λ)}, approximately standard normal under the null
 * (Freeman & Tukey 1950; the Poisson-deviation form of the CDC EARS-style detectors); {@code z > 3}
 * is an alarm. The model's 95% count interval gives the second reading, interval exceedance.
 */
public final class SpikeCheck {
    /** The score's alarm threshold. */
    public static final double THRESHOLD = 3;

    private SpikeCheck() {}

    /** Every series of {@code set} (zones, then the whole area): the {@code span} days ending on {@code day}. */
    public static List<Spike> on(SeriesSet set, LocalDate day, int span, Forecaster model, int window) {
        List<Spike> out = new ArrayList<>();
        for (DailySeries s : set.zones()) {
            out.add(check(s.name(), s.first(), s.counts(), day, span, model, window));
        }
        out.add(check(set.whole().name(), set.whole().first(), set.whole().counts(), day, span, model, window));
        return out;
    }

    /**
     * The series {@code counts} (from {@code first}): the incidents of the {@code span} days ending on
     * {@code day} against the sum of the model's forecasts of those days, fitted on the whole weeks of the
     * {@code window} days before the span (fewer when the series is shorter; at least 28). A span of one
     * day also gives the 95% interval; a longer span accumulates the evidence of a smaller, lasting rise.
     */
    public static Spike check(
            String zone, LocalDate first, int[] counts, LocalDate day, int span, Forecaster model, int window) {
        int end = (int) java.time.temporal.ChronoUnit.DAYS.between(first, day);
        int at = end - span + 1;
        if (span < 1 || at < 28 || end >= counts.length) {
            throw new IllegalArgumentException(zone + " has no " + span + " days up to " + day
                    + " with 28 days before them (its series: " + first + " .. " + first.plusDays(counts.length - 1L)
                    + ")");
        }
        int days = Math.min(window, at) / 7 * 7;
        double[] y = new double[days];
        for (int i = 0; i < days; i++) {
            y[i] = counts[at - days + i];
        }
        Forecast f = model.forecast(y, day.minusDays(span - 1L), span);
        double expected = 0;
        int x = 0;
        for (int k = 0; k < span; k++) {
            expected += Math.max(0, f.mean()[k]);
            x += counts[at + k];
        }
        double score = 2 * (Math.sqrt(x) - Math.sqrt(expected));
        double lo95 = span == 1 ? f.lo95()[0] : Double.NaN;
        double hi95 = span == 1 ? f.hi95()[0] : Double.NaN;
        return new Spike(zone, day, span, x, expected, lo95, hi95, score, score > THRESHOLD);
    }
}
