package org.khareetaty.core.forecast.spike;

import org.khareetaty.core.forecast.HourBlocks;

/**
 * The feature vector of one zone on one day that the isolation forest scores, every feature a change
 * against the zone's own recent past on the square-root scale ({@code 2(√x − √m)}, about standard normal
 * for a Poisson count of mean {@code m} whatever the zone's size, so that one forest serves busy and quiet
 * zones alike): the day against the forecast (the residual), against the same weekday of the four weeks
 * before, the last 7 days against the mean week of the 4 weeks before them, the last 2 days against the mean
 * two days of the 28 before them, and each six-hour block of the day against that block's daily mean over
 * the 28 days before. (No category features: the Chicago file holds one offence.) Needs 35 days of history before the day.
 */
final class SpikeFeatures {
    /** Days of history the features read before the day. */
    static final int HISTORY = 35;

    /** Features of a vector. */
    static final int SIZE = 4 + HourBlocks.BLOCKS;

    private SpikeFeatures() {}

    /**
     * The features of day {@code at} of a zone whose daily counts are {@code counts}, counts by block
     * {@code blocks[day][block]}, and whose forecast for the day was {@code expected}.
     */
    static double[] of(int[] counts, int[][] blocks, int at, double expected) {
        if (at < HISTORY) {
            throw new IllegalArgumentException("the features of a day need " + HISTORY + " days before it");
        }
        double[] f = new double[SIZE];
        int x = counts[at];
        f[0] = root(x, expected);
        f[1] = root(x, (counts[at - 7] + counts[at - 14] + counts[at - 21] + counts[at - 28]) / 4.0);
        f[2] = root(sum(counts, at - 6, at), sum(counts, at - 34, at - 7) / 4.0);
        for (int b = 0; b < HourBlocks.BLOCKS; b++) {
            double mean = 0;
            for (int d = at - 28; d < at; d++) {
                mean += blocks[d][b] / 28.0;
            }
            f[3 + b] = root(blocks[at][b], mean);
        }
        f[SIZE - 1] = root(sum(counts, at - 1, at), sum(counts, at - 29, at - 2) / 14.0);
        return f;
    }

    /** {@code 2(√x − √m)}. */
    static double root(double x, double m) {
        return 2 * (Math.sqrt(x) - Math.sqrt(Math.max(0, m)));
    }

    private static double sum(int[] counts, int from, int through) {
        double s = 0;
        for (int i = from; i <= through; i++) {
            s += counts[i];
        }
        return s;
    }
}
