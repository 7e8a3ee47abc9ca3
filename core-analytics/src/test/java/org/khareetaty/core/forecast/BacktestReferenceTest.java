package org.khareetaty.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.testing.SharedData;

/**
 * The harness against the reference on the real file: protocol A of the shared bench's
 * FORECAST_PROTOCOL.md, whose seasonal naive forecast is deterministic, so every figure must be R
 * forecast 8.20's ({@code Rscript r_forecast_backtest.R --models=snaive}, its {@code summary.csv}, run on
 * this machine; the protocol publishes the same figures to three decimals).
 */
class BacktestReferenceTest {
    static SeriesSet series;

    @BeforeAll
    static void read() {
        series = SourceDistrictSeries.read(SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz"));
    }

    @Test
    void seriesAreTheProtocolsTwentyTwoDistrictsAndTheCityOverTenYears() {
        assertEquals(
                List.of(
                        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "14", "15", "16", "17", "18",
                        "19", "20", "22", "24", "25"),
                series.zones().stream().map(DailySeries::name).toList());
        assertEquals(LocalDate.of(2010, 1, 1), series.whole().first());
        assertEquals(LocalDate.of(2019, 12, 31), series.whole().last());
        assertEquals(3652, series.whole().counts().length);
        assertEquals(148_636, java.util.Arrays.stream(series.whole().counts()).sum(), "the city counts every row");
        int zeros = 0;
        for (DailySeries d : series.zones()) {
            for (int c : d.counts()) {
                zeros += c == 0 ? 1 : 0;
            }
        }
        assertEquals(20_017, zeros, "zero-count district-days, as the reference prints");
    }

    @Test
    void seasonalNaiveReproducesTheReferenceOnTheDefaultThirteenOrigins() {
        BacktestResult r = Backtest.run(series, BacktestSetup.protocol(), List.of(), "snaive");
        assertEquals(13, r.setup().origins().size());
        assertEquals(LocalDate.of(2019, 12, 3), r.setup().origins().get(12));
        assertEquals(2002, r.targets());
        ModelScore s = r.model("snaive");
        assertEquals(1.00813588254891, s.mase(), 1e-12);
        assertEquals(0.952319786221453, s.maseWhole(), 1e-12);
        assertEquals(1.48401598401598, s.mae(), 1e-12);
        assertEquals(8.56043956043956, s.maeWhole(), 1e-12);
        assertEquals(1584.0 / 2002, s.cover80(), 1e-15);
        assertEquals(1879.0 / 2002, s.cover95(), 1e-15);
        assertEquals(75.0 / 91, s.cover80Whole(), 1e-15);
        assertEquals(87.0 / 91, s.cover95Whole(), 1e-15);
        assertEquals(1.037, s.maseByHorizon().get(0), 5e-4, "h = 1 as the reference prints it");
        assertEquals(1.032, s.maseByZone().get(18), 5e-4, "district 20 as the reference prints it");
    }

    @Test
    void seasonalNaiveReproducesTheReferenceOnAllFiftyTwoOrigins() {
        BacktestSetup all = new BacktestSetup(
                BacktestSetup.parseOrigins("2019-01-01..2019-12-24", 1), BacktestSetup.WINDOW, BacktestSetup.HORIZON);
        ModelScore s = Backtest.run(series, all, List.of(), "snaive").model("snaive");
        assertEquals(1.01661149795543, s.mase(), 1e-12);
        assertEquals(0.972660200018761, s.maseWhole(), 1e-12);
        assertEquals(1.48526473526474, s.mae(), 1e-12);
        assertEquals(8.74175824175824, s.maeWhole(), 1e-12);
        assertEquals(0.789335664335664, s.cover80(), 1e-12);
        assertEquals(0.94005994005994, s.cover95(), 1e-12);
        assertEquals(0.807692307692308, s.cover80Whole(), 1e-12);
        assertEquals(0.956043956043956, s.cover95Whole(), 1e-12);
    }
}
