package org.khareetaty.core.hotspot;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;

/**
 * DBSCAN, density-based spatial clustering of applications with noise: M. Ester, H.-P. Kriegel,
 * J. Sander, X. Xu, "A density-based algorithm for discovering clusters in large spatial databases
 * with noise", Proc. KDD-96, pp. 226-231 (1996).
 *
 * <p>Works on planar coordinates in metres (see {@link LocalPlane}); the caller never passes
 * degrees. Definitions, as in the paper:
 * <ul>
 *   <li>the eps-neighbourhood of p is every point q with {@code sqrt(dx^2 + dy^2) <= eps},
 *       <b>p itself included</b>;</li>
 *   <li>p is a <i>core</i> point when its neighbourhood holds at least {@code minPts} points;</li>
 *   <li>a cluster is a maximal set of cores connected through neighbourhoods, plus every non-core
 *       point (<i>border</i> point) within eps of one of its cores; every other point is
 *       <i>noise</i>.</li>
 * </ul>
 *
 * <p><b>Tie-break (deterministic).</b> Points are visited in input order and clusters are numbered
 * 0, 1, ... in the order of their first core point in the input. A border point within eps of cores
 * of several clusters goes to the first cluster that reaches it, which is the lowest-numbered one
 * (each cluster is expanded completely before the next starts). Cores and noise never depend on
 * order; only such shared border points do.
 *
 * <p><b>Index.</b> A uniform grid with square cells of side eps: the neighbours of a point lie in
 * its cell and the eight around it. Points are counting-sorted by (row, column) so the three cells
 * of one grid row are one contiguous run of the sorted coordinate arrays, and a neighbour query is
 * three linear scans, O(k) for k points nearby. Memory is primitive arrays only (about 60 bytes a
 * point). Core flags are computed in parallel; the expansion is sequential, so the result does not
 * depend on the number of threads.
 *
 * <p>Thread safe: keeps no state between calls.
 */
public final class Dbscan {
    /** Label of a noise point in {@link Result#labels()}. */
    public static final int NOISE = -1;

    private Dbscan() {}

    /**
     * The outcome of one clustering.
     *
     * @param labels   per input point: its cluster 0..clusters-1, or {@link #NOISE}
     * @param core     per input point: true for a core point
     * @param clusters number of clusters
     */
    public record Result(int[] labels, boolean[] core, int clusters) {
        /** Number of noise points. */
        public long noise() {
            return Arrays.stream(labels).filter(l -> l == NOISE).count();
        }

        /** Number of members of each cluster. */
        public int[] sizes() {
            int[] sizes = new int[clusters];
            for (int l : labels) {
                if (l != NOISE) {
                    sizes[l]++;
                }
            }
            return sizes;
        }
    }

