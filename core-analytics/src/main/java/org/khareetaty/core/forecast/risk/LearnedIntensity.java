package org.khareetaty.core.forecast.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A learned combination of cell features for next-day hotspots: the risk of a cell on day D is an
 * additive Poisson intensity {@code λ = Σ_j w_j·x_j} over {@link IntensityFeature}s (decaying counts
 * of the cell's past incidents by kind of place, its near-repeat count, its neighbours' counts, a
 * constant background): the form of the self-exciting point process of Mohler et al. (2011), "Self-exciting
 * point process modeling of crime", JASA 106(493) (background plus triggered terms), with the
 * weights learned by maximum likelihood ({@link PoissonIntensityFit}) on the cell counts of the
 * {@code trainingDays} days before the first day scored (every {@code stride}-th day), each training
 * day's features from the incidents before that day only; optionally one set of weights for weekdays and
 * one for weekends (Saturday, Sunday), each learned on those days and optionally of features of their own
 * (the day of week as a feature: a factor common to every cell would not change a day's ranking; weights
 * apart, and a cell's own weekend history, do). The fit is reused for later days and redone
 * when a day is scored that lies before it or more than {@link #REFIT_AFTER} days after it; its
 * CPU time falls in the scoring of the day that triggers it.
 *
 * <p>The feature sets ({@link #chosen()}) were chosen on the Oct-Dec 2018 backtest, trained on the year
 * before (docs/forecast.md, sessions 9, 10 and 13: weekends apart, each day of the week apart, more windows,
 * boosting, day-type counts, more kinds of place, hit-rate-tuned weights and day tallies were tried).
 */
public final class LearnedIntensity implements RiskMethod {
    /** Days after the last training day that a fit is used for before it is redone. */
    public static final int REFIT_AFTER = 92;

    /** Training days (each kind of day counted apart) below which the fit is refused. */
    private static final int MIN_TRAINING_DAYS = 8;

    private final List<IntensityFeature> features;
    private final List<IntensityFeature> weekendFeatures;
    private final int trainingDays;
    private final int stride;
    private final boolean weekendApart;
    private RiskGrid fittedOn;
    private int trainedThrough;
    private double[] weekdayWeights;
    private double[] weekendWeights;

    /**
     * A model of {@code features} (one of them the background) trained on {@code trainingDays} days, with
     * weights of their own for weekends when {@code weekendApart}.
     */
    public LearnedIntensity(List<IntensityFeature> features, int trainingDays, int stride, boolean weekendApart) {
        this(features, features, trainingDays, stride, weekendApart);
    }

    /**
     * A model of {@code features} on weekdays and {@code weekendFeatures} on weekends (each with the background),
     * each weighed on its own kind of day, trained on {@code trainingDays} days.
     */
    public LearnedIntensity(
            List<IntensityFeature> features, List<IntensityFeature> weekendFeatures, int trainingDays, int stride) {
        this(features, weekendFeatures, trainingDays, stride, true);
    }

    private LearnedIntensity(
            List<IntensityFeature> features,
            List<IntensityFeature> weekendFeatures,
            int trainingDays,
            int stride,
            boolean weekendApart) {
        if (features.stream().noneMatch(IntensityFeature::isBackground)
                || weekendFeatures.stream().noneMatch(IntensityFeature::isBackground)) {
            throw new IllegalArgumentException("the features need the background term: a cell's first incident"
                    + " would otherwise have no intensity");
        }
        if (trainingDays < 28 || stride < 1) {
            throw new IllegalArgumentException("train on at least 28 days with a stride of 1 or more");
        }
        this.features = List.copyOf(features);
        this.weekendFeatures = List.copyOf(weekendFeatures);
        this.trainingDays = trainingDays;
        this.stride = stride;
        this.weekendApart = weekendApart;
    }

    /**
     * The chosen model. Weekdays: chronic counts (half-life 730 days) of residences, streets and other places
     * apart, the near-repeat count (half-life 30 days), both over the eight neighbours too, and the background.
     * Weekends: the same with the other places split into schools, shops, leisure places, transit and the
     * rest, and the cell's own weekend history (half-life 730 days) beside its whole history; each set weighed
     * on its own kind of day of the year before. On the Oct-Dec 2018 backtest the weekend set raised the
     * weekends' hit rate at 5% from 0.416 to 0.428 (Oct-Dec 2017: 0.447 to 0.458), while the same features
     * on weekdays lowered theirs (docs/forecast.md, session 13).
     */
    public static LearnedIntensity chosen() {
        return new LearnedIntensity(weekdayFeatures(), weekendFeatures(), 365, 1);
    }

    /** The chosen weekday features (session 9's, on every day until session 13). */
    static List<IntensityFeature> weekdayFeatures() {
        return List.of(
                IntensityFeature.own("nearRepeat30", 30),
                IntensityFeature.own("chronic730.residence", 730, PlaceKind.RESIDENCE),
                IntensityFeature.own("chronic730.street", 730, PlaceKind.STREET),
                IntensityFeature.own("chronic730.other", 730, PlaceKind.elsewhere()),
                IntensityFeature.neighbours("neighbours.chronic730", 730),
                IntensityFeature.neighbours("neighbours.nearRepeat30", 30),
                IntensityFeature.background());
    }

    /** The chosen weekend features: the weekday ones with every other kind of place apart and the weekend history. */
    static List<IntensityFeature> weekendFeatures() {
        List<IntensityFeature> weekend = new ArrayList<>(weekdayFeatures().subList(0, 3));
        for (PlaceKind kind : PlaceKind.elsewhere()) {
            weekend.add(IntensityFeature.own("chronic730." + kind.name().toLowerCase(Locale.ROOT), 730, kind));
        }
        weekend.addAll(weekdayFeatures().subList(4, 6));
        weekend.add(IntensityFeature.own("own730.sameDayType", 730).on(DayMatch.SAME_DAY_TYPE));
        weekend.add(IntensityFeature.background());
        return weekend;
    }

    @Override
    public String name() {
        return "learned";
    }

    @Override
    public synchronized double[] score(RiskGrid grid, int epochDay) {
        if (grid != fittedOn || epochDay <= trainedThrough || epochDay > trainedThrough + REFIT_AFTER) {
            fit(grid, epochDay);
        }
        boolean weekendModel = weekendApart && DayMatch.weekend(epochDay);
        double[][] x = CellFeatures.on(grid, weekendModel ? weekendFeatures : features, epochDay);
        double[] out = new double[grid.cells()];
        double[] weights = weekendModel ? weekendWeights : weekdayWeights;
        for (int f = 0; f < x.length; f++) {
            for (int u = 0; u < out.length; u++) {
                out[u] += weights[f] * x[f][u];
            }
        }
        return out;
    }

    /** The weekday weights of the last fit by feature name (empty before the first score). */
    public synchronized Map<String, Double> weights() {
        return named(features, weekdayWeights);
    }

    /** The weekend weights of the last fit by feature name (the weekday ones unless weekends are apart). */
    public synchronized Map<String, Double> weekendWeights() {
        return named(weekendApart ? weekendFeatures : features, weekendWeights);
    }

    private static Map<String, Double> named(List<IntensityFeature> features, double[] weights) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int f = 0; weights != null && f < features.size(); f++) {
            out.put(features.get(f).name(), weights[f]);
        }
        return out;
    }

    /** The last training day of the last fit (an epoch day). */
    public synchronized int trainedThrough() {
        return trainedThrough;
    }

    private void fit(RiskGrid grid, int epochDay) {
        weekdayWeights = fit(grid, epochDay, false);
        weekendWeights = weekendApart ? fit(grid, epochDay, true) : weekdayWeights;
        trainedThrough = epochDay - 1;
        fittedOn = grid;
    }

    /** The weights learned on the training days that are weekend days ({@code weekend}) or not, or on all. */
    private double[] fit(RiskGrid grid, int epochDay, boolean weekend) {
        int firstData = grid.incidents().firstDay();
        List<IntensityFeature> features = weekend ? weekendFeatures : this.features;
        int p = features.size();
        double[] columnSums = new double[p];
        List<double[]> rows = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        int used = 0;
        for (int d = epochDay - 1; d >= epochDay - trainingDays; d -= stride) {
            if (d - firstData < 365) {
                break;
            }
            if (weekendApart && DayMatch.weekend(d) != weekend) {
                continue;
            }
            used++;
            double[][] x = CellFeatures.on(grid, features, d);
            int[] y = grid.countsOn(d);
            for (int u = 0; u < y.length; u++) {
                for (int f = 0; f < p; f++) {
                    columnSums[f] += x[f][u];
                }
                if (y[u] > 0) {
                    double[] row = new double[p];
                    for (int f = 0; f < p; f++) {
                        row[f] = x[f][u];
                    }
                    rows.add(row);
                    counts.add((double) y[u]);
                }
            }
        }
        if (used * stride < MIN_TRAINING_DAYS || counts.isEmpty()) {
            throw new IllegalArgumentException("the learned hotspot forecast needs a year of incidents before its "
                    + "training days and at least " + MIN_TRAINING_DAYS + " training "
                    + (weekendApart ? (weekend ? "weekend " : "weekday ") : "")
                    + "days with incidents before "
                    + LocalDate.ofEpochDay(epochDay)
                    + ": use --method selfexciting for shorter data");
        }
        double[] flat = new double[rows.size() * p];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, flat, i * p, p);
        }
        return PoissonIntensityFit.fit(
                flat, counts.stream().mapToDouble(Double::doubleValue).toArray(), columnSums);
    }
}
