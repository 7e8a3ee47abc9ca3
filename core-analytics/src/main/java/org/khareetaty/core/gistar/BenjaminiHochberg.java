package org.khareetaty.core.gistar;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The false-discovery-rate correction of Benjamini &amp; Hochberg (1995, "Controlling the false
 * discovery rate: a practical and powerful approach to multiple testing", JRSS B 57(1):289-300), as
 * ArcGIS's Optimized Hot Spot Analysis applies it to Gi* p-values.
 *
 * <p>The step-up procedure at level q rejects the hypotheses with the k smallest p-values, k the
 * largest rank i with p<sub>(i)</sub> &lt;= q i / m. Equivalently, the BH-adjusted p-value
 * p<sup>adj</sup><sub>(i)</sub> = min<sub>j &gt;= i</sub> min(1, m p<sub>(j)</sub> / j) is at most q
 * exactly for the rejected hypotheses, at every q at once: so one array serves 90, 95 and 99%.
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {}

    /**
     * The BH-adjusted p-values, in the order of {@code p}. Ties share the adjusted value of the last
     * of them, so the result does not depend on how equal p-values are ordered.
     *
     * @throws IllegalArgumentException if a p-value is NaN or outside [0,1]
     */
    public static double[] adjust(double[] p) {
        int m = p.length;
        for (int i = 0; i < m; i++) {
            if (!(p[i] >= 0.0 && p[i] <= 1.0)) {
                throw new IllegalArgumentException("p-value " + p[i] + " at index " + i + " is not in [0,1]");
            }
        }
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[m];
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            adjusted[i] = running;
        }
        return adjusted;
    }

    /**
     * How many hypotheses the step-up procedure rejects at false discovery rate {@code q}: the
     * largest rank i with p<sub>(i)</sub> &lt;= q i / m, or 0.
     */
    public static int rejections(double[] p, double q) {
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        int m = sorted.length;
        for (int rank = m; rank >= 1; rank--) {
            if (sorted[rank - 1] <= q * rank / m) {
                return rank;
            }
        }
        return 0;
    }
}
