package org.khareetaty.core.forecast.risk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The experiment driver of session 13 (docs/forecast.md, "Session 13"): each variant of the learned intensity
 * scored on the 2018 backtest only (Oct-Dec 2018, trained on the days before). Not a test: run it by hand,
 * {@code java -cp ... LearnedVariants FILE [FROM TO] VARIANT...}.
 */
public final class LearnedVariants {
    private LearnedVariants() {}

    static List<IntensityFeature> base() {
        return LearnedIntensity.weekdayFeatures();
    }

    static List<IntensityFeature> plus(List<IntensityFeature> base, IntensityFeature... more) {
        List<IntensityFeature> out = new ArrayList<>(base.subList(0, base.size() - 1));
        out.addAll(List.of(more));
        out.add(base.get(base.size() - 1));
        return out;
    }

    static IntensityFeature all730(String name) {
        return IntensityFeature.own(name, 730);
    }

    static List<IntensityFeature> places() {
        List<IntensityFeature> out = new ArrayList<>(base().subList(0, 3));
        for (PlaceKind k : List.of(
                PlaceKind.EDUCATION, PlaceKind.RETAIL, PlaceKind.LEISURE, PlaceKind.TRANSPORT, PlaceKind.OTHER)) {
            out.add(IntensityFeature.own("chronic730." + k, 730, k));
        }
        out.addAll(base().subList(4, 7));
        return out;
    }

    static Map<String, Supplier<RiskMethod>> variants() {
        Map<String, Supplier<RiskMethod>> v = new LinkedHashMap<>();
        v.put("base", () -> learned(base()));
        v.put("chosen", LearnedIntensity::chosen);
        v.put("dayType", () -> learned(plus(base(), all730("own730.sameDayType").on(DayMatch.SAME_DAY_TYPE))));
        v.put("weekday", () -> learned(plus(base(), all730("own730.sameWeekday").on(DayMatch.SAME_WEEKDAY))));
        v.put(
                "dayTypeWeekday",
                () -> learned(plus(
                        base(),
                        all730("own730.sameDayType").on(DayMatch.SAME_DAY_TYPE),
                        all730("own730.sameWeekday").on(DayMatch.SAME_WEEKDAY))));
        v.put("places", () -> learned(places()));
        v.put("days", () -> learned(plus(base(), all730("own730.days").counting(Tally.DAYS))));
        v.put(
                "address",
                () -> learned(plus(base(), all730("own730.busiestAddress").counting(Tally.BUSIEST_ADDRESS))));
        v.put("tuned5", () -> new HitRateTunedVariant(base(), 5));
        v.put("daysInstead", () -> learned(counting(base(), Tally.DAYS)));
        v.put(
                "dayTypePlaces",
                () -> learned(plus(places(), all730("own730.sameDayType").on(DayMatch.SAME_DAY_TYPE))));
        v.put(
                "tuned5dayTypePlaces",
                () -> new HitRateTunedVariant(
                        plus(places(), all730("own730.sameDayType").on(DayMatch.SAME_DAY_TYPE)), 5));
        v.put(
                "dayTypePlacesDays",
                () -> learned(plus(
                        places(),
                        all730("own730.sameDayType").on(DayMatch.SAME_DAY_TYPE),
                        all730("own730.days").counting(Tally.DAYS))));
        v.put("dayTypeChronic", () -> learned(dayTypeChronic(base())));
        v.put(
                "weekendDayType",
                () -> new LearnedIntensity(
                        base(), plus(base(), all730("own730.sameDayType").on(DayMatch.SAME_DAY_TYPE)), 365, 1));
        v.put("weekendPlaces", () -> new LearnedIntensity(base(), places(), 365, 1));
        v.put(
                "weekendDayTypePlaces",
                () -> new LearnedIntensity(
                        base(), plus(places(), all730("own730.sameDayType").on(DayMatch.SAME_DAY_TYPE)), 365, 1));
        v.put("selfexciting", SelfExciting::chosen);
        v.put("naive", WindowCount::naive);
        return v;
    }

