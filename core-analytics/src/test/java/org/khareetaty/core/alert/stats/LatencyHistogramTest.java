package org.khareetaty.core.alert.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Percentiles read from the logarithmic buckets against the exact ones of the sorted sample. */
class LatencyHistogramTest {

    @Test
    void percentilesAreTheExactOnesOrAtMostTwoPercentAbove() {
        Random r = new Random(2026);
        for (int run = 0; run < 20; run++) {
            int n = 1 + r.nextInt(20_000);
            long[] nanos = new long[n];
            LatencyHistogram h = new LatencyHistogram();
            for (int i = 0; i < n; i++) {
                // log-normal around 0.5 ms, spanning microseconds to seconds, like the engine's stages
                nanos[i] = Math.max(1_000, (long) (500_000 * Math.exp(2 * r.nextGaussian())));
                h.record(nanos[i]);
            }
            Arrays.sort(nanos);
            assertEquals(n, h.total());
            for (double q : new double[] {0.0, 0.5, 0.9, 0.95, 0.99, 0.999, 1.0}) {
                double exact = nanos[(int) Math.max(0, Math.ceil(q * n) - 1)] / 1e6;
                double read = h.quantileMillis(q);
                // the bucket's upper bound: never below the exact value, and less than 2% above it
                assertTrue(
                        read >= exact * (1 - 1e-12) && read <= exact * 1.02 * (1 + 1e-12),
                        "q=" + q + " n=" + n + ": exact " + exact + " ms, histogram " + read + " ms");
            }
        }
    }

    @Test
    void mergingBucketsGivesTheHistogramOfBothSamples() {
        Random r = new Random(11);
        LatencyHistogram a = new LatencyHistogram();
        LatencyHistogram b = new LatencyHistogram();
        LatencyHistogram both = new LatencyHistogram();
        for (int i = 0; i < 5_000; i++) {
            long v = 1_000 + (long) (r.nextDouble() * (i % 2 == 0 ? 1e6 : 1e9));
            (i % 3 == 0 ? a : b).record(v);
            both.record(v);
        }
        for (int bucket = 0; bucket < LatencyHistogram.BUCKETS; bucket++) {
            a.add(bucket, b.count(bucket));
        }
        assertEquals(both.total(), a.total());
        for (double q : new double[] {0.5, 0.95, 0.99}) {
            assertEquals(both.quantileMillis(q), a.quantileMillis(q), "q=" + q);
        }
    }

    @Test
    void anEmptyOrClearedHistogramHasNoPercentiles() {
        LatencyHistogram h = new LatencyHistogram();
        assertTrue(Double.isNaN(h.quantileMillis(0.5)));
        h.record(3_000_000);
        assertEquals(3.0, h.quantileMillis(0.5), 3.0 * 0.02);
        h.clear();
        assertEquals(0, h.total());
        assertTrue(Double.isNaN(h.quantileMillis(0.5)));
    }

    @Test
    void durationsOutsideTheRangeLandInTheEndBuckets() {
        assertEquals(0, LatencyHistogram.bucketOf(0));
        assertEquals(0, LatencyHistogram.bucketOf(999));
        assertEquals(LatencyHistogram.BUCKETS - 1, LatencyHistogram.bucketOf(Long.MAX_VALUE));
    }
}
