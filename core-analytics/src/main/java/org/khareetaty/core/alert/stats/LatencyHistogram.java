package org.khareetaty.core.alert.stats;

/**
 * A latency histogram with logarithmic buckets: bucket {@code b} holds durations in
 * {@code [1 us x 1.02^b, 1 us x 1.02^(b+1))}, so a percentile read from it is within 2% of the
 * exact value, from 1 microsecond to over an hour, in a fixed 1,200 longs. Mergeable (buckets add).
 * Not thread safe.
 */
public final class LatencyHistogram {
    /** Number of buckets. */
    public static final int BUCKETS = 1200;

    private static final double GROWTH = 1.02;
    private static final double LOG_GROWTH = Math.log(GROWTH);
    private final long[] counts = new long[BUCKETS];
    private long total;

    /** The bucket of a duration in nanoseconds. */
    public static int bucketOf(long nanos) {
        if (nanos < 1000) {
            return 0;
        }
        int b = (int) (Math.log(nanos / 1000.0) / LOG_GROWTH);
        return Math.min(BUCKETS - 1, Math.max(0, b));
    }

    /** The upper bound of bucket {@code b}, in nanoseconds. */
    public static double upperNanos(int b) {
        return 1000 * Math.pow(GROWTH, b + 1);
    }

    /** Records one duration. */
    public void record(long nanos) {
        counts[bucketOf(nanos)]++;
        total++;
    }

    /** Adds {@code n} to bucket {@code b}. */
    public void add(int b, long n) {
        counts[b] += n;
        total += n;
    }

    /** The count in bucket {@code b}. */
    public long count(int b) {
        return counts[b];
    }

    /** Durations recorded. */
    public long total() {
        return total;
    }

    /** The {@code q}-quantile (0..1) in milliseconds: the upper bound of the bucket holding it; NaN when empty. */
    public double quantileMillis(double q) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(q * total);
        long seen = 0;
        for (int b = 0; b < BUCKETS; b++) {
            seen += counts[b];
            if (seen >= Math.max(1, rank)) {
                return upperNanos(b) / 1e6;
            }
        }
        return upperNanos(BUCKETS - 1) / 1e6;
    }

    /** Clears every bucket. */
    public void clear() {
        java.util.Arrays.fill(counts, 0);
        total = 0;
    }
}
