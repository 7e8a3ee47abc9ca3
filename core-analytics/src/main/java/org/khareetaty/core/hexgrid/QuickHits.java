package org.khareetaty.core.hexgrid;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Three to five short sentences about a drill-down scope, each made only from numbers the scope's
 * KPIs, cells and profiles also give, so each can be checked: the volume and its change on the
 * previous period, the busiest cell's share, the largest category, the busiest four hours of one
 * weekday, and the arrest rate where the source records arrests.
 */
public final class QuickHits {
    /** Width in hours of the busiest weekly time window quoted. */
    public static final int WINDOW_HOURS = 4;

    private QuickHits() {}

    /**
     * The sentences for a scope called {@code place} ("the whole area", or the cell drilled into as
     * {@link DrillLanguage#cellInSentence} names it), written in {@code words}.
     */
    public static List<String> of(
            Kpis k, List<CellStats> cells, ScopeProfiles p, DrillScope scope, String place, DrillLanguage words) {
        List<String> hits = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(scope.from(), scope.to()) + 1;
        String where = words.text("where", place, words.date(scope.from()), words.date(scope.to()));
        if (k.total() == 0) {
            hits.add(words.text("hit.none", where));
            return hits;
        }
        if (k.change() == null) {
            hits.add(words.text("hit.total.first", k.total(), where, days));
        } else {
            long pct = Math.round(Math.abs(k.change()) * 100);
            String direction = pct == 0
                    ? words.text("change.level")
                    : words.text(k.change() > 0 ? "change.up" : "change.down", pct);
            hits.add(words.text("hit.total", k.total(), where, direction, days, k.previousTotal()));
        }
        if (cells.size() > 1) {
            CellStats top = cells.get(0);
            hits.add(words.text(
                    "hit.busiest_cell",
                    CellLabels.inSentence(top.label()),
                    top.incidents(),
                    words.share(top.incidents(), k.total())));
        }
        Map<String, Long> byCategory = new TreeMap<>();
        p.mix().values().forEach(m -> m.forEach((cat, n) -> byCategory.merge(cat, n, Long::sum)));
        if (byCategory.size() > 1) {
            var largest = byCategory.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                    .orElseThrow();
            hits.add(words.text(
                    "hit.largest_category",
                    words.category(largest.getKey()),
                    largest.getValue(),
                    percent(largest.getValue(), k.total())));
        }
        hits.add(busiestHours(p, k.total(), words));
        long recorded = p.arrests().arrest() + p.arrests().noArrest();
        if (recorded > 0) {
            hits.add(words.text("hit.arrests", percent(p.arrests().arrest(), recorded), recorded));
        }
        return hits;
    }

    /**
     * The busiest hours of the week, as a share of the incidents whose hour is known; the date-only
     * ones ({@link ScopeProfiles#dateOnly()}) are left out, and the sentence says how many.
     */
    private static String busiestHours(ScopeProfiles p, long total, DrillLanguage words) {
        long timed = total - p.dateOnly();
        if (timed == 0) {
            return words.text("hit.hours.unknown", total);
        }
        int[] window = busiestWindow(p.hourByDay());
        long inWindow = windowSum(p.hourByDay(), window[0], window[1]);
        String day = words.weekday(DayOfWeek.of(window[0] + 1));
        String from = DrillLanguage.hour(window[1]);
        String to = DrillLanguage.hour(window[1] + WINDOW_HOURS);
        if (p.dateOnly() == 0) {
            return words.text("hit.hours", percent(inWindow, total), day, from, to, WINDOW_HOURS);
        }
        return words.text(
                "hit.hours.timed", percent(inWindow, timed), timed, day, from, to, WINDOW_HOURS, p.dateOnly());
    }

    /** {weekday index (Monday 0), first hour} of the busiest {@link #WINDOW_HOURS}-hour window within one day. */
    static int[] busiestWindow(long[][] hourByDay) {
        int[] best = {0, 0};
        long bestSum = -1;
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h + WINDOW_HOURS <= 24; h++) {
                long s = windowSum(hourByDay, d, h);
                if (s > bestSum) {
                    bestSum = s;
                    best = new int[] {d, h};
                }
            }
        }
        return best;
    }

    static long windowSum(long[][] hourByDay, int day, int firstHour) {
        long s = 0;
        for (int h = firstHour; h < firstHour + WINDOW_HOURS; h++) {
            s += hourByDay[day][h];
        }
        return s;
    }

    /** A share as a whole percent, or to a tenth under 1% ("0.3%", "<0.1%") so that a small share does not read as none. */
    static String share(long part, long whole) {
        long pct = percent(part, whole);
        if (pct >= 1 || part == 0) {
            return pct + "%";
        }
        double tenths = Math.round(1000.0 * part / whole) / 10.0;
        return tenths < 0.1 ? "<0.1%" : String.format(Locale.ROOT, "%.1f%%", tenths);
    }

    /** Whole percent, rounded half up. */
    static long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }
}
