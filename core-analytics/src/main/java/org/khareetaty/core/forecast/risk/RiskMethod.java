package org.khareetaty.core.forecast.risk;

/**
 * A next-day hotspot forecast: a risk score per universe cell of a {@link RiskGrid} for one day, from
 * the incidents dated before that day only. Higher is riskier; only the order of the scores matters.
 */
public interface RiskMethod {
    /** Short name used in the command line and the reports, e.g. {@code naive}. */
    String name();

    /** Scores of the universe cells for {@code epochDay}, from incidents dated before it. */
    double[] score(RiskGrid grid, int epochDay);
}
