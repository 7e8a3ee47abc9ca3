package org.khareetaty.sample;

import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param seed           seed of every random choice; same seed and spec give a byte-identical file
 * @param start          first day (local time, Asia/Kuwait), inclusive
 * @param end            last day, inclusive; not before {@code start}, at most 20 years after it
 * @param incidents      number of defect-free incidents to write, 1..10,000,000; the planted defect
 *                       rows come on top (about 0.33% of this number, at least one of each kind)
 * @param gzip           whether the file is gzip-compressed
 */
public record DemoSpec(long seed, LocalDate start, LocalDate end, int incidents, boolean gzip) {

    /** Seed of the default demo data set. */
    public static final long DEFAULT_SEED = 20260101L;
    /** Incidents in the default demo data set. */
    public static final int DEFAULT_INCIDENTS = 120_000;

    static final int MAX_INCIDENTS = 10_000_000;

    /** Checks the arguments. */
    public DemoSpec {
        if (start == null || end == null) {
            throw new IllegalArgumentException("demo spec: start and end dates are required");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("demo spec: end date " + end + " is before start date " + start);
        }
        if (end.isAfter(start.plusYears(20))) {
            throw new IllegalArgumentException(
                    "demo spec: period " + start + " .. " + end + " is longer than 20 years");
        }
        if (incidents < 1 || incidents > MAX_INCIDENTS) {
            throw new IllegalArgumentException(
                    "demo spec: incidents must be 1.." + MAX_INCIDENTS + ", got " + incidents);
        }
    }

    /** Seed 20260101, 2024-01-01 .. 2025-12-31, 120,000 incidents, plain CSV. */
    public static DemoSpec defaults() {
        return new DemoSpec(
                DEFAULT_SEED, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), DEFAULT_INCIDENTS, false);
    }

    /** This spec with another seed. */
    public DemoSpec withSeed(long newSeed) {
        return new DemoSpec(newSeed, start, end, incidents, gzip);
    }

    /** This spec, gzip-compressed or not. */
    public DemoSpec withGzip(boolean compressed) {
        return new DemoSpec(seed, start, end, incidents, compressed);
    }
}
