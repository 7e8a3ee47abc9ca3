package org.khareetaty.core.forecast.risk;

import java.util.Arrays;

/**
 * The convex hull of planar points by Andrew's monotone chain (Andrew 1979), counter-clockwise, with
 * an inside-or-on test at a distance tolerance: protocol B's universe is the cells whose centre lies
 * inside or on the hull of the incidents.
 */
final class ConvexHull {
    private final double[] hx;
    private final double[] hy;

    private ConvexHull(double[] hx, double[] hy) {
        this.hx = hx;
        this.hy = hy;
    }

    static ConvexHull of(double[] x, double[] y) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> x[a] != x[b] ? Double.compare(x[a], x[b]) : Double.compare(y[a], y[b]));
        int[] h = new int[2 * n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k >= 2 && cross(x, y, h[k - 2], h[k - 1], order[i]) <= 0) {
                k--;
            }
            h[k++] = order[i];
        }
        for (int i = n - 2, lower = k + 1; i >= 0; i--) {
            while (k >= lower && cross(x, y, h[k - 2], h[k - 1], order[i]) <= 0) {
                k--;
            }
            h[k++] = order[i];
        }
        int m = Math.max(1, k - 1);
        double[] hx = new double[m];
        double[] hy = new double[m];
        for (int i = 0; i < m; i++) {
            hx[i] = x[h[i]];
            hy[i] = y[h[i]];
        }
        return new ConvexHull(hx, hy);
    }

    private static double cross(double[] x, double[] y, int o, int a, int b) {
        return (x[a] - x[o]) * (y[b] - y[o]) - (y[a] - y[o]) * (x[b] - x[o]);
    }

    /** True when (px, py) is inside the hull or within {@code tolerance} outside every edge. */
    boolean containsOrTouches(double px, double py, double tolerance) {
        int m = hx.length;
        if (m < 3) {
            return false;
        }
        for (int i = 0; i < m; i++) {
            int j = (i + 1) % m;
            double ex = hx[j] - hx[i];
            double ey = hy[j] - hy[i];
            double outside = -(ex * (py - hy[i]) - ey * (px - hx[i])) / Math.hypot(ex, ey);
            if (outside > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** Hull vertices, counter-clockwise. */
    int vertices() {
        return hx.length;
    }
}
