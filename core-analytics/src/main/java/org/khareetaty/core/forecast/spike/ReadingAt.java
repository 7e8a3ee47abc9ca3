package org.khareetaty.core.forecast.spike;

/**
 * A reading scored by the backtest, with the forest's quantile for the readings that depend on it.
 *
 * @param reading the reading
 * @param quantile the forest's alarm quantile ({@link Reading#FOREST}, {@link Reading#COMBINED}), else NaN
 */
public record ReadingAt(Reading reading, double quantile) {
    /** The readings scored at each of {@code quantiles}: Poisson and interval once, forest and verdict per quantile. */
    public static java.util.List<ReadingAt> all(java.util.List<Double> quantiles) {
        java.util.List<ReadingAt> out = new java.util.ArrayList<>();
        out.add(new ReadingAt(Reading.POISSON, Double.NaN));
        out.add(new ReadingAt(Reading.ABOVE95, Double.NaN));
        for (double q : quantiles) {
            out.add(new ReadingAt(Reading.FOREST, q));
            out.add(new ReadingAt(Reading.COMBINED, q));
        }
        return out;
    }

    /** Whether it fires on {@code v}, the forest alarming at this quantile's threshold of {@code check}. */
    boolean firesOn(SpikeVerdict v, EarlyWarning check) {
        return Double.isNaN(quantile)
                ? reading.firesOn(v)
                : reading.firesOn(v.withForestThreshold(check.forestThreshold(quantile)));
    }

    /** Its name in the command's output: {@code forest@0.99}. */
    public String label() {
        return Double.isNaN(quantile) ? reading.label() : reading.label() + "@" + quantile;
    }
}
