package org.khareetaty.core.forecast.risk;

/**
 * Maximum-likelihood non-negative weights of an additive Poisson intensity {@code λ_i = Σ_j w_j·x_ij}
 * (count y_i ~ Poisson(λ_i)) by the EM algorithm for Poisson linear inverse problems (Shepp & Vardi 1982;
 * Vardi, Shepp & Kaufman 1985): {@code w_j ← w_j·Σ_i x_ij·y_i/λ_i / Σ_i x_ij}, which keeps the weights
 * non-negative and raises the likelihood at every step. The log-likelihood is
 * {@code Σ y_i log λ_i − Σ_j w_j·Σ_i x_ij}, so only the rows with a count enter the iterations; the other
 * rows are needed only through the column sums.
 */
final class PoissonIntensityFit {
    private static final int MAX_ITERATIONS = 20_000;
    private static final double TOLERANCE = 1e-11;

    private PoissonIntensityFit() {}

    /**
     * The weights.
     *
     * @param x the feature rows with a count, flattened ({@code rows × p})
     * @param y their counts
     * @param columnSums each feature's sum over all rows, with and without a count
     */
    static double[] fit(double[] x, double[] y, double[] columnSums) {
        int p = columnSums.length;
        int rows = y.length;
        double total = 0;
        for (double v : y) {
            total += v;
        }
        double[] w = new double[p];
        for (int j = 0; j < p; j++) {
            w[j] = columnSums[j] > 0 ? total / (p * columnSums[j]) : 0;
        }
        double previous = Double.NEGATIVE_INFINITY;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] num = new double[p];
            double ll = 0;
            for (int i = 0; i < rows; i++) {
                double lambda = 0;
                for (int j = 0; j < p; j++) {
                    lambda += x[i * p + j] * w[j];
                }
                ll += y[i] * Math.log(lambda);
                double r = y[i] / lambda;
                for (int j = 0; j < p; j++) {
                    num[j] += x[i * p + j] * r;
                }
            }
            for (int j = 0; j < p; j++) {
                ll -= w[j] * columnSums[j];
                if (columnSums[j] > 0) {
                    w[j] *= num[j] / columnSums[j];
                }
            }
            if (Math.abs(ll - previous) <= TOLERANCE * Math.abs(ll)) {
                break;
            }
            previous = ll;
        }
        return w;
    }
}
