package org.khareetaty.core.hexgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The documented low-confidence rule (docs/drilldown.md) and the map's hatching threshold. */
class LowConfidenceRuleTest {
    @Test
    void neverFlagsACellOfTwentyOneOrMoreIncidentsWhateverItsArrests() {
        for (int n = 21; n <= 5000; n++) {
            for (int arrests = 0; arrests <= n; arrests += Math.max(1, n / 50)) {
                assertFalse(
                        ScopeQuery.lowConfidence(n, WilsonInterval.of(arrests, n)),
                        n + " incidents, " + arrests + " arrests");
            }
            assertFalse(ScopeQuery.lowConfidence(n, null), "no arrest data is no reason: " + n);
        }
    }

    @Test
    void flagsFewIncidentsAndWideIntervals() {
        assertTrue(ScopeQuery.lowConfidence(9, null));
        assertTrue(ScopeQuery.lowConfidence(9, WilsonInterval.of(0, 9)));
        // 10 incidents, 5 arrests: Wilson 95% interval 0.237..0.763, 0.53 wide
        assertTrue(ScopeQuery.lowConfidence(10, WilsonInterval.of(5, 10)));
        // 20 incidents, 10 arrests: 0.299..0.701, 0.40 wide (0.4015)
        assertTrue(ScopeQuery.lowConfidence(20, WilsonInterval.of(10, 20)));
        assertFalse(ScopeQuery.lowConfidence(10, null), "ten incidents without arrest data");
    }

    @Test
    void hatchingScalesWithThePeriod() {
        assertEquals(1, ScopeQuery.sparseBelow(1), "a day: nothing hatched");
        assertEquals(3, ScopeQuery.sparseBelow(7), "10 x 7/28 = 2.5, rounded");
        assertEquals(5, ScopeQuery.sparseBelow(14));
        assertEquals(10, ScopeQuery.sparseBelow(28));
        assertEquals(10, ScopeQuery.sparseBelow(1095), "never above ten");
    }
}
