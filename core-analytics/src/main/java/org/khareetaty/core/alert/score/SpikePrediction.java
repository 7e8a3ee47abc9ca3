package org.khareetaty.core.alert.score;

/**
 * A cell's spike prediction: the incidents begun in its sliding window against the number expected
 * from the cell's hourly rate of incidents in the rolling summary. Its confidence is the Poisson probability of seeing fewer
 * events than observed if the cell kept its baseline rate, {@code P(X < observed | lambda = expected)},
 * i.e. one minus the one-sided p-value of the observed count.
 *
 * @param observed   incidents begun in the sliding window
 * @param expected   incidents expected in a window of that length at the baseline rate
 * @param confidence {@code P(X < observed)} for X ~ Poisson(expected)
 */
public record SpikePrediction(int observed, double expected, double confidence) {

    /** The prediction for {@code observed} events against {@code expected}. */
    public static SpikePrediction of(int observed, double expected) {
        return new SpikePrediction(observed, expected, poissonCdf(observed - 1, expected));
    }

    /** {@code P(X <= k)} for X ~ Poisson(lambda), summed in log space for large counts. */
    public static double poissonCdf(int k, double lambda) {
        if (k < 0) {
            return 0;
        }
        double term = Math.exp(-lambda);
        if (term == 0) {
            double logTerm = -lambda;
            double logSum = logTerm;
            for (int i = 1; i <= k; i++) {
                logTerm += Math.log(lambda / i);
                logSum = logTerm > logSum
                        ? logTerm + Math.log1p(Math.exp(logSum - logTerm))
                        : logSum + Math.log1p(Math.exp(logTerm - logSum));
            }
            return Math.min(1, Math.exp(logSum));
        }
        double sum = term;
        for (int i = 1; i <= k; i++) {
            term *= lambda / i;
            sum += term;
        }
        return Math.min(1, sum);
    }
}
