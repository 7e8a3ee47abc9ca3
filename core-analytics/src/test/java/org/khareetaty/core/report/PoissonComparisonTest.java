package org.khareetaty.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** The C-test against exact binomial sums in rational arithmetic, and the cases the report's footnote names. */
class PoissonComparisonTest {
    @Test
    void aSmallCountsHundredPercentRiseIsNotSignificant() {
        // 4 after 2 over equal periods: X ~ Bin(6, 1/2), P(X >= 4) = (15 + 6 + 1) / 64, doubled = 0.6875
        assertEquals(0.6875, PoissonComparison.pValue(4, 7, 2, 7), 1e-12);
        assertEquals("", Change.of(4, 7, 2, 7).mark());
        assertEquals(1.0, Change.of(4, 7, 2, 7).percent(), 1e-12);
    }

    @Test
    void tenAfterNoneIsVerySignificant() {
        // P(X = 10 | n = 10, p = 1/2) = 1/1024, doubled
        assertEquals(2.0 / 1024, PoissonComparison.pValue(10, 28, 0, 28), 1e-15);
        assertEquals("**", Change.of(10, 28, 0, 28).mark());
        assertEquals(null, Change.of(10, 28, 0, 28).percent(), "no percent change on 0");
    }

    @Test
    void equalCountsAndNoCountsAreNotSignificant() {
        assertEquals(1.0, PoissonComparison.pValue(0, 7, 0, 7));
        assertEquals(1.0, PoissonComparison.pValue(50, 7, 50, 7));
    }

    @Test
    void matchesExactRationalSumsWithUnequalExposures() {
        for (int[] c :
                new int[][] {{3, 12, 3, 7}, {15, 4, 28, 31}, {0, 9, 30, 31}, {40, 17, 90, 91}, {1, 1, 365, 366}}) {
            double expected = exactTwoSided(c[0], c[2], c[1], c[3]);
            double actual = PoissonComparison.pValue(c[0], c[2], c[1], c[3]);
            assertEquals(expected, actual, 1e-12 + 1e-10 * expected, java.util.Arrays.toString(c));
        }
    }

    @Test
    void largeCountsAgreeWithTheNormalApproximation() {
        // 1,100 against 1,000: z = 100 / sqrt(2,100) = 2.182, two-sided normal p = 0.0291; exact is a little larger
        double p = PoissonComparison.pValue(1100, 90, 1000, 90);
        assertTrue(p > 0.0291 && p < 0.0330, "p = " + p);
        assertEquals("*", Change.of(1100, 90, 1000, 90).mark());
        // a city's year: 250,000 against 240,000 is z = 10,000 / 700 = 14.3, a normal tail of about 1e-46
        double city = PoissonComparison.pValue(250_000, 365, 240_000, 365);
        assertTrue(city > 1e-48 && city < 1e-44, "p = " + city);
    }

    @Test
    void stirlingLogFactorialMatchesTheExactSumAtTheSwitch() {
        double exact = 0;
        for (int k = 1; k <= 300; k++) {
            exact += Math.log(k);
        }
        assertEquals(exact, PoissonComparison.logFactorial(300), 1e-10);
    }

    @Test
    void refusesNegativeCountsAndEmptyExposures() {
        assertThrows(IllegalArgumentException.class, () -> PoissonComparison.pValue(-1, 7, 2, 7));
        assertThrows(IllegalArgumentException.class, () -> PoissonComparison.pValue(1, 0, 2, 7));
    }

    /** Twice the smaller tail of Bin(x1 + x2, t1 / (t1 + t2)) at x1, in exact rational arithmetic. */
    private static double exactTwoSided(int x1, int t1, int x2, int t2) {
        int n = x1 + x2;
        BigDecimal p = BigDecimal.valueOf(t1).divide(BigDecimal.valueOf(t1 + t2), MathContext.DECIMAL128);
        BigDecimal q = BigDecimal.ONE.subtract(p);
        BigDecimal below = BigDecimal.ZERO;
        BigDecimal above = BigDecimal.ZERO;
        for (int k = 0; k <= n; k++) {
            BigDecimal term = new BigDecimal(choose(n, k)).multiply(p.pow(k)).multiply(q.pow(n - k));
            if (k <= x1) {
                below = below.add(term);
            }
            if (k >= x1) {
                above = above.add(term);
            }
        }
        boolean lower = x1 <= n * p.doubleValue();
        return Math.min(1, 2 * (lower ? below : above).doubleValue());
    }

    private static BigInteger choose(int n, int k) {
        BigInteger c = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return c;
    }
}
