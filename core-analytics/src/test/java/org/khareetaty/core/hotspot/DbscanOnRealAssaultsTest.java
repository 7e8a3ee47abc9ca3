package org.khareetaty.core.hotspot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.StoreQueries;
import smile.clustering.DBSCAN;
import smile.clustering.PartitionClustering;
import smile.neighbor.KDTree;
import smile.neighbor.Neighbor;

/** DBSCAN hotspots on the real 148,636-row Chicago aggravated-assault file (2010-2019). */
class DbscanOnRealAssaultsTest {
    @TempDir
    static Path dir;

    static Store store;
    static double[] x;
    static double[] y;

    @BeforeAll
    static void importAssaults() {
        Path file = SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz");
        store = Store.open(dir.resolve("store"));
        new Importer(store).importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
        List<List<String>> rows = StoreQueries.rows(store, "SELECT lon, lat FROM incidents ORDER BY id");
        double[] lon =
                rows.stream().mapToDouble(r -> Double.parseDouble(r.get(0))).toArray();
        double[] lat =
                rows.stream().mapToDouble(r -> Double.parseDouble(r.get(1))).toArray();
        double[][] xy = LocalPlane.centredOn(lon, lat).project(lon, lat);
        x = xy[0];
        y = xy[1];
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void equalsSmilesDbscanOnTheSameProjectedPointsUpToAmbiguousBorderPoints() {
        double eps = 150;
        int minPts = 20;
        Dbscan.Result ours = Dbscan.cluster(x, y, eps, minPts, ProgressListener.NONE);
        double[][] data = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            data[i] = new double[] {x[i], y[i]};
        }
        // Smile's neighbourhood leaves the point itself out (KDTree skips the query key): minPts - 1 there
        DBSCAN<double[]> smile = DBSCAN.fit(data, minPts - 1, eps);
        // Smile keeps its core flags private: count each point's neighbours with Smile's own KD-tree
        KDTree<double[]> tree = KDTree.of(data);
        boolean[] smileCore = new boolean[data.length];
        List<Neighbor<double[], double[]>> found = new java.util.ArrayList<>();
        for (int i = 0; i < data.length; i++) {
            found.clear();
            tree.search(data[i], eps, found);
            smileCore[i] = found.size() >= minPts - 1;
        }

        assertEquals(ours.clusters(), smile.k, "number of clusters");
        int[] toSmile = new int[ours.clusters()];
        java.util.Arrays.fill(toSmile, -1);
        int cores = 0;
        int borders = 0;
        int noise = 0;
        int ambiguous = 0;
        int differing = 0;
        for (int i = 0; i < x.length; i++) {
            int s = smile.y[i];
            int o = ours.labels()[i];
            assertEquals(smileCore[i], ours.core()[i], "core flag of point " + i);
            assertEquals(s == PartitionClustering.OUTLIER, o == Dbscan.NOISE, "noise flag of point " + i);
            if (o == Dbscan.NOISE) {
                noise++;
            } else if (ours.core()[i]) {
                cores++;
                if (toSmile[o] == -1) {
                    toSmile[o] = s;
                }
                assertEquals(toSmile[o], s, "core point " + i + ": our cluster " + o + " maps to one Smile cluster");
            } else {
                borders++;
            }
        }
        assertEquals(
                ours.clusters(), java.util.Arrays.stream(toSmile).distinct().count(), "clusters map one to one");
        Map<Integer, Integer> fromSmile = new HashMap<>();
        for (int k = 0; k < toSmile.length; k++) {
            fromSmile.put(toSmile[k], k);
        }
        for (int i = 0; i < x.length; i++) {
            int o = ours.labels()[i];
            if (o == Dbscan.NOISE || ours.core()[i]) {
                continue;
            }
            int theirs = fromSmile.get(smile.y[i]);
            java.util.Set<Integer> reaching = clustersOfCoresWithinEps(i, ours, eps);
            assertTrue(reaching.contains(o), "border point " + i + " is within eps of a core of its cluster");
            if (reaching.size() > 1) {
                ambiguous++;
                assertEquals(
                        reaching.iterator().next(), o, "a shared border point goes to the lowest-numbered cluster");
            }
            if (theirs != o) {
                differing++;
                assertTrue(
                        reaching.size() > 1,
                        "border point " + i + " differs (" + o + " vs " + theirs
                                + ") but is not within eps of two clusters' cores");
                assertTrue(reaching.contains(theirs));
            }
        }
        System.out.printf(
                "DBSCAN eps 150 m, minPts 20 on %d points: %d clusters, %d core, %d border, %d noise; "
                        + "%d border points within eps of two clusters, %d assigned differently by Smile%n",
                x.length, ours.clusters(), cores, borders, noise, ambiguous, differing);
        assertTrue(ours.clusters() > 10, "the real data has many hotspots");
    }

