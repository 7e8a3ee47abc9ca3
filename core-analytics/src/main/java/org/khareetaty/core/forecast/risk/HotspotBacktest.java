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
 * as daily means and pooled. A day without incidents has no hit rate and is left out of the means. The
 * cells flagged at a coverage are the grid's ({@link RiskGrid}): on the square grid {@code ceil(c·N/100)}
 * every day; on H3 as many as make up c% of the area, so their number (reported as the mean over the days)
 * and the flagged share of the area (the PAI's denominator, per day) follow the cells chosen.
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
        int[] incidents = new int[days.size()];
        Map<String, int[][]> hits = new LinkedHashMap<>();
        Map<String, int[][]> flagged = new LinkedHashMap<>();
        Map<String, double[][]> shares = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (RiskMethod m : methods) {
            hits.put(m.name(), new int[coverages.size()][days.size()]);
            flagged.put(m.name(), new int[coverages.size()][days.size()]);
            shares.put(m.name(), new double[coverages.size()][days.size()]);
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
                for (int k = 0; k < coverages.size(); k++) {
                    int n = grid.flagged(order, coverages.get(k));
                    int caught = 0;
                    for (int i = 0; i < n; i++) {
                        caught += today[order[i]];
                    }
                    hits.get(m.name())[k][d] = caught;
                    flagged.get(m.name())[k][d] = n;
                    shares.get(m.name())[k][d] = grid.areaShare(order, n);
                }
            }
        }
        List<HitRates> rates = new ArrayList<>();
        for (int k = 0; k < coverages.size(); k++) {
            for (RiskMethod m : methods) {
                String name = m.name();
                rates.add(rates(
                        name,
                        coverages.get(k),
                        flagged.get(name)[k],
                        shares.get(name)[k],
                        hits.get(name)[k],
                        incidents));
            }
        }
        return new HotspotBacktestResult(days, incidents, grid.cells(), grid.areaKm2(), coverages, rates, hits, cpu);
    }

    private static HitRates rates(
            String method, double coverage, int[] flagged, double[] shares, int[] hits, int[] incidents) {
        double sum = 0;
        double paiSum = 0;
        int counted = 0;
        long allHits = 0;
        long all = 0;
        double shareSum = 0;
        long flaggedSum = 0;
        for (int d = 0; d < hits.length; d++) {
            if (incidents[d] > 0) {
                double rate = (double) hits[d] / incidents[d];
                sum += rate;
                paiSum += rate / shares[d];
                counted++;
            }
            allHits += hits[d];
            all += incidents[d];
            shareSum += shares[d];
            flaggedSum += flagged[d];
        }
        double share = shareSum / hits.length;
        double mean = counted == 0 ? Double.NaN : sum / counted;
        double pooled = all == 0 ? Double.NaN : (double) allHits / all;
        int cells = (int) Math.round((double) flaggedSum / hits.length);
        return new HitRates(
                method, coverage, cells, mean, pooled, counted == 0 ? Double.NaN : paiSum / counted, pooled / share);
    }
}
