package org.khareetaty.core.alert.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.h3core.util.LatLng;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.geo.GreatCircle;
import org.khareetaty.core.geo.H3Cells;

/**
 * Dynamic risk with the defaults: an incident adds weight(category) x (1 - d / 2 km) to each r8 cell
 * whose centre is within 2 km (violent 1.0, property 0.5), halving every 6 hours.
 */
class RiskMapTest {
    static final AlertConfig.Risk CONFIG = AlertConfig.defaults().risk();
    static final Instant T = Instant.parse("2025-03-01T18:00:00Z");
    // the centre of Safat's r8 cell: an incident there is at distance 0 from its own cell's centre
    static final long CELL = H3Cells.h3().latLngToCell(29.3759, 47.9774, 8);
    static final LatLng CENTRE = H3Cells.h3().cellToLatLng(CELL);

    @Test
    void anIncidentRaisesItsOwnCellByItsCategoryWeightAndNeighboursLinearlyLessWithDistance() {
        RiskMap m = new RiskMap(CONFIG, 8);
        m.raise(CENTRE.lat, CENTRE.lng, "violent", T);
        assertEquals(1.0, m.riskAt(CELL, T), 1e-12);
        for (long n : H3Cells.h3().gridRing(CELL, 1)) {
            LatLng c = H3Cells.h3().cellToLatLng(n);
            double d = GreatCircle.metres(CENTRE.lat, CENTRE.lng, c.lat, c.lng);
            assertTrue(d > 700 && d < 950, "r8 neighbours are about 800 m apart: " + d);
            assertEquals(1 - d / 2000, m.riskAt(n, T), 1e-12);
        }
        for (long far : H3Cells.h3().gridRing(CELL, 3)) {
            LatLng c = H3Cells.h3().cellToLatLng(far);
            double d = GreatCircle.metres(CENTRE.lat, CENTRE.lng, c.lat, c.lng);
            assertEquals(d <= 2000 ? 1 - d / 2000 : 0, m.riskAt(far, T), 1e-12, "ring 3 at " + d + " m");
        }
        m.raise(CENTRE.lat, CENTRE.lng, "property", T);
        assertEquals(1.5, m.riskAt(CELL, T), 1e-12, "a property incident weighs 0.5");
    }

    @Test
    void riskHalvesEverySixHoursAndDecayedCellsAreForgotten() {
        RiskMap m = new RiskMap(CONFIG, 8);
        m.raise(CENTRE.lat, CENTRE.lng, "violent", T);
        assertEquals(0.5, m.riskAt(CELL, T.plus(Duration.ofHours(6))), 1e-12);
        assertEquals(0.25, m.riskAt(CELL, T.plus(Duration.ofHours(12))), 1e-12);
        int cells = m.size();
        assertTrue(cells >= 19, "every cell within 2 km: " + cells);
        // 0.5^(t/6h) < 0.01 after 6 x log2(100) = 39.9 hours
        m.prune(T.plus(Duration.ofHours(39)));
        assertTrue(m.size() > 0);
        m.prune(T.plus(Duration.ofHours(40)));
        assertEquals(0, m.size());
    }

    @Test
    void theSpatialTermSaturates() {
        RiskMap m = new RiskMap(CONFIG, 8);
        assertEquals(1 - Math.exp(-1.0 / 3), m.term(1.0), 1e-12);
        assertEquals(0, m.term(0), 1e-12);
    }
}
