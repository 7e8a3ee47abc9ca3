package org.khareetaty.bench.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.bench.FeedBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khareetaty bench feed}: the live stream on loopback, feed server and stream client in one
 * process: latency from {@code sent_at} at fixed rates, and the highest rate the client sustains with
 * a handler that does nothing.
 */
@Command(
        name = "feed",
        mixinStandardHelpOptions = true,
        description = {
            "Feed server and stream client on 127.0.0.1: receive latency from sent_at at fixed rates (p50/p95/p99/max),",
            "and the highest rate the client sustains (receive + validate + hand over; the handler does nothing)."
        })
public final class BenchFeedCommand implements Callable<Integer> {
    @Option(
            names = "--rates",
            split = ",",
            defaultValue = "1000,2000,5000,10000,20000,40000",
            description = "Events per second to play, in turn (default ${DEFAULT-VALUE}).")
    List<Double> rates;

    @Option(
            names = "--seconds",
            defaultValue = "10",
            description =
                    "Measured seconds per rate, after a 3 s warm-up (default ${DEFAULT-VALUE}); an unreported 8 s run at 5,000/s comes first.")
    int seconds;

    @Option(
            names = "--max-events",
            defaultValue = "500000",
            description = "Events of the full-speed run (default ${DEFAULT-VALUE}).")
    int maxEvents;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    /** Runs the benchmark without the main program. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchFeedCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        FeedBench bench = new FeedBench(Duration.ofSeconds(3));
        // compile the whole path first (server, codec, client), unreported
        bench.run(5_000, Duration.ofSeconds(5), maxEvents);
        List<Map<String, Object>> out = new ArrayList<>();
        if (!json) {
            System.out.printf(
                    Locale.ROOT,
                    "%-10s %9s %12s   %-34s %-34s %s%n",
                    "offered/s",
                    "events",
                    "achieved/s",
                    "receive ms p50/p95/p99/max",
                    "to handler ms p50/p95/p99/max",
                    "sustained");
        }
        double best = 0;
        for (double rate : rates) {
            FeedBench.Step s = bench.run(rate, Duration.ofSeconds(seconds), maxEvents);
            report(s, out);
            if (s.sustained()) {
                best = Math.max(best, rate);
            }
        }
        FeedBench.Step max = bench.run(0, Duration.ofSeconds(seconds), maxEvents);
        report(max, out);
        if (json) {
            System.out.println(Json.of(Map.of(
                    "steps",
                    out,
                    "highest_sustained_rate",
                    best,
                    "full_speed_per_second",
                    Math.round(max.achievedPerSecond()),
                    "processors",
                    Runtime.getRuntime().availableProcessors())));
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "highest sustained offered rate: %,.0f events/s; full speed: %,.0f events/s; %d processors%n",
                    best,
                    max.achievedPerSecond(),
                    Runtime.getRuntime().availableProcessors());
        }
        return 0;
    }

    private void report(FeedBench.Step s, List<Map<String, Object>> out) {
        out.add(s.asMap());
        if (!json) {
            System.out.printf(
                    Locale.ROOT,
                    "%-10s %,9d %,12.0f   %-34s %-34s %s%s%n",
                    s.offeredPerSecond() == 0 ? "max" : String.format(Locale.ROOT, "%,.0f", s.offeredPerSecond()),
                    s.events(),
                    s.achievedPerSecond(),
                    ms(s.receiveMs()),
                    ms(s.handlerMs()),
                    s.sustained() ? "yes" : "no",
                    s.lost() > 0 ? " (" + s.lost() + " not handled)" : "");
        }
    }

    private static String ms(double[] p) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f / %.1f", p[0], p[1], p[2], p[3]);
    }
}
