package org.khareetaty.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatedChoiceTest {
    /** Forecasts the window's mean every day. */
    static final class MeanModel implements Forecaster {
        @Override
        public String name() {
            return "mean";
        }

        @Override
        public Forecast forecast(double[] y, int horizon) {
            double m = java.util.Arrays.stream(y).average().orElse(0);
            double[] v = new double[horizon];
            java.util.Arrays.fill(v, m);
            return new Forecast("mean", v, v, v, v, v);
        }
    }

    @Test
    void aStrictWeeklyCycleIsLeftToTheSeasonalNaiveForecast() {
        double[] y = new double[70];
        for (int t = 0; t < y.length; t++) {
            y[t] = new int[] {1, 5, 2, 8, 3, 9, 4}[t % 7];
        }
        Forecast f = new ValidatedChoice(List.of(new MeanModel(), new SeasonalNaive()), 4).forecast(y, 7);
        assertEquals("snaive:snaive", f.model());
    }

    @Test
    void aFlatSeriesWithAnOddWeekGoesToTheMean() {
        // every day 4, but 8 on one day in each week of the last four: the seasonal naive forecast carries each
        // spike into the next week (errors 4 and 4 per week), the mean errs by about 4 only on the spike
        double[] y = new double[70];
        for (int t = 0; t < y.length; t++) {
            y[t] = t >= 42 && t % 7 == (t / 7) % 7 ? 8 : 4;
        }
        ValidatedChoice choice = new ValidatedChoice(List.of(new MeanModel(), new SeasonalNaive()), 4);
        assertEquals("mean:mean", choice.forecast(y, 7).model());
    }
}