    /**
     * Clusters planar points.
     *
     * @param x        easting of each point, metres
     * @param y        northing of each point, metres (same length as {@code x})
     * @param epsM     neighbourhood radius in metres, finite and &gt; 0
     * @param minPts   minimum neighbourhood size of a core point, counting the point itself, &gt;= 1
     * @param progress receives progress (done = points expanded) and may cancel
     * @throws IllegalArgumentException for a bad radius, minPts or mismatched arrays
     * @throws org.khareetaty.core.progress.CancelledException when cancelled
     */
    public static Result cluster(double[] x, double[] y, double epsM, int minPts, ProgressListener progress) {
        validate(epsM, minPts);
        Objects.requireNonNull(progress, "progress");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
        }
        long started = System.nanoTime();
        int n = x.length;
        if (n == 0) {
            return new Result(new int[0], new boolean[0], 0);
        }
        Grid grid = new Grid(x, y, epsM);
        boolean[] coreSorted = grid.coreFlags(minPts, progress);
        int[] labelsSorted = new int[n];
        Arrays.fill(labelsSorted, NOISE);
        int clusters = expand(grid, coreSorted, labelsSorted, progress, started);
        int[] labels = new int[n];
        boolean[] core = new boolean[n];
        for (int s = 0; s < n; s++) {
            int i = grid.order[s];
            labels[i] = labelsSorted[s];
            core[i] = coreSorted[s];
        }
        progress.update(new Progress("DBSCAN", n, n, n, Duration.ofNanos(System.nanoTime() - started)));
        return new Result(labels, core, clusters);
    }

    /**
     * Checks the parameters an analyst gives.
     *
     * @throws IllegalArgumentException naming the parameter and what to give instead
     */
    public static void validate(double epsM, int minPts) {
        if (!(epsM > 0) || Double.isInfinite(epsM)) {
            throw new IllegalArgumentException(
                    "eps must be a distance in metres greater than 0 (e.g. 150), got " + epsM);
        }
        if (minPts < 1) {
            throw new IllegalArgumentException("minPts must be at least 1 (e.g. 20), got " + minPts);
        }
    }

    /** Builds the clusters in input order; returns how many there are. */
    private static int expand(Grid grid, boolean[] core, int[] labels, ProgressListener progress, long started) {
        int n = grid.n;
        int[] rank = grid.rank;
        // a core enters the queue exactly when it gets its label, so each is expanded once
        int[] queue = new int[n];
        int clusters = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFFF) == 0) {
                progress.checkCancelled();
                progress.update(new Progress("DBSCAN", i, n, i, Duration.ofNanos(System.nanoTime() - started)));
            }
            int seed = rank[i];
            if (!core[seed] || labels[seed] != NOISE) {
                continue;
            }
            int k = clusters++;
            int head = 0;
            int tail = 0;
            queue[tail++] = seed;
            labels[seed] = k;
            while (head < tail) {
                int p = queue[head++];
                int cell = grid.cellOf[p];
                for (int row = 0; row < 3; row++) {
                    int from = grid.rangeFrom[3 * cell + row];
                    int to = grid.rangeTo[3 * cell + row];
                    for (int q = from; q < to; q++) {
                        if (labels[q] == NOISE && grid.within(p, q)) {
                            labels[q] = k;
                            if (core[q]) {
                                queue[tail++] = q;
                            }
                        }
                    }
                }
            }
        }
        return clusters;
    }

    /** The points sorted by grid cell, and per cell the three runs that hold its 3x3 neighbourhood. */
    private static final class Grid {
        final int n;
        /** sorted position -> input index, and input index -> sorted position */
        final int[] order;

        final int[] rank;
        final double[] xs;
        final double[] ys;
        final double eps;
        final double eps2;
        /** sorted position -> cell ordinal */
        final int[] cellOf;
        /** per cell and neighbour row (3 per cell): the sorted positions [from, to) */
        final int[] rangeFrom;

        final int[] rangeTo;

        Grid(double[] x, double[] y, double eps) {
            this.n = x.length;
            this.eps = eps;
            this.eps2 = eps * eps;
            // a hair wider than eps, so rounding in the cell arithmetic cannot push a neighbour two cells away
            double side = eps * (1 + 1e-9);
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                    throw new IllegalArgumentException(
                            "point " + i + " has a non-finite coordinate (" + x[i] + ", " + y[i] + ")");
                }
                minX = Math.min(minX, x[i]);
                minY = Math.min(minY, y[i]);
                maxX = Math.max(maxX, x[i]);
                maxY = Math.max(maxY, y[i]);
            }
            long width = (long) Math.floor((maxX - minX) / side) + 1;
            long height = (long) Math.floor((maxY - minY) / side) + 1;
            if (width > Integer.MAX_VALUE / 2
                    || height > Integer.MAX_VALUE / 2
                    || width * height > Long.MAX_VALUE / 4) {
                throw new IllegalArgumentException("the points span " + Math.round(maxX - minX) + " x "
                        + Math.round(maxY - minY) + " m, too many cells of " + eps
                        + " m: give a larger eps or cluster smaller areas (per zone)");
            }
            int[] col = new int[n];
            int[] row = new int[n];
            for (int i = 0; i < n; i++) {
                col[i] = (int) Math.min(width - 1, (long) Math.floor((x[i] - minX) / side));
                row[i] = (int) Math.min(height - 1, (long) Math.floor((y[i] - minY) / side));
            }
            // LSD counting sort: by column, then stably by row; ties keep input order
            int[] byCol = countingSort(identity(n), col, (int) width);
            order = countingSort(byCol, row, (int) height);
            rank = new int[n];
            xs = new double[n];
            ys = new double[n];
            long[] keyOf = new long[n];
            for (int s = 0; s < n; s++) {
                int i = order[s];
                rank[i] = s;
                xs[s] = x[i];
                ys[s] = y[i];
                keyOf[s] = (long) row[i] * width + col[i];
            }
            cellOf = new int[n];
            int cells = 0;
            for (int s = 0; s < n; s++) {
                if (s > 0 && keyOf[s] != keyOf[s - 1]) {
                    cells++;
                }
                cellOf[s] = cells;
            }
            cells++;
            long[] cellKey = new long[cells];
            int[] cellStart = new int[cells + 1];
            for (int s = n - 1; s >= 0; s--) {
                cellKey[cellOf[s]] = keyOf[s];
                cellStart[cellOf[s]] = s;
            }
            cellStart[cells] = n;
            rangeFrom = new int[3 * cells];
            rangeTo = new int[3 * cells];
            for (int c = 0; c < cells; c++) {
                long r = cellKey[c] / width;
                long cc = cellKey[c] % width;
                for (int d = -1; d <= 1; d++) {
                    long rr = r + d;
                    int slot = 3 * c + d + 1;
                    if (rr < 0 || rr >= height) {
                        continue;
                    }
                    long lo = rr * width + Math.max(0, cc - 1);
                    long hi = rr * width + Math.min(width - 1, cc + 1);
                    rangeFrom[slot] = cellStart[firstCellAtLeast(cellKey, lo)];
                    rangeTo[slot] = cellStart[firstCellAtLeast(cellKey, hi + 1)];
                }
            }
        }

        /** True when sorted points p and q are at most eps apart (exactly sqrt(d2) <= eps). */
        boolean within(int p, int q) {
            double dx = xs[p] - xs[q];
            double dy = ys[p] - ys[q];
            double d2 = dx * dx + dy * dy;
            // the square compare decides all but a band one rounding wide at the boundary
            return d2 <= eps2 || (d2 <= eps2 * (1 + 1e-12) && Math.sqrt(d2) <= eps);
        }

        /** Core flag per sorted position; stops counting a point's neighbours at minPts. */
        boolean[] coreFlags(int minPts, ProgressListener progress) {
            boolean[] core = new boolean[n];
            int chunk = 1 << 14;
            int chunks = (n + chunk - 1) / chunk;
            IntStream.range(0, chunks).parallel().forEach(b -> {
                progress.checkCancelled();
                int end = Math.min(n, (b + 1) * chunk);
                for (int p = b * chunk; p < end; p++) {
                    core[p] = isCore(p, minPts);
                }
            });
            return core;
        }

        private boolean isCore(int p, int minPts) {
            int cell = cellOf[p];
            int count = 0;
            for (int row = 0; row < 3; row++) {
                int to = rangeTo[3 * cell + row];
                for (int q = rangeFrom[3 * cell + row]; q < to; q++) {
                    if (within(p, q) && ++count >= minPts) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static int firstCellAtLeast(long[] keys, long key) {
            int i = Arrays.binarySearch(keys, key);
            return i >= 0 ? i : -i - 1;
        }

        private static int[] identity(int n) {
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = i;
            }
            return a;
        }

        private static int[] countingSort(int[] items, int[] bucketOf, int buckets) {
            int[] start = new int[buckets + 1];
            for (int i : items) {
                start[bucketOf[i] + 1]++;
            }
            for (int b = 0; b < buckets; b++) {
                start[b + 1] += start[b];
            }
            int[] out = new int[items.length];
            for (int i : items) {
                out[start[bucketOf[i]]++] = i;
            }
            return out;
        }
    }
}
