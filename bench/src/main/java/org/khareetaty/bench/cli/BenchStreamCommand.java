package org.khareetaty.bench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.bench.StreamBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khareetaty bench stream}: the live stream end to end on loopback, feed server (its own JVM)
 * to stream client to alert engine, at fixed rates or as a soak.
 */
@Command(
        name = "stream",
        mixinStandardHelpOptions = true,
        description = {
            "The live stream end to end on 127.0.0.1: a feed server in its own JVM plays events made from a store's",
            "incidents at fixed rates; this process receives them with the stream client and runs each through the alert",
            "engine on a scratch store. Per rate: sent_at -> decision stored and received -> decided p50/p95/p99/max,",
            "decisions, unscored events, and the highest sustained rate. --soak-minutes adds the retained heap every 30 s."
        })
final class BenchStreamCommand implements Callable<Integer> {
    @Option(
            names = "--from",
            paramLabel = "DIR",
            required = true,
            description = "Store whose incidents the events are made from and whose boundary layers the engine uses "
                    + "(e.g. one made by `khareetaty demo --store DIR`). Read only.")
    Path from;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a temporary folder).")
    Path work;

    @Option(
            names = "--rates",
            split = ",",
            defaultValue = "1000,2000,3000,5000,7500,10000",
            description = "Events per second, in turn (default ${DEFAULT-VALUE}).")
    List<Double> rates = new ArrayList<>();

    @Option(
            names = "--seconds",
            defaultValue = "20",
            description = "Measured seconds per rate, after the warm-up (default ${DEFAULT-VALUE}).")
    long seconds;

    @Option(
            names = "--warmup",
            defaultValue = "15",
            description =
                    "Seconds played before measuring, per rate, while the new feed process compiles its code (default ${DEFAULT-VALUE}).")
    long warmup;

    @Option(
            names = "--soak-minutes",
            paramLabel = "M",
            description =
                    "Instead of the rates: one run of M minutes at --soak-rate, with the heap retained after a full GC every --heap-every s.")
    Long soakMinutes;

    @Option(
            names = "--soak-rate",
            defaultValue = "1000",
            description = "Events per second of the soak (default ${DEFAULT-VALUE}).")
    double soakRate;

    @Option(
            names = "--heap-every",
            defaultValue = "30",
            description = "Seconds between heap points of the soak (default ${DEFAULT-VALUE}).")
    long heapEvery;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(from)) {
            throw new IllegalArgumentException(
                    "--from " + from + " is not a store folder: create one with `khareetaty demo --store DIR`");
        }
        Path scratch =
                work != null ? Files.createDirectories(work) : Files.createTempDirectory("khareetaty-bench-stream");
        StreamBench bench = new StreamBench(from, scratch, Duration.ofSeconds(warmup));
        int cores = Runtime.getRuntime().availableProcessors();
        if (!json) {
            System.out.printf(
                    Locale.ROOT,
                    "events from the incidents of %s; feed server in its own JVM on 127.0.0.1; %d processors; "
                            + "max heap %,d MB; %d s warm-up per run%n",
                    from,
                    cores,
                    Runtime.getRuntime().maxMemory() >> 20,
                    warmup);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        if (soakMinutes != null) {
            StreamBench.Step s =
                    bench.run(soakRate, Duration.ofMinutes(soakMinutes), Duration.ofSeconds(heapEvery), p -> {
                        if (!json) {
                            System.out.printf(
                                    Locale.ROOT,
                                    "  %6.0f s %,10d events  retained heap %,5d MB  %s%n",
                                    p.seconds(),
                                    p.events(),
                                    p.retainedMb(),
                                    p.state());
                        }
                    });
            out.add(s.asMap());
            if (!json) {
                header();
                print(s);
                System.out.printf(
                        Locale.ROOT,
                        "retained heap %,d-%,d MB, slope %+.1f MB per 10 min (least squares over %d points); "
                                + "second half %+.1f MB per 10 min%n",
                        s.heap().stream().mapToLong(h -> h.retainedMb()).min().orElse(0),
                        s.heap().stream().mapToLong(h -> h.retainedMb()).max().orElse(0),
                        s.heapSlopeMbPer10Minutes(),
                        s.heap().size(),
                        s.heapSlopeMbPer10MinutesSecondHalf());
            }
        } else {
            // compile this JVM's whole path first (client, engine, store), unreported
            bench.run(2000, Duration.ofSeconds(8), Duration.ZERO, p -> {});
            if (!json) {
                header();
            }
            double best = 0;
            for (double rate : rates) {
                StreamBench.Step s = bench.run(rate, Duration.ofSeconds(seconds), Duration.ZERO, p -> {});
                out.add(s.asMap());
                if (!json) {
                    print(s);
                }
                if (s.sustained()) {
                    best = Math.max(best, rate);
                }
            }
            if (!json) {
                System.out.printf(Locale.ROOT, "highest sustained rate: %,.0f events/s%n", best);
            } else {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("steps", out);
                all.put("highest_sustained_rate", best);
                all.put("processors", cores);
                System.out.println(Json.of(all));
                return 0;
            }
        }
        if (json) {
            System.out.println(Json.of(out));
        }
        return 0;
    }

    private static void header() {
        System.out.printf(
                Locale.ROOT,
                "%-9s %10s %10s  %-30s %-30s %-28s %8s %s%n",
                "offered/s",
                "events",
                "achieved/s",
                "sent->stored ms p50/p95/p99/max",
                "recv->decided p50/p95/p99/max",
                "process ms p50/p95/p99/max",
                "unscored",
                "sustained");
    }

    private static void print(StreamBench.Step s) {
        System.out.printf(
                Locale.ROOT,
                "%-9s %,10d %,10.0f  %-30s %-30s %-28s %,8d %s%s%n",
                String.format(Locale.ROOT, "%,.0f", s.offeredPerSecond()),
                s.events(),
                s.achievedPerSecond(),
                ms(s.sentToStored()),
                ms(s.receivedToDecided()),
                ms(s.process()),
                s.unscored(),
                s.sustained() ? "yes" : "no",
                s.lost() > 0 ? " (" + s.lost() + " not decided)" : "");
        System.out.printf(
                Locale.ROOT,
                "          decisions %s; %.1f events per commit; stalls >= 20 ms: %d (longest %.0f ms, total %.0f ms); "
                        + "CPU per event: client+engine %.0f us, feed %.0f us; load average %.2f%n",
                s.decisions(),
                s.eventsPerCommit(),
                s.stalls().count(),
                s.stalls().maxMs(),
                s.stalls().totalMs(),
                s.clientCpuMicrosPerEvent(),
                s.feedCpuMicrosPerEvent(),
                s.loadAverage());
    }

    private static String ms(StreamBench.Latency l) {
        return String.format(Locale.ROOT, "%.2f/%.2f/%.2f/%.0f", l.p50(), l.p95(), l.p99(), l.max());
    }
}
