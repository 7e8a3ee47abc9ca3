package org.khareetaty.core.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Incident counts by (zone, day) gathered into a {@link SeriesSet}: every day from the first to the
 * last, zero-filled; a zone is kept when it has incidents in every calendar year the data spans
 * (FORECAST_PROTOCOL.md A1), the whole area counts everything, kept zone or not.
 */
final class ZoneDays {
    private final List<String> zones = new ArrayList<>();
    private final List<LocalDate> days = new ArrayList<>();
    private final List<Integer> counts = new ArrayList<>();

    /** Adds {@code count} incidents of {@code day} in {@code zone} (null: in no zone). */
    void add(String zone, LocalDate day, int count) {
        zones.add(zone);
        days.add(day);
        counts.add(count);
    }

    boolean isEmpty() {
        return days.isEmpty();
    }

    SeriesSet build(String layer) {
        LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        int length = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        Set<Integer> allYears = new HashSet<>();
        Map<String, Set<Integer>> years = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            allYears.add(days.get(i).getYear());
            if (zones.get(i) != null && !zones.get(i).isEmpty()) {
                years.computeIfAbsent(zones.get(i), k -> new HashSet<>())
                        .add(days.get(i).getYear());
            }
        }
        Map<String, int[]> kept = new TreeMap<>(ZoneDays::byNumber);
        Set<String> dropped = new TreeSet<>(ZoneDays::byNumber);
        years.forEach((z, y) -> {
            if (y.size() == allYears.size()) {
                kept.put(z, new int[length]);
            } else {
                dropped.add(z);
            }
        });
        int[] whole = new int[length];
        for (int i = 0; i < days.size(); i++) {
            int day = (int) (days.get(i).toEpochDay() - first.toEpochDay());
            whole[day] += counts.get(i);
            int[] zone = zones.get(i) == null ? null : kept.get(zones.get(i));
            if (zone != null) {
                zone[day] += counts.get(i);
            }
        }
        List<DailySeries> out = new ArrayList<>();
        kept.forEach((z, c) -> out.add(new DailySeries(z, first, c)));
        return new SeriesSet(layer, out, new DailySeries(DailySeries.WHOLE_AREA, first, whole), List.copyOf(dropped));
    }

    /** Numeric codes in numeric order (2 before 10), others after them in text order. */
    static int byNumber(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit);
        boolean nb = b.chars().allMatch(Character::isDigit);
        if (na && nb) {
            String sa = a.replaceFirst("^0+(?=.)", "");
            String sb = b.replaceFirst("^0+(?=.)", "");
            int c = sa.length() != sb.length() ? Integer.compare(sa.length(), sb.length()) : sa.compareTo(sb);
            return c != 0 ? c : a.compareTo(b);
        }
        return na ? -1 : nb ? 1 : a.compareTo(b);
    }
}
