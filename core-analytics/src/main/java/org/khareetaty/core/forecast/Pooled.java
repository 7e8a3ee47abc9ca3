package org.khareetaty.core.forecast;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * Pooling for sparse series: a series under {@code threshold} incidents a day is forecast as its share
 * of a parent series (the whole area, or the zone that contains a cell) rather than from its own noisy
 * days: the parent's forecast mean times the series' share of the parent's incidents over the last
 * {@code shareDays} days (top-down forecasting with historical proportions, Gross &amp; Sohl 1990;
 * Hyndman &amp; Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed., 11.2). Each
 * incident of the parent falls in the series with probability {@code s}, so the series' count is the
 * parent's count thinned: variance {@code s²·V + s(1-s)·μ} for a parent of mean {@code μ} and variance
 * {@code V}. A series at or above the threshold is forecast by the model itself.
 */
public final class Pooled implements CountModel {
    /** How the parameters of a pooled forecast begin: the share it took of its parent. */
    private static final String SHARE = "share=";

    private final CountModel model;
    private final DailySeries parent;
    private final double threshold;
    private final int shareDays;

    /** Pools series under {@code threshold} a day with {@code parent}, forecast by {@code model}. */
    public Pooled(CountModel model, DailySeries parent, double threshold, int shareDays) {
        this.model = model;
        this.parent = parent;
        this.threshold = threshold;
        this.shareDays = shareDays;
    }

    @Override
    public String name() {
        return model.name();
    }

    @Override
    public CountModel pooledWith(DailySeries parent) {
        return new Pooled(model, parent, threshold, shareDays);
    }

    /** Whether {@code y} is sparse: under the threshold over its last {@code shareDays} days. */
    boolean sparse(double[] y) {
        return recentSum(y) < threshold * Math.min(shareDays, y.length);
    }

    private double recentSum(double[] y) {
        double sum = 0;
        for (int t = Math.max(0, y.length - shareDays); t < y.length; t++) {
            sum += y[t];
        }
        return sum;
    }

    @Override
    public Moments moments(double[] y, LocalDate next, int horizon) {
        if (next == null || !sparse(y)) {
            return model.moments(y, next, horizon);
        }
        double[] p = parent.before(next, y.length);
        double parentSum = recentSum(p);
        double share = parentSum > 0 ? recentSum(y) / parentSum : 0;
        Moments whole = model.moments(p, next, horizon);
        double[] mean = new double[horizon];
        double[] variance = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            double mu = Math.max(0, whole.mean()[h]);
            mean[h] = share * mu;
            variance[h] = share * share * whole.variance()[h] + share * (1 - share) * mu;
        }
        return new Moments(
                "pooled " + whole.model(),
                mean,
                variance,
                String.format(java.util.Locale.ROOT, SHARE + "%.5f of %s ", share, parent.name()) + whole.parameters());
    }

    /** The share a pooled forecast's parameters ({@link Moments#parameters}) say it took of its parent, if pooled. */
    public static OptionalDouble shareIn(String parameters) {
        int at = parameters == null ? -1 : parameters.indexOf(SHARE);
        if (at < 0) {
            return OptionalDouble.empty();
        }
        int from = at + SHARE.length();
        int to = parameters.indexOf(' ', from);
        return OptionalDouble.of(Double.parseDouble(parameters.substring(from, to < 0 ? parameters.length() : to)));
    }
}
