package org.khareetaty.core.forecast.risk;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Protocol B's backtest (FORECAST_PROTOCOL.md B3-B5): for every evaluation day, each method scores the
 * universe cells from the incidents before the day, the top {@code ceil(c·N/100)} cells are flagged, and
 * the day's incidents in them are the hits; hit rate and PAI (Chainey, Tompson & Uhlig 2008) are reported
 * as daily means and pooled. A day without incidents has no hit rate and is left out of the means.
 */
public final class HotspotBacktest {
    /** Protocol B's coverages, percent. */
    public static final List<Double> COVERAGES = List.of(1.0, 5.0, 10.0);

    /** Protocol B's first evaluation day. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2019, 10, 1);

    /** Protocol B's last evaluation day. */
    public static final LocalDate LAST_DAY = LocalDate.of(2019, 12, 31);

    private HotspotBacktest() {}

    /** Scores {@code methods} on every day from {@code from} to {@code to} (inclusive) at {@code coverages}. */
    public static HotspotBacktestResult run(
            RiskGrid grid, List<RiskMethod> methods, LocalDate from, LocalDate to, List<Double> coverages) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "the evaluation period ends (" + to + ") before it starts (" + from + ")");
        }
        List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
        int n = grid.cells();
        int[] flagged =
                coverages.stream().mapToInt(c -> CellRanking.flagged(c, n)).toArray();
        int[] incidents = new int[days.size()];
        Map<String, int[][]> hits = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (RiskMethod m : methods) {
            hits.put(m.name(), new int[flagged.length][days.size()]);
            cpu.put(m.name(), 0.0);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int d = 0; d < days.size(); d++) {
            int day = (int) days.get(d).toEpochDay();
            int[] today = grid.countsOn(day);
            for (int c : today) {
                incidents[d] += c;
            }
            for (RiskMethod m : methods) {
                long start = threads.getCurrentThreadCpuTime();
                int[] order = CellRanking.order(m.score(grid, day));
                cpu.merge(m.name(), (threads.getCurrentThreadCpuTime() - start) / 1e9, Double::sum);
                int[][] h = hits.get(m.name());
                int caught = 0;
                int next = 0;
                for (int k = 0; k < flagged.length; k++) {
                    for (; next < flagged[k]; next++) {
                        caught += today[order[next]];
                    }
                    h[k][d] = caught;
                }
            }
        }
        List<HitRates> rates = new ArrayList<>();
        for (int k = 0; k < flagged.length; k++) {
            for (RiskMethod m : methods) {
                rates.add(rates(m.name(), coverages.get(k), flagged[k], n, hits.get(m.name())[k], incidents));
            }
        }
        return new HotspotBacktestResult(days, incidents, n, grid.areaKm2(), coverages, rates, hits, cpu);
    }

    private static HitRates rates(String method, double coverage, int flagged, int cells, int[] hits, int[] incidents) {
        double sum = 0;
        int counted = 0;
        long allHits = 0;
        long all = 0;
        for (int d = 0; d < hits.length; d++) {
            if (incidents[d] > 0) {
                sum += (double) hits[d] / incidents[d];
                counted++;
            }
            allHits += hits[d];
            all += incidents[d];
        }
        double share = (double) flagged / cells;
        double mean = counted == 0 ? Double.NaN : sum / counted;
        double pooled = all == 0 ? Double.NaN : (double) allHits / all;
        return new HitRates(method, coverage, flagged, mean, pooled, mean / share, pooled / share);
    }
}
