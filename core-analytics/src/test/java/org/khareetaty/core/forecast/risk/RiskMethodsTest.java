package org.khareetaty.core.forecast.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The methods, the ranking and the scores on a 3×3 grid of 150 m cells with hand-computed answers.
 * Incidents sit on cell centres (metres east and north of the origin 0°, 0°); the four corners span the
 * hull, so all nine cells are the universe, numbered row·3 + col from the south-west.
 */
class RiskMethodsTest {
    static final double METRES_PER_DEGREE = RiskGrid.EARTH_RADIUS * Math.PI / 180;
    static final int DAY = 110;

    /**
     * History: cell 0 three incidents on day 100, cell 2 two on day 101, cell 6 one on day 102, cell 8 one
     * on day 50; the forecast day 110 has one incident in cell 0 and one in cell 4 (the centre).
     */
    static RiskGrid grid() {
        int[] day = {100, 100, 100, 101, 101, 102, 50, DAY, DAY};
        double[][] at = {{0, 0}, {0, 0}, {0, 0}, {300, 0}, {300, 0}, {0, 300}, {300, 300}, {0, 0}, {150, 150}};
        double[] lon = new double[at.length];
        double[] lat = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            lon[i] = at[i][0] / METRES_PER_DEGREE;
            lat[i] = at[i][1] / METRES_PER_DEGREE;
        }
        return RiskGrid.of(RiskIncidents.sorted(day, lon, lat), 0, 0, 150);
    }

    @Test
    void gridNumbersTheNineCellsFromTheSouthWest() {
        RiskGrid g = grid();
        assertEquals(9, g.cells());
        assertEquals(9 * 0.0225, g.areaKm2(), 1e-12);
        assertEquals(1, g.countsOn(DAY)[0]);
        assertEquals(1, g.countsOn(DAY)[4]);
        assertEquals(300 / METRES_PER_DEGREE, g.centreLat(8), 1e-12);
    }

    @Test
    void naiveCountsTheYearAndRanksTiesByCellNumber() {
        assertArrayEquals(
                new double[] {3, 0, 2, 0, 0, 0, 1, 0, 1}, WindowCount.naive().score(grid(), DAY));
        assertArrayEquals(
                new int[] {0, 2, 6, 8, 1, 3, 4, 5, 7},
                CellRanking.order(WindowCount.naive().score(grid(), DAY)));
        // cell 8's incident is 60 days old: outside the 28 days, so it ties with the empty cells
        assertArrayEquals(
                new int[] {0, 2, 6, 1, 3, 4, 5, 7, 8},
                CellRanking.order(WindowCount.last28().score(grid(), DAY)));
    }

    @Test
    void flaggedCellsAreTheCeilingOfTheCoverage() {
        assertEquals(372, CellRanking.flagged(1, 37_177));
        assertEquals(1859, CellRanking.flagged(5, 37_177));
        assertEquals(3718, CellRanking.flagged(10, 37_177));
        assertEquals(2, CellRanking.flagged(12, 9), "1.08 cells round up to 2");
    }

    @Test
    void hitRateAndPaiCountTheDaysIncidentsInFlaggedCells() {
        HotspotBacktestResult r = HotspotBacktest.run(
                grid(),
                List.of(WindowCount.naive()),
                LocalDate.ofEpochDay(DAY),
                LocalDate.ofEpochDay(DAY),
                List.of(12.0, 60.0, 70.0));
        // 2 flagged cells {0, 2}: 1 of the day's 2 incidents; PAI = 0.5 / (2/9)
        assertEquals(0.5, r.rate("naive", 12).hitRateMean(), 1e-15);
        assertEquals(2.25, r.rate("naive", 12).paiMean(), 1e-12);
        // 6 cells {0, 2, 6, 8, 1, 3} still miss cell 4; the 7th cell is 4
        assertEquals(0.5, r.rate("naive", 60).hitRateMean(), 1e-15);
        assertEquals(1.0, r.rate("naive", 70).hitRatePooled(), 1e-15);
    }

    @Test
    void prospectiveWeighsByCellDistanceAndWholeWeeks() {
        double[] s = Prospective.protocol().score(grid(), DAY);
        // cell 0: own 3 incidents 10 days old (1 whole week: 1/2) -> 1.5; cell 2 two cells away (1/3) with
        // 2 incidents of 1 week -> 1/3; cell 6 also 2 away, 1 incident of 1 week -> 1/6; cell 8 (day 50 = d-60,
        // inside the window) is sqrt(8) cells away, beyond 400 m
        assertEquals(2.0, s[0], 1e-12);
        // cell 4: the three of cell 0 at sqrt(2) -> 3 * 1/2 / (1 + sqrt 2), cell 2 and cell 6 also at sqrt(2)
        // and a week old; cell 8 at sqrt(2), 8 whole weeks old (floor(59/7)) -> 1/9
        double diagonal = 1 / (1 + Math.sqrt(2));
        assertEquals(6 * 0.5 * diagonal + diagonal / 9, s[4], 1e-12);
    }

    @Test
    void kdeIsTheSumOfGaussiansAtTheCellCentres() {
        double[] s = new GaussianKde("kde", 300, 365).score(grid(), DAY);
        double one = Math.exp(-150.0 * 150 / (2 * 300 * 300));
        double two = Math.exp(-300.0 * 300 / (2 * 300 * 300));
        double diagonal2 = Math.exp(-2 * 300.0 * 300 / (2 * 300 * 300));
        // cell 0: 3 at 0 m, 2 at 300 m (cell 2), 1 at 300 m (cell 6), 1 at 300·sqrt2 (cell 8)
        assertEquals(3 + 2 * two + two + diagonal2, s[0], 1e-12);
        // cell 1 (150 m east of 0): 3 at 150 m, 2 at 150 m, cell 6 at (150, 300), cell 8 at (150, 300)
        double offset = Math.exp(-(150.0 * 150 + 300 * 300) / (2 * 300 * 300));
        assertEquals(5 * one + 2 * offset, s[1], 1e-12);
    }

    @Test
    void selfExcitingHalvesAtEachHalfLife() {
        double[] s = new SelfExciting(10, 1, 0).score(grid(), DAY);
        // cell 0: three incidents 10 days old: age-1 = 9 days of a 10-day half-life
        assertEquals(3 * Math.pow(0.5, 0.9), s[0], 1e-12);
        // cell 8: one incident 60 days old
        assertEquals(Math.pow(0.5, 5.9), s[8], 1e-12);
        double[] both = new SelfExciting(10, 1, 2).score(grid(), DAY);
        assertEquals(3 * (Math.pow(0.5, 0.9) + 2 * Math.pow(0.5, 9)), both[0], 1e-12);
        assertEquals(0, both[4], "nothing before the day in the centre cell");
    }
}
