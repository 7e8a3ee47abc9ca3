package org.khareetaty.sample;

import java.util.Arrays;

/** A discrete distribution over indices 0..n-1, sampled by binary search on the cumulative weights. */
final class WeightedTable {
    private final double[] cumulative;

    WeightedTable(double[] weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0 || Double.isNaN(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " is " + weights[i]);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("all " + weights.length + " weights are zero");
        }
    }

    double total() {
        return cumulative[cumulative.length - 1];
    }

    int sample(DemoRandom random) {
        double target = random.uniform() * total();
        int index = Arrays.binarySearch(cumulative, target);
        int slot = index >= 0 ? index + 1 : -index - 1;
        // skip zero-weight slots that share the cumulative value (only reachable on exact ties)
        while (slot < cumulative.length - 1 && cumulative[slot] <= target) {
            slot++;
        }
        return Math.min(slot, cumulative.length - 1);
    }
}
