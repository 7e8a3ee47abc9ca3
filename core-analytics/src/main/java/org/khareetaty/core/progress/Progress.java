package org.khareetaty.core.progress;

import java.time.Duration;

/**
 * A snapshot of long work.
 *
 * @param task     what is being done ("import crimes.csv.gz")
 * @param done     work units done (bytes of input for an import)
 * @param total    work units in all, or -1 when unknown
 * @param items    items handled so far (rows for an import)
 * @param elapsed  time since the work started
 */
public record Progress(String task, long done, long total, long items, Duration elapsed) {

    /** Fraction done in [0,1], or NaN when the total is unknown. */
    public double fraction() {
        return total <= 0 ? Double.NaN : Math.min(1.0, (double) done / total);
    }

    /** Items per second so far. */
    public double itemsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : items / s;
    }

    /** Estimated time left, or null when it cannot be estimated yet. */
    public Duration eta() {
        double f = fraction();
        if (Double.isNaN(f) || f <= 0.0) {
            return null;
        }
        return Duration.ofMillis((long) (elapsed.toMillis() * (1 - f) / f));
    }
}
