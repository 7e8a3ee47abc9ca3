package org.khareetaty.core.hotspot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.progress.ProgressListener;

/** DBSCAN on small synthetic layouts whose answer is known. */
class DbscanTest {
    @Test
    void twoDenseBlobsAndScatteredNoiseGiveExactlyTwoClusters() {
        SplittableRandom random = new SplittableRandom(7);
        int blob = 200;
        int scattered = 100;
        double[] x = new double[2 * blob + scattered];
        double[] y = new double[x.length];
        for (int i = 0; i < blob; i++) {
            x[i] = random.nextDouble(0, 100); // blob A: 100 m square at the origin
            y[i] = random.nextDouble(0, 100);
            x[blob + i] = 5_000 + random.nextDouble(0, 100); // blob B: 5 km east
            y[blob + i] = random.nextDouble(0, 100);
        }
        for (int i = 0; i < scattered; i++) { // 1 km apart on a line 20 km north: no neighbours
            x[2 * blob + i] = i * 1_000.0;
            y[2 * blob + i] = 20_000;
        }
        Dbscan.Result r = Dbscan.cluster(x, y, 50, 10, ProgressListener.NONE);
        assertEquals(2, r.clusters());
        assertEquals(scattered, r.noise());
        for (int i = 0; i < blob; i++) {
            assertEquals(0, r.labels()[i], "blob A is cluster 0 (its first point comes first)");
            assertEquals(1, r.labels()[blob + i]);
        }
    }

    @Test
    void countsThePointItselfInMinPts() {
        // three points 10 m apart: each has 3 within 30 m, itself included
        double[] x = {0, 10, 20};
        double[] y = {0, 0, 0};
        assertEquals(1, Dbscan.cluster(x, y, 30, 3, ProgressListener.NONE).clusters());
        assertEquals(0, Dbscan.cluster(x, y, 30, 4, ProgressListener.NONE).clusters());
    }

    @Test
    void givesASharedBorderPointToTheFirstClusterInInputOrder() {
        // minPts 4, eps 25: 20 and 70 are cores, 45 is exactly eps from both and is a border point of each
        double[] x = {0, 10, 20, 70, 80, 90, 45};
        double[] y = new double[x.length];
        Dbscan.Result r = Dbscan.cluster(x, y, 25, 4, ProgressListener.NONE);
        assertEquals(false, r.core()[6]);
        assertEquals(2, r.clusters());
        assertEquals(0, r.labels()[6]);
        // reversed, cluster 0 is the chain on the right: the border point follows it
        double[] xr = {90, 80, 70, 20, 10, 0, 45};
        Dbscan.Result reversed = Dbscan.cluster(xr, y, 25, 4, ProgressListener.NONE);
        assertEquals(0, reversed.labels()[6]);
        assertEquals(0, reversed.labels()[2], "the chain on the right");
    }

    @Test
    void measuresMetresOnTheGroundNotDegrees() {
        // 0.01 degree of longitude at Chicago's latitude is N cos(lat) * 0.01 rad on the ellipsoid (~829 m)
        double lat = 41.88;
        double a = 6_378_137.0;
        double e2 = 0.00669437999014;
        double phi = Math.toRadians(lat);
        double expected = a / Math.sqrt(1 - e2 * Math.sin(phi) * Math.sin(phi)) * Math.cos(phi) * Math.toRadians(0.01);
        double[][] xy =
                LocalPlane.centredAt(-87.63, lat).project(new double[] {-87.635, -87.625}, new double[] {lat, lat});
        assertEquals(expected, Math.hypot(xy[0][1] - xy[0][0], xy[1][1] - xy[1][0]), expected * 1e-5);
    }
}
