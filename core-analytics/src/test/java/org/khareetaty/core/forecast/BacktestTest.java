package org.khareetaty.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTest {
    static final LocalDate FIRST = LocalDate.of(2018, 12, 18);
    static final LocalDate ORIGIN = LocalDate.of(2019, 1, 1);

    // Two training weeks then the two target days 4, 1. Weekly differences |1|,1,0,0,1,1,0: Q = 4/7.
    static final int[] ZONE = {1, 0, 2, 0, 1, 0, 3, 2, 1, 2, 0, 0, 1, 3, 4, 1};

    static SeriesSet set() {
        int[] whole = new int[ZONE.length];
        for (int i = 0; i < whole.length; i++) {
            whole[i] = 2 * ZONE[i];
        }
        return new SeriesSet(
                "test",
                List.of(new DailySeries("A", FIRST, ZONE)),
                new DailySeries(DailySeries.WHOLE_AREA, FIRST, whole));
    }

    static final BacktestSetup SETUP = new BacktestSetup(List.of(ORIGIN), 14, 2);

    /** Knows the answers: forecasts the targets exactly, so its MASE is 0 and it beats snaive. */
    static final class Oracle implements Forecaster {
        @Override
        public String name() {
            return "oracle";
        }

        @Override
        public Forecast forecast(double[] y, int horizon) {
            double[] m = {ZONE[14] * (y[6] == 3 ? 1 : 2), ZONE[15] * (y[6] == 3 ? 1 : 2)};
            return new Forecast("oracle", m, m, m, m, m);
        }
    }

    @Test
    void scalesErrorsByTheInSampleWeeklyNaiveError() {
        BacktestResult r = Backtest.run(set(), SETUP, List.of(new Oracle()), "oracle");
        ModelScore s = r.model("snaive");
        // snaive forecasts 2, 1 (the same weekdays a week before); errors 2, 0; scaled 2 / (4/7) = 3.5, 0.
        assertEquals(1.75, s.mase(), 1e-12);
        assertEquals(1.0, s.mae(), 1e-12);
        // the whole area is twice the zone: errors 4, 0, scale 8/7: the same MASE, twice the MAE
        assertEquals(1.75, s.maseWhole(), 1e-12);
        assertEquals(2.0, s.maeWhole(), 1e-12);
        assertEquals(List.of(3.5, 0.0), s.maseByHorizon());
        ModelScore o = r.model("oracle");
        assertEquals(0, o.mase());
        assertEquals(0, o.relSnaive());
        assertEquals(1.0, o.beatsSnaive());
        assertEquals(1.0, o.cover80());
        assertEquals("oracle", r.chosen());
    }

    @Test
    void aSeriesWithoutWeeklyChangeHasNoScaleAndIsNamed() {
        int[] flat = new int[16];
        SeriesSet s = new SeriesSet(
                "test",
                List.of(new DailySeries("quiet", FIRST, flat)),
                new DailySeries(DailySeries.WHOLE_AREA, FIRST, ZONE));
        var e = assertThrows(IllegalArgumentException.class, () -> Backtest.run(s, SETUP, List.of(), "snaive"));
        assertEquals(
                "series quiet has the same count on every weekday of the 14 days before 2019-01-01 (no MASE scale): "
                        + "choose a larger zone layer or a wider --window",
                e.getMessage());
    }
}
