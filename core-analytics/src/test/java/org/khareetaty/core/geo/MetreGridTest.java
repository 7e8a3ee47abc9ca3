package org.khareetaty.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetreGridTest {
    // Kuwait City and its suburbs: 29.20..29.40 N, 47.85..48.10 E (about 22 x 24 km)
    private static final double SOUTH = 29.20;
    private static final double NORTH = 29.40;
    private static final double WEST = 47.85;
    private static final double EAST = 48.10;

    @Test
    void bucketsOfACityHaveDistinctKeysAndSpreadOverHashCodes() {
        MetreGrid grid = new MetreGrid(150);
        Set<Long> keys = new HashSet<>();
        Set<Integer> hashes = new HashSet<>();
        for (double lat = SOUTH; lat < NORTH; lat += 0.0005) {
            for (double lon = WEST; lon < EAST; lon += 0.0005) {
                long k = grid.key(lat, lon);
                if (keys.add(k)) {
                    hashes.add(Long.hashCode(k));
                }
            }
        }
        assertTrue(keys.size() > 20_000, "a 150 m grid over Kuwait City has over 20,000 buckets, got " + keys.size());
        // row << 32 | col hashed as row ^ col gave 320 distinct hash codes here: HashMap chains of ~75
        assertTrue(
                hashes.size() >= keys.size() * 0.99,
                hashes.size() + " distinct hash codes for " + keys.size() + " buckets");
    }

    @Test
    void neighboursHoldEveryPointWithinTheSide() {
        MetreGrid grid = new MetreGrid(150);
        double lat = 29.3759;
        double lon = 47.9774;
        Set<Long> around = new HashSet<>();
        for (long k : grid.neighbours(lat, lon)) {
            around.add(k);
        }
        assertEquals(9, around.size());
        for (int bearing = 0; bearing < 360; bearing += 15) {
            double dn = 149 * Math.cos(Math.toRadians(bearing)) / GreatCircle.METRES_PER_DEGREE;
            double de = 149
                    * Math.sin(Math.toRadians(bearing))
                    / (GreatCircle.METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
            assertTrue(
                    around.contains(grid.key(lat + dn, lon + de)),
                    "point 149 m away at bearing " + bearing + " is in a neighbour bucket");
        }
    }
}
