package org.khareetaty.core.forecast.spike;

import java.util.Arrays;
import java.util.List;
import smile.anomaly.IsolationForest;

/**
 * The isolation forest reading of the spike check (Liu, Ting & Zhou 2008, "Isolation Forest", ICDM; Smile's
 * {@code smile.anomaly.IsolationForest}): trees that split random features at random values isolate an
 * unusual zone-day in fewer splits than an ordinary one, and the score {@code 2^(−E[h(x)]/c(ψ))} is near 1
 * for a point isolated at once and at most 0.5 for ordinary ones. Fitted on the {@link SpikeFeatures} of
 * every zone on the days before the days checked, with the paper's settings (100 trees, sub-samples of
 * ψ = 256, depth limit log₂ ψ = 8). A zone-day alarms when its score exceeds the {@code quantile} of the
 * training zone-days' scores and its count is above the forecast: the forest also isolates unusually quiet
 * days, which are no spike.
 */
final class SpikeForest {
    /** Trees (Liu et al. 2008: path lengths converge well before 100). */
    static final int TREES = 100;

    /** Sub-sample size ψ (Liu et al. 2008: 256 suffices across their data sets). */
    static final int SUBSAMPLE = 256;

    private final IsolationForest forest;
    private final double[] trainingScores;
    private final double threshold;

    private SpikeForest(IsolationForest forest, double[] trainingScores, double quantile) {
        this.forest = forest;
        this.trainingScores = trainingScores;
        this.threshold = threshold(quantile);
    }

    /** A forest over {@code vectors}, alarming above the {@code quantile} (e.g. 0.995) of their scores. */
    static SpikeForest fit(List<double[]> vectors, double quantile) {
        if (vectors.size() < SUBSAMPLE) {
            throw new IllegalArgumentException("the isolation forest needs at least " + SUBSAMPLE
                    + " zone-days to learn from, not " + vectors.size());
        }
        double[][] x = vectors.toArray(double[][]::new);
        IsolationForest forest = IsolationForest.fit(
                x, TREES, (int) Math.ceil(Math.log(SUBSAMPLE) / Math.log(2)), (double) SUBSAMPLE / x.length, 0);
        double[] scores = forest.score(x);
        Arrays.sort(scores);
        return new SpikeForest(forest, scores, quantile);
    }

    /** The {@code quantile} of the training zone-days' scores. */
    double threshold(double quantile) {
        if (!(quantile > 0 && quantile < 1)) {
            throw new IllegalArgumentException("the forest's quantile must lie between 0 and 1, not " + quantile);
        }
        return trainingScores[Math.min(trainingScores.length - 1, (int) Math.floor(quantile * trainingScores.length))];
    }

    /** The anomaly score of a zone-day's features. */
    double score(double[] features) {
        return forest.score(features);
    }

    /** The score above which a zone-day alarms. */
    double threshold() {
        return threshold;
    }
}
