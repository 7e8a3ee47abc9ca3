package org.khareetaty.core.forecast.spike;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.HourBlocks;
import org.khareetaty.core.forecast.SeriesSet;

/**
 * Scores each reading of {@link EarlyWarning} and their verdict on real series, as {@link SpikeBacktest}
 * scores the Poisson test: alarms per zone-month on every day of a period (all counted as false), and
 * planted spikes caught with their delay. Planted incidents fall in the six-hour blocks in the zone's own
 * proportions over the 28 days before the spike (largest remainders), so the time-of-day features see
 * real-like extra incidents.
 */
public final class ReadingsBacktest {
    private ReadingsBacktest() {}

    /**
     * Alarms of each of {@code readings} (the forest's at their quantiles of {@code check}'s training scores)
     * on every zone and day from {@code from} to {@code to}.
     */
    public static Map<ReadingAt, AlarmRate> alarms(
            EarlyWarning check,
            SeriesSet set,
            HourBlocks blocks,
            LocalDate from,
            LocalDate to,
            List<ReadingAt> readings) {
        List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
        Map<ReadingAt, Integer> alarms = new LinkedHashMap<>();
        readings.forEach(r -> alarms.put(r, 0));
        for (DailySeries s : set.zones()) {
            int[][] b = blocks.of(s.name());
            for (LocalDate d : days) {
                SpikeVerdict v = check.check(s.name(), s.first(), s.counts(), b, d);
                for (ReadingAt r : readings) {
                    alarms.merge(r, r.firesOn(v, check) ? 1 : 0, Integer::sum);
                }
            }
        }
        Map<ReadingAt, AlarmRate> out = new LinkedHashMap<>();
        alarms.forEach((r, n) -> out.put(r, new AlarmRate(set.zones().size(), days.size(), n, 0)));
        return out;
    }

    /**
     * Plants into every zone, at each of {@code starts}, {@code length} days of {@code lift} times the
     * zone's mean daily count of the 28 days before (at least one incident a day), and checks each day of
     * the spike on the planted series; each reading detects it on its first firing day.
     */
    public static Map<ReadingAt, Detection> planted(
            EarlyWarning check,
            SeriesSet set,
            HourBlocks blocks,
            List<LocalDate> starts,
            int length,
            double lift,
            List<ReadingAt> readings) {
        Map<ReadingAt, int[]> delays = new LinkedHashMap<>();
        Map<ReadingAt, Integer> detected = new LinkedHashMap<>();
        for (ReadingAt r : readings) {
            delays.put(r, new int[length]);
            detected.put(r, 0);
        }
        int planted = 0;
        for (DailySeries s : set.zones()) {
            for (LocalDate start : starts) {
                int at = s.indexOf(start);
                int[] y = s.counts().clone();
                int[][] b = copy(blocks.of(s.name()));
                double mean = 0;
                for (int i = at - 28; i < at; i++) {
                    mean += y[i] / 28.0;
                }
                int extra = Math.max(1, (int) Math.round(lift * mean));
                int[] spread = spread(b, at, extra);
                for (int k = 0; k < length; k++) {
                    y[at + k] += extra;
                    for (int j = 0; j < HourBlocks.BLOCKS; j++) {
                        b[at + k][j] += spread[j];
                    }
                }
                planted++;
                Set<ReadingAt> seen = new HashSet<>();
                for (int k = 0; k < length && seen.size() < readings.size(); k++) {
                    SpikeVerdict v = check.check(s.name(), s.first(), y, b, start.plusDays(k));
                    for (ReadingAt r : readings) {
                        if (!seen.contains(r) && r.firesOn(v, check)) {
                            seen.add(r);
                            delays.get(r)[k]++;
                            detected.merge(r, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        Map<ReadingAt, Detection> out = new LinkedHashMap<>();
        for (ReadingAt r : readings) {
            out.put(r, new Detection(planted, detected.get(r), delays.get(r)));
        }
        return out;
    }

    /** {@code extra} incidents over the blocks in proportion to the 28 days before {@code at}, largest remainders. */
    static int[] spread(int[][] blocks, int at, int extra) {
        double[] share = new double[HourBlocks.BLOCKS];
        double total = 0;
        for (int d = at - 28; d < at; d++) {
            for (int j = 0; j < HourBlocks.BLOCKS; j++) {
                share[j] += blocks[d][j];
                total += blocks[d][j];
            }
        }
        int[] out = new int[HourBlocks.BLOCKS];
        int given = 0;
        double[] rest = new double[HourBlocks.BLOCKS];
        for (int j = 0; j < HourBlocks.BLOCKS; j++) {
            double q = total == 0 ? (double) extra / HourBlocks.BLOCKS : extra * share[j] / total;
            out[j] = (int) Math.floor(q);
            rest[j] = q - out[j];
            given += out[j];
        }
        for (; given < extra; given++) {
            int best = 0;
            for (int j = 1; j < HourBlocks.BLOCKS; j++) {
                best = rest[j] > rest[best] ? j : best;
            }
            out[best]++;
            rest[best] = -1;
        }
        return out;
    }

    private static int[][] copy(int[][] a) {
        int[][] out = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
