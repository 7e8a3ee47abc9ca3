package org.khareetaty.core.forecast;

import java.util.List;

/**
 * The forecasting models by the names the command line and the stored forecasts use, and the headline
 * model {@link #HEADLINE}: the count regression's median, sparse series pooled with their parent zone
 * (a beat's district; the whole area for a layer without parents) (chosen on the 2018 backtest,
 * docs/forecast.md); {@code glm-median-area} pools them with the whole area.
 */
public final class ModelCatalog {
    /** The model forecasts are made and stored with. */
    public static final String HEADLINE = "glm-median";
    /** Every name {@link #of} knows. */
    public static final List<String> NAMES =
            List.of("snaive", "ets", "ets-all", "chosen", "glm", "combo", HEADLINE, "glm-median-area");
    /** Series under this many incidents a day are pooled with their parent. */
    public static final double SPARSE = 1.0;

    private ModelCatalog() {}

    /**
     * The model called {@code name}, with the holidays of {@code calendar} and {@code parent} (the whole
     * area) to pool sparse series with.
     */
    public static Forecaster of(String name, HolidayCalendar calendar, DailySeries parent) {
        return switch (name) {
            case "snaive" -> new SeasonalNaive();
            case "ets" -> new Ets();
            case "ets-all" -> new Named("ets-all", new Ets(EtsForm.ALL));
            case "chosen" -> new ValidatedChoice(List.of(new Ets(), new SeasonalNaive()), 4);
            case "glm" -> new CountRegression(calendar);
            case "combo" -> new Combination("combo", List.of(new Ets(), new CountRegression(calendar)));
            case HEADLINE -> headline(calendar, parent);
            case "glm-median-area" -> new WholeAreaPooling("glm-median-area", headline(calendar, parent));
            default ->
                throw new IllegalArgumentException(
                        "unknown model '" + name + "': use one of " + String.join(", ", NAMES));
        };
    }

    /** The headline model: the median of the count regression, series under one a day pooled with {@code parent}. */
    public static MedianPoint headline(HolidayCalendar calendar, DailySeries parent) {
        return new MedianPoint(
                HEADLINE, new Pooled(new CountRegression(calendar), parent, SPARSE, BacktestSetup.WINDOW));
    }

    /**
     * The headline model as it was before parent zones: sparse series pooled with the whole area, whatever
     * their parent zone (the comparison of docs/forecast.md, "Pooling").
     */
    private record WholeAreaPooling(String name, CountModel model) implements CountModel {
        @Override
        public Moments moments(double[] y, java.time.LocalDate next, int horizon) {
            return model.moments(y, next, horizon);
        }

        @Override
        public Forecast forecast(double[] y, java.time.LocalDate next, int horizon) {
            return model.forecast(y, next, horizon);
        }
    }

    /** A model under another name, so that two settings of one model can be scored side by side. */
    private record Named(String name, CountModel model) implements CountModel {
        @Override
        public Moments moments(double[] y, java.time.LocalDate next, int horizon) {
            return model.moments(y, next, horizon);
        }
    }
}
