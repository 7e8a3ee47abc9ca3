package org.khareetaty.core.report;

/**
 * A count against the count it is compared with, and whether the difference is more than chance
 * ({@link PoissonComparison}).
 *
 * @param current the count of the period reported
 * @param base    the count compared with
 * @param percent (current - base) / base, or null when base is 0
 * @param pValue  two-sided p-value of the C-test, the periods' days being the exposures
 */
public record Change(long current, long base, Double percent, double pValue) {
    /** The level of one significance mark ({@code *}). */
    public static final double SIGNIFICANT = 0.05;
    /** The level of two significance marks ({@code **}). */
    public static final double VERY_SIGNIFICANT = 0.01;

    /** {@code current} over {@code currentDays} days against {@code base} over {@code baseDays}. */
    public static Change of(long current, long currentDays, long base, long baseDays) {
        return new Change(
                current,
                base,
                base == 0 ? null : (double) (current - base) / base,
                PoissonComparison.pValue(current, currentDays, base, baseDays));
    }

    /** current - base. */
    public long difference() {
        return current - base;
    }

    /** {@code **} below {@link #VERY_SIGNIFICANT}, {@code *} below {@link #SIGNIFICANT}, else empty. */
    public String mark() {
        return pValue < VERY_SIGNIFICANT ? "**" : pValue < SIGNIFICANT ? "*" : "";
    }
}
