package org.khareetaty.core.forecast.spike;

import java.time.LocalDate;
import java.util.List;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.Forecaster;
import org.khareetaty.core.forecast.SeriesSet;

/**
 * Measures {@link SpikeCheck} on real series: the false-alarm rate over a period, and the detection of
 * spikes planted into the series (the evaluation design of outbreak-detection studies, e.g. Buckeridge
 * et al. 2005, "Algorithms for rapid outbreak detection: a research synthesis", J Biomed Inform 38).
 */
public final class SpikeBacktest {
    private SpikeBacktest() {}

    /**
     * Alarms (a day alarms when the check of any of {@code spans} ending on it does) and one-day interval
     * exceedances of every zone on every day from {@code from} to {@code to}.
     */
    public static AlarmRate alarms(
            SeriesSet set, LocalDate from, LocalDate to, List<Integer> spans, Forecaster model, int window) {
        List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
        int alarms = 0;
        int exceed = 0;
        for (DailySeries s : set.zones()) {
            for (LocalDate d : days) {
                alarms += alarm(s.name(), s.first(), s.counts(), d, spans, model, window) ? 1 : 0;
                exceed += SpikeCheck.check(s.name(), s.first(), s.counts(), d, 1, model, window)
                                .exceeds95()
                        ? 1
                        : 0;
            }
        }
        return new AlarmRate(set.zones().size(), days.size(), alarms, exceed);
    }

    /**
     * Plants into every zone, at each of {@code starts}, a spike of {@code length} days adding {@code lift}
     * times the zone's mean daily count over the 28 days before the start (at least one incident) to each
     * day, and checks each day of the spike from the planted series (the model sees the spike's earlier
     * days, as it would live); a spike is detected on its first alarmed day (any of {@code spans}).
     */
    public static Detection planted(
            SeriesSet set,
            List<LocalDate> starts,
            int length,
            double lift,
            List<Integer> spans,
            Forecaster model,
            int window) {
        int[] delays = new int[length];
        int planted = 0;
        int detected = 0;
        for (DailySeries s : set.zones()) {
            for (LocalDate start : starts) {
                int at = s.indexOf(start);
                int[] y = s.counts().clone();
                double mean = 0;
                for (int i = at - 28; i < at; i++) {
                    mean += y[i] / 28.0;
                }
                int extra = Math.max(1, (int) Math.round(lift * mean));
                for (int k = 0; k < length; k++) {
                    y[at + k] += extra;
                }
                planted++;
                for (int k = 0; k < length; k++) {
                    if (alarm(s.name(), s.first(), y, start.plusDays(k), spans, model, window)) {
                        delays[k]++;
                        detected++;
                        break;
                    }
                }
            }
        }
        return new Detection(planted, detected, delays);
    }

    private static boolean alarm(
            String zone, LocalDate first, int[] y, LocalDate day, List<Integer> spans, Forecaster model, int window) {
        for (int span : spans) {
            if (SpikeCheck.check(zone, first, y, day, span, model, window).alarm()) {
                return true;
            }
        }
        return false;
    }
}
