package org.khareetaty.core.forecast.risk;

import java.util.Arrays;

/**
 * Cells ranked by score as protocol B5 ranks them: scores rounded to 9 decimals (so sums that are equal
 * mathematically tie whatever the order of summation), descending, ties by ascending cell number; the
 * top {@code ceil(c·N/100)} cells are flagged at coverage c%.
 */
public final class CellRanking {
    private CellRanking() {}

    /** Universe cells from riskiest to least risky. */
    public static int[] order(double[] scores) {
        long[] key = new long[scores.length];
        for (int i = 0; i < scores.length; i++) {
            key[i] = (long) Math.rint(scores[i] * 1e9);
        }
        return java.util.stream.IntStream.range(0, scores.length)
                .boxed()
                .sorted((a, b) -> key[a] != key[b] ? Long.compare(key[b], key[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /** Number of cells flagged at {@code percent}% of {@code cells}: {@code ceil(percent·cells/100)}. */
    public static int flagged(double percent, int cells) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("coverage must be in (0, 100] percent, got " + percent);
        }
        long exact = Math.round(percent * 1e6) * cells;
        return (int) ((exact + 100_000_000 - 1) / 100_000_000);
    }

    /** The top {@code n} of {@code order}. */
    public static int[] top(int[] order, int n) {
        return Arrays.copyOf(order, Math.min(n, order.length));
    }
}
