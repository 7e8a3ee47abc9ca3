package org.khareetaty.core.hexgrid;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The data-quality warnings shown with a drill-down scope, as the Chicago hotspot console surfaces
 * them: too sparse to read at this resolution, days or months with no data in the range, one
 * source or category that dominates, and incidents whose own zone field disagrees with the map.
 * Each says what it counts ({@link DataWarning}), so the window opens those rows on a click.
 */
public final class DataWarnings {
    /** Sparse: more than this share of the cells in scope are low-confidence. */
    public static final double SPARSE_SHARE = 0.5;
    /** Dominant: one category or source above this share of a scope of several. */
    public static final double DOMINANT_SHARE = 0.8;

    private DataWarnings() {}

    /** The warnings for a scope, given its cells and profiles, written in {@code words}. */
    public static List<DataWarning> of(
            DrillScope scope, List<CellStats> cells, ScopeProfiles p, long total, DrillLanguage words) {
        List<DataWarning> out = new ArrayList<>();
        if (total == 0) {
            return out;
        }
        long sparse = cells.stream()
                .filter(x -> x.incidents() < ScopeQuery.MIN_INCIDENTS)
                .count();
        if (cells.size() > 1 && sparse > SPARSE_SHARE * cells.size()) {
            out.add(new DataWarning(
                    DataWarning.Kind.SPARSE_CELLS,
                    words.text("warning.sparse", scope.res(), sparse, cells.size(), ScopeQuery.MIN_INCIDENTS),
                    sparse,
                    null));
        }
        gaps(scope, p, words).ifPresent(out::add);
        Map<String, Long> byCategory = new TreeMap<>();
        p.mix().values().forEach(m -> m.forEach((cat, n) -> byCategory.merge(cat, n, Long::sum)));
        if (scope.categories().isEmpty()) {
            dominant(DataWarning.Kind.DOMINANT_CATEGORY, byCategory, total, words)
                    .ifPresent(out::add);
        }
        if (p.dateOnly() > 0) {
            out.add(new DataWarning(
                    DataWarning.Kind.DATE_ONLY,
                    words.text("warning.date_only", p.dateOnly(), words.share(p.dateOnly(), total)),
                    p.dateOnly(),
                    null));
        }
        long mismatched = p.zoneMismatches();
        dominant(DataWarning.Kind.DOMINANT_SOURCE, p.sources(), total, words).ifPresent(out::add);
        if (mismatched > 0) {
            out.add(new DataWarning(
                    DataWarning.Kind.ZONE_MISMATCH,
                    words.text("warning.zone_mismatch", mismatched, words.share(mismatched, total)),
                    mismatched,
                    null));
        }
        return out;
    }

    private static Optional<DataWarning> gaps(DrillScope scope, ScopeProfiles p, DrillLanguage words) {
        boolean daily = p.mixPeriod().equals("day");
        List<LocalDate> empty = new ArrayList<>();
        LocalDate start = daily ? scope.from() : scope.from().withDayOfMonth(1);
        for (LocalDate d = start; !d.isAfter(scope.to()); d = daily ? d.plusDays(1) : d.plusMonths(1)) {
            if (!p.mix().containsKey(d)) {
                empty.add(d);
            }
        }
        if (empty.isEmpty()) {
            return Optional.empty();
        }
        long periods = daily
                ? ChronoUnit.DAYS.between(scope.from(), scope.to()) + 1
                : ChronoUnit.MONTHS.between(start, scope.to().withDayOfMonth(1)) + 1;
        return Optional.of(new DataWarning(
                DataWarning.Kind.EMPTY_PERIODS,
                words.text(
                        "warning.empty." + p.mixPeriod(),
                        empty.size(),
                        periods,
                        daily ? words.date(empty.get(0)) : words.month(empty.get(0))),
                empty.size(),
                null));
    }

    /** One category or source above {@link #DOMINANT_SHARE}; a category by its name in {@code words}. */
    private static Optional<DataWarning> dominant(
            DataWarning.Kind kind, Map<String, Long> counts, long total, DrillLanguage words) {
        if (counts.size() < 2) {
            return Optional.empty();
        }
        var top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        if (top.getValue() <= DOMINANT_SHARE * total) {
            return Optional.empty();
        }
        boolean category = kind == DataWarning.Kind.DOMINANT_CATEGORY;
        return Optional.of(new DataWarning(
                kind,
                words.text(
                        category ? "warning.dominant.category" : "warning.dominant.source",
                        category ? words.categoryInSentence(top.getKey()) : top.getKey(),
                        QuickHits.percent(top.getValue(), total)),
                top.getValue(),
                top.getKey()));
    }
}
