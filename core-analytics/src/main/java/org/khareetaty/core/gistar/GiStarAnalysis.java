package org.khareetaty.core.gistar;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;

/**
 * Getis-Ord Gi* hot-spot analysis over H3 cells, as ArcGIS's Optimized Hot Spot Analysis runs it:
 * incident counts per cell of the study region ({@link StudyArea}, {@link StudyRegion}), ring-k
 * binary weights, the Gi* z-score ({@link GiStar}: Getis &amp; Ord 1992; Ord &amp; Getis 1995), a
 * two-sided normal p-value ({@link StandardNormal}), the Benjamini-Hochberg (1995) false-discovery-rate
 * correction over all cells ({@link BenjaminiHochberg}) and a hot/cold class at 90/95/99% ({@link GiBin}).
 */
public final class GiStarAnalysis {
    private GiStarAnalysis() {}

    /**
     * Runs Gi* on a store.
     *
     * @throws org.khareetaty.core.progress.CancelledException if the listener is cancelled
     */
    public static GiStarResult run(Store store, GiStarScope scope, ProgressListener listener) throws SQLException {
        long start = System.nanoTime();
        Map<Long, Long> counts;
        Set<Long> occupied;
        StudyArea area;
        try (Connection c = store.connect()) {
            listener.update(progress("Gi*: counting incidents per cell", 0, start));
            counts = IncidentCounts.perCell(c, scope);
            // every cell holding any incident of the store joins the region, whatever the filters, so the
            // region (and with it xbar and S) depends on the area only, not on the date or category chosen
            GiStarScope everything = GiStarScope.of(scope.resolution());
            occupied = scope.equals(everything)
                    ? counts.keySet()
                    : IncidentCounts.perCell(c, everything).keySet();
            listener.checkCancelled();
            listener.update(progress("Gi*: reading the study area", 0, start));
            area = StudyArea.read(c);
        }
        listener.checkCancelled();
        listener.update(progress("Gi*: covering the study area with H3 cells", 0, start));
        StudyRegion region = StudyRegion.of(scope.resolution(), area.polygons(), occupied, area.rule());
        return compute(scope, region, counts, area.layer(), listener);
    }

    /**
     * Runs Gi* on counts already in memory (cells of {@code counts} outside the region are ignored:
     * build the region with them to keep them).
     */
    public static GiStarResult compute(
            GiStarScope scope, StudyRegion region, Map<Long, Long> counts, String layer, ProgressListener listener) {
        if (region.resolution() != scope.resolution()) {
            throw new IllegalArgumentException(
                    "region at r" + region.resolution() + " for a scope at r" + scope.resolution());
        }
        int n = region.size();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = counts.getOrDefault(region.cell(i), 0L);
        }
        int[][] neighbours = region.neighbours(scope.k(), listener);
        listener.checkCancelled();
        double[] z = GiStar.zScores(x, neighbours);
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = StandardNormal.twoSidedP(z[i]);
        }
        double[] pFdr = BenjaminiHochberg.adjust(p);
        List<GiStarCell> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cells.add(new GiStarCell(region.cell(i), (long) x[i], z[i], p[i], pFdr[i], GiBin.of(z[i], pFdr[i])));
        }
        cells.sort(Comparator.comparingDouble(GiStarCell::z).reversed().thenComparingLong(GiStarCell::cell));
        listener.update(new Progress("Gi* at r" + scope.resolution(), n, n, n, Duration.ZERO));
        return new GiStarResult(scope, region.rule(), layer, cells);
    }

    private static Progress progress(String task, long done, long start) {
        return new Progress(task, done, -1, done, Duration.ofNanos(System.nanoTime() - start));
    }
}
