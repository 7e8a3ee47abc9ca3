package org.khareetaty.core.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountIntervalTest {
    @Test
    void poissonMeanTwoTakesTheRangeClosestToTheLevel() {
        // P(Y<=k) for Poisson(2): 0.135 0.406 0.677 0.857 0.947 0.983. 80%: quantiles 0..4 hold 0.947,
        // 1..4 0.812, 0..3 0.857, 1..3 0.722 -> 1..4. 95%: 0..5 holds 0.983, 0..4 0.947 -> 0..4.
        double[] cdf = CountInterval.cdf(2, 2);
        assertEquals(0.1353352832366127, cdf[0], 1e-12);
        assertArrayEquals(new int[] {1, 4}, CountInterval.closest(cdf, 0.80));
        assertArrayEquals(new int[] {0, 4}, CountInterval.closest(cdf, 0.95));
    }

    @Test
    void negativeBinomialHasTheMeanAndVarianceAsked() {
        double[] cdf = CountInterval.cdf(3, 7.5);
        double mean = 0;
        double square = 0;
        for (int k = 0; k < cdf.length; k++) {
            double p = cdf[k] - (k > 0 ? cdf[k - 1] : 0);
            mean += k * p;
            square += k * k * p;
        }
        assertEquals(1.0, cdf[cdf.length - 1], 1e-9);
        assertEquals(3.0, mean, 1e-9);
        assertEquals(7.5, square - mean * mean, 1e-7);
    }

    @Test
    void boundsAreCountsAndTheMeanIsKept() {
        Forecast f = CountInterval.forecast("m", new double[] {-0.4, 12.3}, new double[] {1.0, 20.0});
        assertEquals(-0.4, f.mean()[0], "the point forecast is the model's, scored unclipped");
        assertEquals(0, f.lo80()[0]);
        assertEquals(0, f.lo95()[0]);
        for (double v : new double[] {f.lo80()[1], f.hi80()[1], f.lo95()[1], f.hi95()[1]}) {
            assertEquals(Math.rint(v), v);
        }
    }
}
