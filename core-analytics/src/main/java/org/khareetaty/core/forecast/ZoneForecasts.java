package org.khareetaty.core.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Daily count forecasts for every zone of a {@link SeriesSet} and the whole area, from the day after
 * {@code asOf}: the chosen model beside the seasonal naive baseline, each fitted on up to the
 * protocol's 1,092 days up to {@code asOf}.
 *
 * @param asOf           the last day of data used
 * @param window         training days used
 * @param zones          one forecast per zone with a series
 * @param whole          the whole area's
 * @param withoutHistory zones not forecast: not present in every calendar year of the data
 */
public record ZoneForecasts(
        String layer,
        LocalDate asOf,
        int window,
        List<ZoneForecast> zones,
        ZoneForecast whole,
        List<String> withoutHistory) {
    /** At least eight weeks of data before a zone is forecast. */
    public static final int MIN_DAYS = 56;
    /** Under this mean count per day a zone's forecast is flagged as low confidence. */
    public static final double SPARSE = 1.0;

    /** The forecast days: {@code asOf + 1 .. asOf + horizon}. */
    public List<LocalDate> days() {
        List<LocalDate> out = new ArrayList<>();
        for (int h = 1; h <= whole.model().horizon(); h++) {
            out.add(asOf.plusDays(h));
        }
        return out;
    }

    /** Forecasts {@code series} with {@code model} for {@code horizon} days after {@code asOf} (null: the last day). */
    public static ZoneForecasts of(SeriesSet series, LocalDate asOf, int horizon, Forecaster model) {
        LocalDate last = series.whole().last();
        LocalDate day = asOf == null ? last : asOf;
        if (day.isAfter(last) || day.isBefore(series.whole().first())) {
            throw new IllegalArgumentException(
                    "--as-of " + day + " is outside the data (" + series.whole().first() + " .. " + last + ")");
        }
        int available = series.whole().indexOf(day) + 1;
        if (available < MIN_DAYS) {
            throw new IllegalArgumentException("only " + available + " days of data up to " + day
                    + ": a forecast needs " + MIN_DAYS + " (eight weeks)");
        }
        if (horizon < 1 || horizon > 14) {
            throw new IllegalArgumentException("--horizon must be 1..14 days, not " + horizon);
        }
        int window = Math.min(BacktestSetup.WINDOW, available);
        LocalDate origin = day.plusDays(1);
        List<ZoneForecast> zones = new ArrayList<>();
        for (DailySeries d : series.zones()) {
            zones.add(one(d, origin, window, horizon, model, series.parentOf(d.name())));
        }
        return new ZoneForecasts(
                series.layer(),
                day,
                window,
                zones,
                one(series.whole(), origin, window, horizon, model, series.whole()),
                series.withoutHistory());
    }

    /** The forecast of {@code d} from {@code origin} by {@code headline} pooled with {@code parent}. */
    static ZoneForecast one(
            DailySeries d, LocalDate origin, int window, int horizon, Forecaster headline, DailySeries parent) {
        Forecaster model = headline.pooledWith(parent);
        double[] y = d.before(origin, window);
        double recent = 0;
        for (int t = y.length - 28; t < y.length; t++) {
            recent += y[t] / 28;
        }
        Forecast f = model.forecast(y, origin, horizon);
        double[] expected =
                model instanceof CountModel m ? m.moments(y, origin, horizon).mean() : f.mean();
        return new ZoneForecast(
                d.name(),
                f,
                expected,
                new SeasonalNaive().forecast(y, horizon),
                recent,
                recent < SPARSE || f.model().startsWith("pooled"),
                f.model().startsWith("pooled") ? parent.name() : null);
    }
}
