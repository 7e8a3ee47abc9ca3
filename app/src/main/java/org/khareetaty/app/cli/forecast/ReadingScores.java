package org.khareetaty.app.cli.forecast;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.khareetaty.app.cli.Json;
import org.khareetaty.core.forecast.spike.AlarmRate;
import org.khareetaty.core.forecast.spike.Detection;
import org.khareetaty.core.forecast.spike.EarlyWarning;
import org.khareetaty.core.forecast.spike.Reading;
import org.khareetaty.core.forecast.spike.ReadingAt;

/** {@code forecast spikes-backtest --readings}: false alarms and planted spikes caught, per reading. */
final class ReadingScores {
    private ReadingScores() {}

    static void print(
            String layer,
            LocalDate from,
            LocalDate to,
            Map<ReadingAt, AlarmRate> rates,
            Map<ReadingAt, Detection> found,
            EarlyWarning check,
            double seconds,
            boolean json) {
        ReadingAt verdict = new ReadingAt(Reading.COMBINED, EarlyWarning.QUANTILE);
        ReadingAt first = rates.keySet().iterator().next();
        AlarmRate any = rates.get(first);
        Detection planted = found.get(first);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("layer", layer);
            m.put("from", from.toString());
            m.put("to", to.toString());
            m.put("zones", any.zones());
            m.put("days", any.days());
            m.put("planted", planted.planted());
            m.put("forest_threshold", check.forestThreshold());
            Map<String, Object> by = new LinkedHashMap<>();
            for (ReadingAt r : rates.keySet()) {
                Detection d = found.get(r);
                Map<String, Object> x = new LinkedHashMap<>();
                if (!Double.isNaN(r.quantile())) {
                    x.put("forest_threshold", check.forestThreshold(r.quantile()));
                }
                x.put("alarms", rates.get(r).alarms());
                x.put("alarms_per_zone_month", rates.get(r).alarmsPerZoneMonth());
                x.put("detected", d.detected());
                x.put("detection_rate", d.rate());
                x.put("mean_delay_days", d.meanDelay());
                x.put("delays", d.delays());
                by.put(r.label(), x);
            }
            m.put("readings", by);
            m.put("seconds", seconds);
            System.out.println(Json.of(m));
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "%s, %s..%s, %d zones x %d days; %d planted spikes; forest threshold %.3f (quantile %s)%n",
                layer,
                from,
                to,
                any.zones(),
                any.days(),
                planted.planted(),
                check.forestThreshold(),
                EarlyWarning.QUANTILE);
        System.out.printf(
                Locale.ROOT,
                "%-9s %8s %17s %9s %10s %s%n",
                "reading",
                "alarms",
                "per zone-month",
                "detected",
                "mean delay",
                "first alarm by day");
        for (ReadingAt r : rates.keySet()) {
            Detection d = found.get(r);
            System.out.printf(
                    Locale.ROOT,
                    "%-16s %8d %17.3f %9.3f %10.2f %s%n",
                    r.label(),
                    rates.get(r).alarms(),
                    rates.get(r).alarmsPerZoneMonth(),
                    d.rate(),
                    d.meanDelay(),
                    java.util.Arrays.toString(d.delays()));
        }
        System.out.printf(
                Locale.ROOT,
                "khareetaty_spike_readings combined_alarms_per_zone_month=%.3f combined_detection=%.3f "
                        + "combined_delay=%.2f seconds=%.1f%n",
                rates.containsKey(verdict) ? rates.get(verdict).alarmsPerZoneMonth() : Double.NaN,
                found.containsKey(verdict) ? found.get(verdict).rate() : Double.NaN,
                found.containsKey(verdict) ? found.get(verdict).meanDelay() : Double.NaN,
                seconds);
    }
}
