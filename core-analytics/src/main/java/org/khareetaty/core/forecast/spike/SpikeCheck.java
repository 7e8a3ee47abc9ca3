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

    /** Every series of {@code set} (zones, then the whole area) on {@code day}. */
    public static List<Spike> on(SeriesSet set, LocalDate day, Forecaster model, int window) {
        List<Spike> out = new ArrayList<>();
        for (DailySeries s : set.zones()) {
            out.add(check(s.name(), s.first(), s.counts(), day, model, window));
        }
        out.add(check(set.whole().name(), set.whole().first(), set.whole().counts(), day, model, window));
        return out;
    }

    /**
     * The series {@code counts} (from {@code first}) on {@code day}, the model fitted on the whole weeks of
     * the {@code window} days before it (fewer when the series is shorter; at least 28).
     */
    public static Spike check(String zone, LocalDate first, int[] counts, LocalDate day, Forecaster model, int window) {
        int at = (int) java.time.temporal.ChronoUnit.DAYS.between(first, day);
        if (at < 28 || at >= counts.length) {
            throw new IllegalArgumentException(
                    zone + " has no count on " + day + " with 28 days before it (its series: " + first + " .. "
                            + first.plusDays(counts.length - 1L) + ")");
        }
        int days = Math.min(window, at) / 7 * 7;
        double[] y = new double[days];
        for (int i = 0; i < days; i++) {
            y[i] = counts[at - days + i];
        }
        Forecast f = model.forecast(y, day, 1);
        double expected = Math.max(0, f.mean()[0]);
        int x = counts[at];
        double score = 2 * (Math.sqrt(x) - Math.sqrt(expected));
        return new Spike(zone, day, x, expected, f.hi95()[0], score, score > THRESHOLD);
    }
}
