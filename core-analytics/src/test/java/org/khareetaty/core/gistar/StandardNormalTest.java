package org.khareetaty.core.gistar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** erfc and normal tail probabilities against reference values (Python's math.erfc, accurate to a few ulp). */
class StandardNormalTest {
    @Test
    void matchesReferenceErfcToSevenSignificantDigitsEvenFarInTheTail() {
        double[][] ref = {
            {0.0, 1.0},
            {0.5, 0.4795001221869535},
            {1.0, 0.1572992070502851},
            {2.0, 0.004677734981047266},
            {3.0, 2.209049699858544e-05},
            {5.0, 1.537459794428035e-12},
            {8.0, 1.122429717298293e-29},
            {-1.0, 1.842700792949715}
        };
        for (double[] r : ref) {
            assertEquals(r[1], StandardNormal.erfc(r[0]), 1.2e-7 * r[1], "erfc(" + r[0] + ")");
        }
    }

    @Test
    void givesTheFamiliarTwoSidedCriticalValues() {
        assertEquals(0.10, StandardNormal.twoSidedP(1.6448536269514722), 1e-8);
        assertEquals(0.05, StandardNormal.twoSidedP(1.959963984540054), 1e-8);
        assertEquals(0.01, StandardNormal.twoSidedP(-2.5758293035489004), 1e-8);
        assertEquals(1.0, StandardNormal.twoSidedP(0.0), 1e-8);
        assertEquals(0.975, StandardNormal.cdf(1.959963984540054), 1e-8);
    }
}
