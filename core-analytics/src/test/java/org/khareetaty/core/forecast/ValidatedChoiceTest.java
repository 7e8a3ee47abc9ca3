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

    @Test
    void theValidationErrorIsTheMeanOfItsWeeksEachScoredApart() {
        // every day 4 but 8 on the last: each week's training window (42 days of 4) has a lag-7 scale of 0, so
        // errors are left unscaled; the seasonal naive forecast says 4 every day: weeks 1-3 err by 0, week 4 by
        // 4 on one day of 7 = 4/7; the mean over the 4 weeks is 1/7
        double[] y = new double[70];
        java.util.Arrays.fill(y, 4);
        y[69] = 8;
        ValidatedChoice choice = new ValidatedChoice(List.of(new SeasonalNaive()), 4);
        double[] weeks = choice.weeklyErrors(new SeasonalNaive(), y, null);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0, 0, 0, 4.0 / 7}, weeks, 1e-12);
        assertEquals(1.0 / 7, choice.validationError(new SeasonalNaive(), y, null), 1e-12);
        ValidationWeeks v = new ValidationWeeks(new double[] {0, 0, 0, 4.0 / 7}, weeks);
        assertEquals(0, v.beaten(), "equal errors do not beat the naive forecast");
        assertEquals(3, new ValidationWeeks(new double[] {0, 0, 0, 1}, new double[] {1, 1, 1, 1}).beaten());
    }
}
