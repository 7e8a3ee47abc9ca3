package org.khareetaty.core.forecast;

import java.util.List;

/**
 * One additive-error exponential smoothing form of the taxonomy of Hyndman, Koehler, Ord &amp; Snyder,
 * <i>Forecasting with Exponential Smoothing: the State Space Approach</i> (Springer 2008), table 2.1:
 * trend none, additive or additive damped; weekly season none or additive. Additive errors only: a
 * daily zone series has zero days, on which multiplicative errors are undefined (R's {@code ets}
 * excludes them there too).
 */
public record EtsForm(Trend trend, boolean season) {
    /** The trend component. */
    public enum Trend {
        NONE("N"),
        ADDITIVE("A"),
        DAMPED("Ad");

        final String code;

        Trend(String code) {
            this.code = code;
        }
    }

    /** The two forms without trend, {@link Ets}'s default: ETS(A,N,N) and ETS(A,N,A). */
    public static final List<EtsForm> NO_TREND = List.of(new EtsForm(Trend.NONE, false), new EtsForm(Trend.NONE, true));

    /** The six additive-error forms. */
    public static final List<EtsForm> ALL = List.of(
            new EtsForm(Trend.NONE, false),
            new EtsForm(Trend.NONE, true),
            new EtsForm(Trend.ADDITIVE, false),
            new EtsForm(Trend.ADDITIVE, true),
            new EtsForm(Trend.DAMPED, false),
            new EtsForm(Trend.DAMPED, true));

    /** The form's name in the book's notation, e.g. {@code ETS(A,Ad,A)}. */
    public String label() {
        return "ETS(A," + trend.code + "," + (season ? "A" : "N") + ")";
    }

    boolean hasTrend() {
        return trend != Trend.NONE;
    }

    /** Free parameters: smoothing weights, damping, initial level, trend and m-1 seasonal states. */
    int parameters(int period) {
        int smoothing = 1 + (hasTrend() ? 1 : 0) + (season ? 1 : 0) + (trend == Trend.DAMPED ? 1 : 0);
        int states = 1 + (hasTrend() ? 1 : 0) + (season ? period - 1 : 0);
        return smoothing + states;
    }
}
