package org.khareetaty.core.gistar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.progress.ProgressListener;

/** The Gi* statistic on small regions worked out by hand. */
class GiStarTest {
    /*
     * A ring-1 rosette: cell 0 in the centre, cells 1..6 around it in order, each ring cell touching
     * the centre and its two ring neighbours. Ring-1 neighbourhoods (self included):
     *   0: {0..6} (W=7)    i in 1..6: {0, i, i-1, i+1} with 0 -> 6 and 7 -> 1 wrapping (W=4)
     * Counts x = [7, 4, 2, 0, 0, 0, 1]: n = 7, sum 14, xbar = 2,
     *   sum x^2 = 49+16+4+0+0+0+1 = 70, S^2 = 70/7 - 2^2 = 6, S = sqrt(6).
     * For a ring cell (W=4): denominator S sqrt((7*4 - 4^2)/6) = sqrt(6) sqrt(2) = 2 sqrt(3);
     * expected sum xbar W = 8.
     *   cell 1: 7+4+2+1 = 14 -> (14-8)/(2 sqrt 3) =  3/sqrt 3 = sqrt 3 = 1.7320508
     *   cell 2: 7+4+2+0 = 13 -> 5/(2 sqrt 3) = 1.4433757
     *   cell 3: 7+2+0+0 =  9 -> 1/(2 sqrt 3) = 0.2886751
     *   cell 4: 7+0+0+0 =  7 -> -1/(2 sqrt 3) = -0.2886751
     *   cell 5: 7+0+0+1 =  8 -> 0
     *   cell 6: 7+0+1+4 = 12 -> 4/(2 sqrt 3) = 1.1547005
     * The centre's neighbourhood is the whole region: n W - W^2 = 49 - 49 = 0, undefined, reported as 0.
     */
    static final int[][] ROSETTE = {
        {0, 1, 2, 3, 4, 5, 6}, {0, 1, 2, 6}, {0, 1, 2, 3}, {0, 2, 3, 4}, {0, 3, 4, 5}, {0, 4, 5, 6}, {0, 1, 5, 6}
    };

    @Test
    void matchesTheHandComputedRosette() {
        double[] z = GiStar.zScores(new double[] {7, 4, 2, 0, 0, 0, 1}, ROSETTE);
        double u = 1 / (2 * Math.sqrt(3));
        assertArrayEquals(new double[] {0, 6 * u, 5 * u, u, -u, 0, 4 * u}, z, 1e-12);
        assertEquals(Math.sqrt(3), z[1], 1e-12);
    }

    @Test
    void negatingTheDeviationsFromTheMeanFlipsEveryZ() {
        // a 12 x 12 rook-and-diagonal lattice with random counts; x' = 2 xbar - x mirrors every deviation
        int side = 12;
        int n = side * side;
        int[][] nb = new int[n][];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                java.util.List<Integer> js = new java.util.ArrayList<>();
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        if (r + dr >= 0 && r + dr < side && c + dc >= 0 && c + dc < side) {
                            js.add((r + dr) * side + c + dc);
                        }
                    }
                }
                nb[r * side + c] = js.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        Random rnd = new Random(7);
        double[] x = new double[n];
        double[] mirrored = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextInt(50);
            mirrored[i] = 100 - x[i];
        }
        double[] z = GiStar.zScores(x, nb);
        double[] zm = GiStar.zScores(mirrored, nb);
        for (int i = 0; i < n; i++) {
            assertEquals(-z[i], zm[i], 1e-9, "cell " + i);
        }
        // and adding a constant or scaling the counts changes nothing: Gi* is standardised
        double[] scaled = x.clone();
        for (int i = 0; i < n; i++) {
            scaled[i] = 3 * x[i] + 11;
        }
        assertArrayEquals(z, GiStar.zScores(scaled, nb), 1e-9);
    }

    @Test
    void givesZeroWhenEveryCellHasTheSameCount() {
        assertArrayEquals(new double[7], GiStar.zScores(new double[] {5, 5, 5, 5, 5, 5, 5}, ROSETTE), 0.0);
    }

    @Test
    void rejectsNeighbourListsThatDoNotFitTheCounts() {
        assertThrows(IllegalArgumentException.class, () -> GiStar.zScores(new double[3], ROSETTE));
        assertThrows(
                IllegalArgumentException.class,
                () -> GiStar.zScores(new double[] {1, 2}, new int[][] {{0, 1}, {1, 2}}));
    }

    @Test
    void buildsTheRosetteFromH3Ring1Neighbours() {
        long centre = H3Cells.h3().latLngToCell(41.8781, -87.6298, 8);
        StudyRegion region =
                StudyRegion.of(8, List.of(), H3Cells.h3().gridDisk(centre, 1), StudyRegion.Rule.INCIDENT_HULL);
        int[][] nb = region.neighbours(1, ProgressListener.NONE);
        assertEquals(7, region.size());
        int c = region.indexOf(centre);
        assertEquals(7, nb[c].length, "the centre sees the whole rosette, itself included");
        for (int i = 0; i < 7; i++) {
            if (i != c) {
                assertEquals(4, nb[i].length, "a ring cell sees the centre, itself and its two ring neighbours");
            }
            for (int j : nb[i]) {
                assertTrue(java.util.Arrays.binarySearch(nb[j], i) >= 0, "ring-1 neighbourhood is symmetric");
            }
        }
    }

    @Test
    void rejectsResolutionsOutsideTheStoredRange() {
        assertThrows(IllegalArgumentException.class, () -> GiStarScope.of(5));
        assertThrows(IllegalArgumentException.class, () -> GiStarScope.of(11));
        assertThrows(IllegalArgumentException.class, () -> new GiStarScope(8, 0, null, null, List.of()));
    }

    private static void assertTrue(boolean b, String message) {
        org.junit.jupiter.api.Assertions.assertTrue(b, message);
    }
}