    static List<IntensityFeature> counting(List<IntensityFeature> base, Tally how) {
        List<IntensityFeature> out = new ArrayList<>();
        for (IntensityFeature f : base) {
            out.add(f.name().startsWith("chronic") ? f.counting(how) : f);
        }
        return out;
    }

    /** The chronic counts of the same kind of day as the day scored instead of all days. */
    static List<IntensityFeature> dayTypeChronic(List<IntensityFeature> base) {
        List<IntensityFeature> out = new ArrayList<>();
        for (IntensityFeature f : base) {
            out.add(f.name().startsWith("chronic") ? f.on(DayMatch.SAME_DAY_TYPE) : f);
        }
        return out;
    }

    static LearnedIntensity learned(List<IntensityFeature> features) {
        return new LearnedIntensity(features, 365, 1, true);
    }

    /** Per coverage, the mean daily hit-rate difference and its standard error over the days (paired). */
    static String pairedDifference(int[] incidents, int[][] hits, int[][] base) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < hits.length; c++) {
            double sum = 0;
            double sq = 0;
            int n = 0;
            for (int d = 0; d < incidents.length; d++) {
                if (incidents[d] > 0) {
                    double diff = (double) (hits[c][d] - base[c][d]) / incidents[d];
                    sum += diff;
                    sq += diff * diff;
                    n++;
                }
            }
            double mean = sum / n;
            double se = Math.sqrt((sq / n - mean * mean) / (n - 1));
            out.append(String.format("%+.4f±%.4f ", mean, se));
        }
        return out.toString();
    }

    static String byDayType(List<LocalDate> days, int[] incidents, int[] hits) {
        double[] sum = new double[2];
        int[] n = new int[2];
        for (int d = 0; d < incidents.length; d++) {
            if (incidents[d] > 0) {
                int t = DayMatch.weekend((int) days.get(d).toEpochDay()) ? 1 : 0;
                sum[t] += (double) hits[d] / incidents[d];
                n[t]++;
            }
        }
        return String.format("%.4f (%d days) / %.4f (%d days)", sum[0] / n[0], n[0], sum[1] / n[1], n[1]);
    }

    public static void main(String[] args) {
        RiskIncidents in = RiskIncidents.read(Path.of(args[0]));
        RiskGrid grid = RiskGrid.of(in, RiskGrid.CHICAGO_LON, RiskGrid.CHICAGO_LAT, 150);
        int first = 1;
        LocalDate from = LocalDate.of(2018, 10, 1);
        LocalDate to = LocalDate.of(2018, 12, 31);
        if (args[1].matches("\\d{4}-\\d\\d-\\d\\d")) {
            from = LocalDate.parse(args[1]);
            to = LocalDate.parse(args[2]);
            first = 3;
        }
        System.out.println("evaluation " + from + ".." + to);
        Map<String, Supplier<RiskMethod>> variants = variants();
        int[][] baseHits = null;
        for (int a = first; a < args.length; a++) {
            RiskMethod m = variants.get(args[a]).get();
            HotspotBacktestResult r = HotspotBacktest.run(grid, List.of(m), from, to, HotspotBacktest.COVERAGES);
            int[][] hits = r.dailyHits().get(m.name());
            System.out.println("  at 5%, weekdays / weekends: " + byDayType(r.days(), r.incidents(), hits[1]));
            if (baseHits == null) {
                baseHits = hits;
            } else {
                System.out.println("  against " + args[first] + ": " + pairedDifference(r.incidents(), hits, baseHits));
            }
            System.out.printf(
                    "%s | %.4f | %.4f | %.4f | %.1f%n",
                    args[a],
                    r.rate(m.name(), 1.0).hitRateMean(),
                    r.rate(m.name(), 5.0).hitRateMean(),
                    r.rate(m.name(), 10.0).hitRateMean(),
                    r.cpuSeconds().get(m.name()));
            if (m instanceof LearnedIntensity l) {
                System.out.println("  weekday " + l.weights());
                System.out.println("  weekend " + l.weekendWeights());
            }
        }
    }
}
