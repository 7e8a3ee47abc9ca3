package org.khareetaty.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.stream.FeedState;
import org.khareetaty.core.stream.StreamClient;
import org.khareetaty.core.stream.StreamConfig;
import org.khareetaty.feed.FeedServer;
import org.khareetaty.feed.FeedServerConfig;
import org.khareetaty.feed.RecordedEvents;

/**
 * The live stream on loopback: a feed server and a stream client in one JVM, the server playing
 * events at a fixed rate (or as fast as the client takes them), the client receiving, validating and
 * handing each to a handler that does nothing but record its latency from {@code sent_at}.
 */
public final class FeedBench {
    /** Events received at the start of a step before latencies are recorded (connection set-up, JIT). */
    private final Duration warmup;

    public FeedBench(Duration warmup) {
        this.warmup = warmup;
    }

    /**
     * One step's figures.
     *
     * @param offeredPerSecond the rate the server played (0: as fast as possible)
     * @param events           events measured (after the warm-up)
     * @param achievedPerSecond events handled per second over the measured part
     * @param receiveMs        latency from {@code sent_at} to the message's arrival at the client: p50, p95, p99, max
     * @param handlerMs        latency from {@code sent_at} to the handler call (validated, queued, handed over): p50, p95, p99, max
     * @param lost             events not handled by the end of the step
     */
    public record Step(
            double offeredPerSecond,
            long events,
            double achievedPerSecond,
            double[] receiveMs,
            double[] handlerMs,
            long lost) {
        /** Every event handled, at 97% or more of the offered rate, p95 to the handler at most 20 ms. */
        public boolean sustained() {
            return lost == 0
                    && (offeredPerSecond == 0 || achievedPerSecond >= 0.97 * offeredPerSecond)
                    && handlerMs[1] <= 20;
        }

        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("offered_per_second", offeredPerSecond == 0 ? "max" : offeredPerSecond);
            m.put("events", events);
            m.put("achieved_per_second", Math.round(achievedPerSecond));
            m.put(
                    "receive_ms",
                    Map.of("p50", receiveMs[0], "p95", receiveMs[1], "p99", receiveMs[2], "max", receiveMs[3]));
            m.put(
                    "handler_ms",
                    Map.of("p50", handlerMs[0], "p95", handlerMs[1], "p99", handlerMs[2], "max", handlerMs[3]));
            m.put("lost", lost);
            m.put("sustained", sustained());
            return m;
        }
    }

    /**
     * Plays {@code rate} events per second for the warm-up plus {@code seconds} (rate 0: {@code maxEvents}
     * as fast as the client takes them) and measures.
     */
    public Step run(double rate, Duration measured, int maxEvents) throws Exception {
        int warmupEvents = (int) (rate == 0 ? Math.min(50_000, maxEvents / 4) : rate * warmup.toMillis() / 1000.0);
        int total = rate == 0 ? maxEvents : warmupEvents + (int) (rate * measured.toMillis() / 1000.0);
        int n = total - warmupEvents;
        long[] receiveMicros = new long[n];
        long[] handlerMicros = new long[n];
        long[] handledAtNanos = new long[2];
        int[] count = new int[1];
        FeedServerConfig cfg =
                FeedServerConfig.defaults().withSpeed(rate == 0 ? 0 : 1).withWaitForSubscribers(1);
        try (FeedServer server = FeedServer.start(cfg, new SyntheticEvents(rate == 0 ? 1_000_000 : rate, total))) {
            StreamClient client = StreamClient.connect(
                    StreamConfig.builder(server.url()).resumeAfter(0).build(),
                    (e, receivedAt) -> {
                        Instant now = Instant.now();
                        int k = (int) e.seq() - 1 - warmupEvents;
                        if (k >= 0) {
                            receiveMicros[k] = micros(e.sentAt(), receivedAt);
                            handlerMicros[k] = micros(e.sentAt(), now);
                            if (k == 0) {
                                handledAtNanos[0] = System.nanoTime();
                            }
                            handledAtNanos[1] = System.nanoTime();
                        }
                        count[0]++;
                    },
                    null);
            try {
                long limit = System.nanoTime()
                        + Duration.ofSeconds(60).plus(measured.multipliedBy(3)).toNanos();
                while (client.health().counters().processed() < total
                        && System.nanoTime() < limit
                        && client.health().state() != FeedState.CLOSED) {
                    Thread.sleep(20);
                }
            } finally {
                client.close();
            }
            long handled = client.health().counters().processed();
            int measuredCount = (int) Math.max(0, Math.min(n, handled - warmupEvents));
            double seconds = (handledAtNanos[1] - handledAtNanos[0]) / 1e9;
            double achieved = measuredCount <= 1 || seconds <= 0 ? 0 : (measuredCount - 1) / seconds;
            return new Step(
                    rate,
                    measuredCount,
                    achieved,
                    percentiles(receiveMicros, measuredCount),
                    percentiles(handlerMicros, measuredCount),
                    total - handled);
        }
    }

    private static long micros(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1000;
    }

    private static double[] percentiles(long[] micros, int n) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        long[] sorted = Arrays.copyOf(micros, n);
        Arrays.sort(sorted);
        return new double[] {at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[n - 1] / 1000.0};
    }

    private static double at(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1000.0;
    }

    /** Events like the generated stream's (CAD calls, sensors, CCTV, citizens in Kuwait City), recorded {@code 1/rate} s apart. */
    static final class SyntheticEvents implements RecordedEvents {
        private static final EventSource[] SOURCES = {
            EventSource.CAD,
            EventSource.CCTV,
            EventSource.CITIZEN_REPORT,
            EventSource.CAD,
            EventSource.RECORDS,
            EventSource.GUNSHOT_SENSOR,
            EventSource.CCTV,
            EventSource.PANIC_SENSOR
        };
        private static final List<String> TYPES = List.of(
                "assault", "motion", "theft", "traffic_offense", "report_filed", "gunshot", "object_count", "panic");
        private final Instant start = Instant.parse("2025-03-01T18:00:00Z");
        private final double rate;
        private final int total;
        private int k;

        SyntheticEvents(double rate, int total) {
            this.rate = rate;
            this.total = total;
        }

        @Override
        public Event next() {
            if (k >= total) {
                return null;
            }
            int i = k++;
            Instant sent = start.plusNanos((long) (i * 1e9 / rate));
            int s = i % SOURCES.length;
            double lat = 29.30 + (i * 7919 % 1000) / 10_000.0;
            double lon = 47.90 + (i * 104_729 % 1000) / 10_000.0;
            return new Event(
                    "bench-" + i,
                    i + 1,
                    SOURCES[s],
                    TYPES.get(s),
                    sent.minusSeconds(40),
                    sent,
                    lat,
                    lon,
                    0.5 + (i % 50) / 100.0,
                    "device-" + (i % 977),
                    Map.of(
                            "incident_id",
                            Integer.toString(i / 3),
                            "category",
                            "violent",
                            "priority",
                            1 + i % 3,
                            "sim_role",
                            "noise"));
        }
    }
}
