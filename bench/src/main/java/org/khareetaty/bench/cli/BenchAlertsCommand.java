package org.khareetaty.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.bench.AlertBench;
import org.khareetaty.core.alert.stats.Stage;
import org.khareetaty.core.alert.stats.StageLatencies;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code khareetaty bench alerts}: the alert engine's latency per stage at fixed event rates, and the soak's heap. */
@Command(
        name = "alerts",
        mixinStandardHelpOptions = true,
        description = {
            "Replays events made from a store's incidents through the alert engine in-process at fixed rates:",
            "per-stage p50/p95/p99, decisions, and the heap retained after GC (a soak: --rates 1000 --seconds 1800).",
            "Each rate runs on a fresh scratch store with the source store's boundary layers. See docs/benchmarks.md."
        })
final class BenchAlertsCommand implements Callable<Integer> {
    @Option(
            names = "--from",
            paramLabel = "DIR",
            required = true,
            description =
                    "Store whose incidents the events are made from (e.g. one made by `khareetaty demo --store DIR`).")
    Path from;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a temporary folder).")
    Path work;

    @Option(
            names = "--rates",
            split = ",",
            defaultValue = "1000,2000,5000,0",
            description = "Events per second, comma-separated; 0 = as fast as it goes (default ${DEFAULT-VALUE}).")
    List<Double> rates = new ArrayList<>();

    @Option(names = "--seconds", defaultValue = "60", description = "Seconds per rate (default ${DEFAULT-VALUE}).")
    long seconds;

    @Option(
            names = "--clock",
            defaultValue = "live",
            description = "live: event time runs with the wall clock (dense windows); "
                    + "replay: the incidents' own times (sparse). Default ${DEFAULT-VALUE}.")
    String clock;

    @Option(
            names = "--heap-every",
            defaultValue = "10",
            description = "Seconds between heap points (default ${DEFAULT-VALUE}).")
    long heapEvery;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!clock.equals("live") && !clock.equals("replay")) {
            throw new IllegalArgumentException("--clock is live or replay, not '" + clock + "'");
        }
        Path scratch =
                work != null ? Files.createDirectories(work) : Files.createTempDirectory("khareetaty-bench-alerts");
        AlertBench bench = new AlertBench(from, scratch);
        List<Map<String, Object>> out = new ArrayList<>();
        if (!json) {
            System.out.printf(
                    Locale.ROOT,
                    "%,d incidents from %s; %s clock; %d s per rate; max heap %,d MB%n",
                    bench.incidents(),
                    from,
                    clock,
                    seconds,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
        for (double rate : rates) {
            AlertBench.Run r = bench.run(
                    rate, clock.equals("live"), Duration.ofSeconds(seconds), Duration.ofSeconds(heapEvery), p -> {
                        if (!json) {
                            System.out.printf(
                                    Locale.ROOT,
                                    "  %6.0f s %,10d events  retained heap %,5d MB  incidents %,7d  corroboration events %,8d%n",
                                    p.seconds(),
                                    p.events(),
                                    p.retainedMb(),
                                    p.state().incidents(),
                                    p.state().corroborationEvents());
                        }
                    });
            out.add(AlertBench.asMap(r));
            if (!json) {
                print(r);
            }
        }
        if (json) {
            System.out.println(Json.of(out));
        }
        return 0;
    }

    private static void print(AlertBench.Run r) {
        System.out.printf(
                Locale.ROOT,
                "rate %s/s: %,d events in %.1f s = %,.0f events/s; CPU per event: engine thread %.0f us, "
                        + "whole process %.0f us (with the bench's own and H2's threads)%n",
                r.rate(),
                r.events(),
                r.seconds(),
                r.eventsPerSecond(),
                r.engineCpuMicrosPerEvent(),
                r.processCpuMicrosPerEvent());
        System.out.printf(Locale.ROOT, "  %-20s %9s %9s %9s%n", "stage", "p50 ms", "p95 ms", "p99 ms");
        for (Stage s : Stage.values()) {
            StageLatencies.Percentiles p = r.stages().get(s);
            System.out.printf(Locale.ROOT, "  %-20s %9.3f %9.3f %9.3f%n", s.wire(), p.p50(), p.p95(), p.p99());
        }
        System.out.println("  decisions: " + r.decisions());
        System.out.println("  state at the end: " + r.state());
    }
}
