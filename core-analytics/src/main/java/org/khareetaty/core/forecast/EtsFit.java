package org.khareetaty.core.forecast;

/**
 * A fitted additive-error exponential smoothing model (Hyndman et al. 2008, chapter 2): its smoothing
 * weights, the states after the last observation, the innovation variance and AICc, and its forecast
 * mean and variance for any horizon (chapter 6, class 1: {@code v_h = σ²(1 + Σ_{j<h} c_j²)},
 * {@code c_j = α + βφ_j + γ·[j ≡ 0 mod m]}).
 *
 * @param level  the level after the last observation
 * @param slope  the trend after the last observation (0 without trend)
 * @param season the seasonal states by season position ({@code t mod m}), after the last observation
 * @param n      observations fitted (position of the first forecast day: {@code n mod m})
 */
public record EtsFit(
        EtsForm form,
        double alpha,
        double beta,
        double gamma,
        double phi,
        double level,
        double slope,
        double[] season,
        int n,
        double sigma2,
        double aicc) {

    /** The point forecast {@code h} days ahead (h = 1 is the day after the last observation). */
    public double mean(int h) {
        double damp = damping(h);
        double s = form.season() ? season[(n - 1 + h) % season.length] : 0;
        return level + damp * slope + s;
    }

    /** The forecast variance {@code h} days ahead. */
    public double variance(int h) {
        double sum = 1;
        for (int j = 1; j < h; j++) {
            double c = alpha + beta * damping(j) + (form.season() && j % season.length == 0 ? gamma : 0);
            sum += c * c;
        }
        return sigma2 * sum;
    }

    /** The smoothing weights and innovation variance as {@code name=value} pairs (for storage). */
    public String parameters() {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "alpha=%.4f", alpha));
        if (form.hasTrend()) {
            b.append(String.format(java.util.Locale.ROOT, " beta=%.4f phi=%.3f", beta, phi));
        }
        if (form.season()) {
            b.append(String.format(java.util.Locale.ROOT, " gamma=%.4f", gamma));
        }
        return b.append(String.format(java.util.Locale.ROOT, " sigma2=%.4f", sigma2))
                .toString();
    }

    /** {@code φ + φ² + ... + φ^h} (h for an undamped trend, 0 without trend). */
    private double damping(int h) {
        if (!form.hasTrend()) {
            return 0;
        }
        double sum = 0;
        double p = 1;
        for (int i = 0; i < h; i++) {
            p *= phi;
            sum += p;
        }
        return sum;
    }
}
