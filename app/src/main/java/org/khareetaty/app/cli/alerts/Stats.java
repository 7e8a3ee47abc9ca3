package org.khareetaty.app.cli.alerts;

import static org.khareetaty.app.cli.alerts.AlertText.local;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.app.cli.Terminal;
import org.khareetaty.core.alert.stats.AlertStatistics;
import org.khareetaty.core.alert.stats.Stage;
import org.khareetaty.core.alert.stats.StageLatencies;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty alerts stats}: per-stage latencies, decisions and alert counts. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description =
                "Per-stage latency p50/p95/p99 over every engine run since the last reset, decisions by kind, alerts by state and priority.")
final class Stats implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--reset", description = "Clear the stored latency histograms.")
    boolean reset;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() {
        AlertStatistics a;
        try (Store s = store.open()) {
            if (reset) {
                AlertStatistics.resetLatencies(s);
                System.out.println("latency histograms cleared");
                return 0;
            }
            a = AlertStatistics.of(s);
        }
        AlertStatistics.ProcessedEvents stream = a.stream();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, Object> st = new LinkedHashMap<>();
            a.latency()
                    .forEach((k, v) -> st.put(
                            k.wire(),
                            Map.of(
                                    "count",
                                    v.count(),
                                    "p50_ms",
                                    nan(v.p50()),
                                    "p95_ms",
                                    nan(v.p95()),
                                    "p99_ms",
                                    nan(v.p99()))));
            m.put("events", stream.events());
            m.put("last_seq", stream.lastSeq());
            m.put(
                    "first_occurred_at",
                    stream.firstOccurred() == null
                            ? null
                            : stream.firstOccurred().toString());
            m.put(
                    "last_occurred_at",
                    stream.lastOccurred() == null ? null : stream.lastOccurred().toString());
            m.put("latency", st);
            m.put("decisions", a.decisions());
            m.put("alerts_by_state", a.alertsByState());
            m.put("alerts_by_priority", a.alertsByPriority());
            m.put("last_24h_by_source", a.lastDayBySource());
            System.out.println(Json.of(m));
            return 0;
        }
        Terminal.printf(
                Locale.ROOT,
                "%,d events processed, last seq %s, occurred %s .. %s%n",
                stream.events(),
                stream.lastSeq() == null ? "-" : stream.lastSeq(),
                local(stream.firstOccurred()),
                local(stream.lastOccurred()));
        Terminal.printf(Locale.ROOT, "%n  %-20s %10s %9s %9s %9s%n", "stage", "events", "p50 ms", "p95 ms", "p99 ms");
        for (Stage st : Stage.values()) {
            StageLatencies.Percentiles p = a.latency().get(st);
            Terminal.printf(
                    Locale.ROOT,
                    "  %-20s %,10d %9s %9s %9s%n",
                    st.wire(),
                    p.count(),
                    ms(p.p50()),
                    ms(p.p95()),
                    ms(p.p99()));
        }
        System.out.println("\ndecisions and actions: " + a.decisions());
        System.out.println("alerts by state: " + a.alertsByState());
        System.out.println("alerts by priority: " + a.alertsByPriority());
        System.out.println("events in the last 24 h of stream time, by source: " + a.lastDayBySource());
        return 0;
    }

    private static Object nan(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
