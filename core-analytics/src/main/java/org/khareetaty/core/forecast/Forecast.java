package org.khareetaty.core.forecast;

/**
 * A model's forecast of the days {@code 1..h} after the end of its training series: the point forecast
 * (a mean, not rounded) and the 80% and 95% prediction intervals as counts (never below 0; the lower
 * bound rounded up, the upper rounded down, which changes no integer's coverage).
 *
 * @param model the model and the form it chose, e.g. {@code snaive} or {@code ETS(A,N,A)}
 */
public record Forecast(String model, double[] mean, double[] lo80, double[] hi80, double[] lo95, double[] hi95) {
    /** The horizon: how many days ahead. */
    public int horizon() {
        return mean.length;
    }

    /** Whether the count {@code y} of day {@code h} (0-based) lies in the interval of {@code level} 80 or 95. */
    public boolean covers(int h, double y, int level) {
        return switch (level) {
            case 80 -> lo80[h] <= y && y <= hi80[h];
            case 95 -> lo95[h] <= y && y <= hi95[h];
            default -> throw new IllegalArgumentException("intervals are 80 and 95%, not " + level);
        };
    }

    /** A count interval from a continuous one: {@code [max(0, ceil(lo)), max(0, floor(hi))]}. */
    static double[] countLower(double[] lo) {
        double[] out = new double[lo.length];
        for (int i = 0; i < lo.length; i++) {
            out[i] = Math.max(0, Math.ceil(lo[i]));
        }
        return out;
    }

    static double[] countUpper(double[] hi) {
        double[] out = new double[hi.length];
        for (int i = 0; i < hi.length; i++) {
            out[i] = Math.max(0, Math.floor(hi[i]));
        }
        return out;
    }
}