    private static java.util.Set<Integer> clustersOfCoresWithinEps(int i, Dbscan.Result r, double eps) {
        java.util.Set<Integer> set = new java.util.TreeSet<>();
        for (int j = 0; j < x.length; j++) {
            double dx = x[i] - x[j];
            double dy = y[i] - y[j];
            if (Math.abs(dx) <= eps && Math.abs(dy) <= eps && r.core()[j] && Math.sqrt(dx * dx + dy * dy) <= eps) {
                set.add(r.labels()[j]);
            }
        }
        return set;
    }

    @Test
    void isDeterministicAcrossRuns() {
        Dbscan.Result a = Dbscan.cluster(x, y, 150, 20, ProgressListener.NONE);
        Dbscan.Result b = Dbscan.cluster(x, y, 150, 20, ProgressListener.NONE);
        assertArrayEquals(a.labels(), b.labels());
    }

    @Test
    void rejectsAZeroOrNegativeEpsAndMinPtsBelowOneWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HotspotParameters.of(0, 20));
        assertTrue(e.getMessage().contains("eps must be a distance in metres greater than 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HotspotParameters.of(-150, 20));
        assertThrows(IllegalArgumentException.class, () -> HotspotParameters.of(Double.NaN, 20));
        assertThrows(IllegalArgumentException.class, () -> Dbscan.cluster(x, y, 0, 20, ProgressListener.NONE));
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> HotspotParameters.of(150, 0));
        assertTrue(m.getMessage().contains("minPts must be at least 1"), m.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> new HotspotParameters(
                        150, 20, null, List.of(), LocalDate.of(2019, 1, 1), LocalDate.of(2018, 1, 1)));
    }

    @Test
    void categoryAndDateFiltersChangeTheInputCountAsTheStoreSays() {
        HotspotFinder finder = new HotspotFinder(store);
        HotspotRun all = finder.find(HotspotParameters.of(150, 20), ProgressListener.NONE);
        assertEquals(
                148_636 - StoreQueries.number(store, "SELECT rejected + duplicates FROM imports"),
                all.summary().points());
        assertEquals(
                StoreQueries.number(store, "SELECT COUNT(*) FROM incidents"),
                all.summary().points());

        HotspotRun year = finder.find(
                new HotspotParameters(150, 20, null, List.of(), LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)),
                ProgressListener.NONE);
        long in2015 = StoreQueries.number(store, "SELECT COUNT(*) FROM incidents WHERE YEAR(local_date) = 2015");
        assertTrue(in2015 > 10_000 && in2015 < all.summary().points(), "2015 holds " + in2015);
        assertEquals(in2015, year.summary().points());
        assertEquals(
                year.summary().points(),
                year.summary().noise()
                        + year.hotspots().stream().mapToLong(Hotspot::count).sum());
        assertTrue(year.hotspots().stream()
                .allMatch(h -> !h.first().isBefore(java.time.Instant.parse("2015-01-01T05:00:00Z"))
                        && h.last().isBefore(java.time.Instant.parse("2016-01-01T07:00:00Z"))));

        HotspotRun violent = finder.find(
                new HotspotParameters(150, 20, null, List.of("violent"), null, null), ProgressListener.NONE);
        assertEquals(all.summary().points(), violent.summary().points(), "every aggravated assault is violent");
        HotspotRun property = finder.find(
                new HotspotParameters(150, 20, null, List.of("property"), null, null), ProgressListener.NONE);
        assertEquals(0, property.summary().points());
        assertEquals(0, property.summary().clusters());
    }

    @Test
    void aRunReopensIdenticalFromTheStore() {
        HotspotParameters p = new HotspotParameters(
                200, 30, null, List.of("violent"), LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31));
        HotspotRun run = new HotspotFinder(store).find(p, ProgressListener.NONE);
        assertTrue(run.hotspots().size() > 5);
        HotspotRun reopened = new HotspotRuns(store).open(run.summary().id()).orElseThrow();
        assertEquals(run, reopened);
        assertEquals(
                run.summary(),
                new HotspotRuns(store)
                        .list().stream()
                                .filter(s -> s.id() == run.summary().id())
                                .findFirst()
                                .orElseThrow());
        assertTrue(new HotspotRuns(store).open(-1).isEmpty());
        for (Hotspot h : run.hotspots()) {
            // not >= minPts: an earlier cluster may have taken some of a core's border points
            assertTrue(h.count() > 0);
            assertEquals("AGGRAVATED ASSAULT", h.dominantOffense());
            assertTrue(h.hull()
                    .buffer(1e-9)
                    .contains(h.hull()
                            .getFactory()
                            .createPoint(new org.locationtech.jts.geom.Coordinate(h.centroidLon(), h.centroidLat()))));
            assertTrue(h.densityPerKm2() > 0 && h.densityPerKm2() <= h.count() / (HotspotFinder.FLOOR_AREA_M2 / 1e6));
        }
    }
}
