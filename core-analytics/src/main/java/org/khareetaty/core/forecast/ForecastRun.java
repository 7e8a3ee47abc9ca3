package org.khareetaty.core.forecast;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;

/**
 * Makes a forecast run to store ({@link StoredForecasts}): every series of a {@link SeriesSet} fitted
 * with the headline model ({@link ModelCatalog#headline}) on up to 1,092 days up to the as-of day, with
 * its parameters and its validation score beside the seasonal naive forecast's (each of the last 4
 * weeks of the window forecast from the days before it only, Tashman 2000).
 */
public final class ForecastRun {
    /** Weeks at the end of the training window that score each series. */
    public static final int VALIDATION_WEEKS = 4;

    /** Days of data a forecast needs: eight weeks to fit and four to validate on. */
    public static final int MIN_WINDOW = ZoneForecasts.MIN_DAYS + VALIDATION_WEEKS * SeasonalNaive.PERIOD;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ForecastRun() {}

    /** The run of {@code series} ({@code scope}'s) from the day after {@code asOf} (null: the last day). */
    public static StoredRun make(
            SeriesSet series,
            SeriesScope scope,
            LocalDate asOf,
            int horizon,
            HolidayCalendar holidays,
            ProgressListener progress) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        LocalDate day = asOf == null ? series.whole().last() : asOf;
        int available = series.whole().indexOf(day) + 1;
        int window = Math.min(BacktestSetup.WINDOW, available);
        if (window < MIN_WINDOW) {
            throw new IllegalArgumentException("only " + available + " days of data up to " + day
                    + ": a stored forecast needs " + MIN_WINDOW
                    + " (eight weeks and four to validate on)");
        }
        MedianPoint model = ModelCatalog.headline(holidays, series.whole());
        ZoneForecasts forecasts = ZoneForecasts.of(series, day, horizon, model);
        List<ZoneForecast> all = new ArrayList<>(forecasts.zones());
        all.add(forecasts.whole());
        List<DailySeries> data = new ArrayList<>(series.zones());
        data.add(series.whole());
        LocalDate origin = day.plusDays(1);
        List<StoredSeries> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            progress.checkCancelled();
            ZoneForecast z = all.get(i);
            double[] y = data.get(i).before(origin, window);
            out.add(scored(z, y, model.pooledWith(series.parentOf(z.zone())), origin, window));
            progress.update(new Progress(
                    "forecast " + scope.name(),
                    i + 1,
                    all.size(),
                    i + 1,
                    java.time.Duration.ofNanos(System.nanoTime() - t0)));
        }
        return new StoredRun(
                0,
                Instant.now(),
                scope.name(),
                scope.categories(),
                ModelCatalog.HEADLINE,
                holidays,
                day,
                horizon,
                window,
                (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9,
                false,
                out);
    }

    /**
     * One series fitted on demand exactly as a stored run fits it ({@link #make}): {@code counts} forecast by the
     * headline model on its last {@code window} days up to {@code asOf}, pooled with {@code parent} when under
     * one incident a day, with its validation weeks beside the seasonal naive forecast's; not stored.
     */
    public static StoredSeries one(
            DailySeries counts, DailySeries parent, LocalDate asOf, int window, int horizon, HolidayCalendar holidays) {
        if (window < MIN_WINDOW) {
            throw new IllegalArgumentException("only " + window + " days of data up to " + asOf
                    + ": a forecast needs " + MIN_WINDOW
                    + " (eight weeks and four to validate on)");
        }
        LocalDate origin = asOf.plusDays(1);
        CountModel own = ModelCatalog.headline(holidays, parent).pooledWith(parent);
        ZoneForecast z = ZoneForecasts.one(counts, origin, window, horizon, own, parent);
        return scored(z, counts.before(origin, window), own, origin, window);
    }

    /** A series of a run: its forecast {@code z} with the parameters and the validation weeks of {@code own} on {@code y}. */
    private static StoredSeries scored(ZoneForecast z, double[] y, CountModel own, LocalDate origin, int window) {
        ValidatedChoice validation = new ValidatedChoice(List.of(own), VALIDATION_WEEKS);
        ValidationWeeks weeks = new ValidationWeeks(
                validation.weeklyErrors(own, y, origin), validation.weeklyErrors(new SeasonalNaive(), y, origin));
        return new StoredSeries(
                z.zone(),
                own.moments(y, origin, 1).parameters(),
                origin.minusDays(window),
                origin.minusDays(1),
                mean(weeks.model()),
                mean(weeks.naive()),
                weeks,
                z.lowConfidence(),
                z.model(),
                z.expected(),
                z.naive().mean());
    }

    private static double mean(double[] x) {
        return java.util.Arrays.stream(x).average().orElseThrow();
    }
}
