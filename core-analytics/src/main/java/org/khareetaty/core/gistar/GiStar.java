package org.khareetaty.core.gistar;

/**
 * The Getis-Ord Gi* statistic over a fixed region of n areal units with binary weights: Getis &amp; Ord
 * (1992, "The analysis of spatial association by use of distance statistics", Geographical Analysis
 * 24(3):189-206) in the standardised form of Ord &amp; Getis (1995, "Local spatial autocorrelation
 * statistics: distributional issues and an application", Geographical Analysis 27(4):286-306), the
 * form ArcGIS's Hot Spot Analysis reports:
 *
 * <pre>
 *            sum_j w_ij x_j  -  xbar W_i
 * Gi*_i = ------------------------------------ ,   W_i = sum_j w_ij (the unit itself included)
 *          S sqrt( (n W_i - W_i^2) / (n - 1) )
 *
 * xbar = sum_j x_j / n,   S = sqrt( sum_j x_j^2 / n - xbar^2 )
 * </pre>
 *
 * With binary weights sum_j w_ij^2 = W_i. The value is a z-score: under the randomisation null it is
 * approximately standard normal. Pure arithmetic over arrays, no store, no H3.
 */
public final class GiStar {
    private GiStar() {}

    /**
     * The Gi* z-score of every unit.
     *
     * @param x          the value of each unit (incident counts), length n
     * @param neighbours for each unit i, the indices j with w_ij = 1, i itself included (Gi*, not Gi);
     *                   indices in [0,n), no repeats
     * @return z-scores, length n. A unit gets 0 where the statistic is undefined: when every unit has
     *         the same value (S = 0) or when its neighbourhood is the whole region (n W_i = W_i^2),
     *         where there is nothing to contrast it with.
     * @throws IllegalArgumentException if the arrays disagree in length or a neighbour index is out of range
     */
    public static double[] zScores(double[] x, int[][] neighbours) {
        int n = x.length;
        if (neighbours.length != n) {
            throw new IllegalArgumentException(n + " values but " + neighbours.length + " neighbour lists");
        }
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : x) {
            squares += (v - mean) * (v - mean); // two passes: sum x^2/n - xbar^2 cancels badly for large counts
        }
        double s = Math.sqrt(squares / n);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double local = 0;
            for (int j : neighbours[i]) {
                if (j < 0 || j >= n) {
                    throw new IllegalArgumentException("unit " + i + " has neighbour " + j + " outside 0.." + (n - 1));
                }
                local += x[j];
            }
            double w = neighbours[i].length;
            double spread = (n * w - w * w) / (n - 1);
            z[i] = s <= 0 || spread <= 0 ? 0.0 : (local - mean * w) / (s * Math.sqrt(spread));
        }
        return z;
    }
}
