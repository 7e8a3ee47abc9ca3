package org.khareetaty.core.forecast.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Session 13's idea 3 (experiment only): the learned intensity's EM weights, then a coordinate search of each
 * weight (times or over 2, 1.5, 1.2, 1.1, 1.05, or set to zero) that keeps a change only when it raises the mean
 * daily hit rate at {@code coverage}% over the same training days (weekdays and weekends apart); the largest
 * weight stays fixed as the scale. Candidates per training day: the EM score's top {@code 4·K} cells.
 */
final class HitRateTunedVariant implements RiskMethod {
    private final List<IntensityFeature> features;
    private final double coverage;
    private final LearnedIntensity em;
    private int trainedThrough = Integer.MIN_VALUE;
    private double[] weekday;
    private double[] weekend;

    HitRateTunedVariant(List<IntensityFeature> features, double coverage) {
        this.features = features;
        this.coverage = coverage;
        this.em = new LearnedIntensity(features, 365, 1, true);
    }

    @Override
    public String name() {
        return "learned";
    }

    @Override
    public double[] score(RiskGrid grid, int epochDay) {
        em.score(grid, epochDay);
        if (em.trainedThrough() != trainedThrough) {
            trainedThrough = em.trainedThrough();
            weekday = tune(grid, toArray(em.weights()), false);
            weekend = tune(grid, toArray(em.weekendWeights()), true);
            System.out.println("  tuned weekday " + Arrays.toString(weekday));
            System.out.println("  tuned weekend " + Arrays.toString(weekend));
        }
        double[] w = DayMatch.weekend(epochDay) ? weekend : weekday;
        double[][] x = CellFeatures.on(grid, features, epochDay);
        double[] out = new double[grid.cells()];
        for (int f = 0; f < x.length; f++) {
            for (int u = 0; u < out.length; u++) {
                out[u] += w[f] * x[f][u];
            }
        }
        return out;
    }

    private double[] toArray(Map<String, Double> named) {
        return named.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private record Day(float[][] x, int[] y, int total) {}

    private double[] tune(RiskGrid grid, double[] start, boolean weekendDays) {
        int k = (int) Math.ceil(coverage * grid.cells() / 100);
        List<Day> days = new ArrayList<>();
        for (int d = trainedThrough; d > trainedThrough - 365; d--) {
            if (DayMatch.weekend(d) != weekendDays) {
                continue;
            }
            int[] counts = grid.countsOn(d);
            int total = Arrays.stream(counts).sum();
            if (total == 0) {
                continue;
            }
            double[][] x = CellFeatures.on(grid, features, d);
            double[] s = new double[grid.cells()];
            for (int f = 0; f < x.length; f++) {
                for (int u = 0; u < s.length; u++) {
                    s[u] += start[f] * x[f][u];
                }
            }
            int[] top = CellRanking.order(s);
            int n = Math.min(4 * k, top.length);
            float[][] xs = new float[x.length][n];
            int[] ys = new int[n];
            for (int i = 0; i < n; i++) {
                for (int f = 0; f < x.length; f++) {
                    xs[f][i] = (float) x[f][top[i]];
                }
                ys[i] = counts[top[i]];
            }
            days.add(new Day(xs, ys, total));
        }
        double[] w = start.clone();
        int scale = 0;
        for (int f = 1; f < w.length; f++) {
            if (w[f] > w[scale]) {
                scale = f;
            }
        }
        best = objective(days, w, k);
        double first = best;
        double[] factors = {2, 1.5, 1.2, 1.1, 1.05};
        for (int round = 0; round < 4; round++) {
            boolean moved = false;
            for (int f = 0; f < w.length; f++) {
                if (f == scale) {
                    continue;
                }
                for (double factor : factors) {
                    moved |= tryWeight(days, w, k, f, w[f] * factor);
                    moved |= tryWeight(days, w, k, f, w[f] / factor);
                }
                moved |= tryWeight(days, w, k, f, 0);
            }
            if (!moved) {
                break;
            }
        }
        System.out.printf(
                "  %s training hit rate %.4f -> %.4f over %d days%n",
                weekendDays ? "weekend" : "weekday", first, best, days.size());
        return w;
    }

    private double best;

    /** Sets weight {@code f} to {@code value} when that raises the training hit rate; says whether it did. */
    private boolean tryWeight(List<Day> days, double[] w, int k, int f, double value) {
        double old = w[f];
        w[f] = value;
        double v = objective(days, w, k);
        if (v > best + 1e-12) {
            best = v;
            return true;
        }
        w[f] = old;
        return false;
    }

    private static double objective(List<Day> days, double[] w, int k) {
        double sum = 0;
        for (Day d : days) {
            int n = d.y().length;
            double[] s = new double[n];
            for (int f = 0; f < w.length; f++) {
                float[] xf = d.x()[f];
                double wf = w[f];
                for (int i = 0; i < n; i++) {
                    s[i] += wf * xf[i];
                }
            }
            double[] sorted = s.clone();
            Arrays.sort(sorted);
            double threshold = sorted[n - k];
            int hits = 0;
            for (int i = 0; i < n; i++) {
                if (s[i] >= threshold) {
                    hits += d.y()[i];
                }
            }
            sum += (double) hits / d.total();
        }
        return sum / days.size();
    }
}
