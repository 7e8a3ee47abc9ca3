package org.khareetaty.core.forecast.spike;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.Forecaster;
import org.khareetaty.core.forecast.HourBlocks;
import org.khareetaty.core.forecast.SeriesSet;

/**
 * The spike check of a set of series with its three readings ({@link SpikeVerdict}): the Poisson test and
 * the interval exceedance of {@link SpikeCheck}, and an isolation forest ({@link SpikeForest}) learned on
 * the zones' days before the days checked, never on them.
 */
public final class EarlyWarning {
    /** Days the forest learns from, before the first day checked. */
    public static final int TRAINING_DAYS = 364;

    /**
     * The forest alarms above this quantile of its training zone-days' scores. Chosen on 2018 by a rule
     * fixed before the runs: the largest detection of planted spikes by the verdict with at most 1.5 times
     * the Poisson test's own false alarms (docs/forecast.md, "How the spike settings were chosen").
     */
    public static final double QUANTILE = 0.999;

    private final SeriesSet set;
    private final HourBlocks blocks;
    private final Forecaster model;
    private final int window;
    private final SpikeForest forest;

    private EarlyWarning(SeriesSet set, HourBlocks blocks, Forecaster model, int window, SpikeForest forest) {
        this.set = set;
        this.blocks = blocks;
        this.model = model;
        this.window = window;
        this.forest = forest;
    }

    /**
     * Learns the forest from every zone of {@code set} on every {@code stride}-th of the
     * {@link #TRAINING_DAYS} days before {@code before} (fewer when the series is shorter), each day's
     * residual from the model fitted on the {@code window} days before it.
     */
    public static EarlyWarning train(
            SeriesSet set,
            HourBlocks blocks,
            Forecaster model,
            int window,
            LocalDate before,
            int stride,
            double quantile) {
        DailySeries whole = set.whole();
        int end = whole.indexOf(before);
        int start = Math.max(SpikeFeatures.HISTORY, end - TRAINING_DAYS);
        if (end > whole.counts().length || end - start < 28) {
            throw new IllegalArgumentException("the spike check needs at least " + (SpikeFeatures.HISTORY + 28)
                    + " days of " + set.layer() + " before " + before + " (the series: " + whole.first() + " .. "
                    + whole.last() + ")");
        }
        List<double[]> vectors = new ArrayList<>();
        for (DailySeries s : set.zones()) {
            int[][] b = blocks.of(s.name());
            for (int at = start; at < end; at += stride) {
                Spike day = SpikeCheck.check(
                        s.name(), s.first(), s.counts(), s.first().plusDays(at), 1, model, window);
                vectors.add(SpikeFeatures.of(s.counts(), b, at, day.expected()));
            }
        }
        return new EarlyWarning(set, blocks, model, window, SpikeForest.fit(vectors, quantile));
    }

    /** Every zone of the set, then the whole area, on {@code day}. */
    public List<SpikeVerdict> on(LocalDate day) {
        List<SpikeVerdict> out = new ArrayList<>();
        for (DailySeries s : set.zones()) {
            out.add(check(s.name(), s.first(), s.counts(), blocks.of(s.name()), day));
        }
        DailySeries w = set.whole();
        out.add(check(w.name(), w.first(), w.counts(), blocks.of(w.name()), day));
        return out;
    }

    /**
     * One series: {@code counts} from {@code first}, {@code byBlock[day][block]}, on {@code day} (the
     * backtest passes series with planted spikes).
     */
    public SpikeVerdict check(String zone, LocalDate first, int[] counts, int[][] byBlock, LocalDate day) {
        Spike d = SpikeCheck.check(zone, first, counts, day, 1, model, window);
        Spike w = SpikeCheck.check(zone, first, counts, day, 7, model, window);
        int at = (int) (day.toEpochDay() - first.toEpochDay());
        double score = forest.score(SpikeFeatures.of(counts, byBlock, at, d.expected()));
        return new SpikeVerdict(d, w, score, forest.threshold());
    }

    /** The forest's alarm threshold. */
    public double forestThreshold() {
        return forest.threshold();
    }

    /** The threshold the forest would have at another quantile of its training scores. */
    public double forestThreshold(double quantile) {
        return forest.threshold(quantile);
    }
}
