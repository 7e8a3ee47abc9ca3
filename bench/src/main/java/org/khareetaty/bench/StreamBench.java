package org.khareetaty.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.khareetaty.core.alert.AlertDecision;
import org.khareetaty.core.alert.AlertEngine;
import org.khareetaty.core.alert.DecisionKind;
import org.khareetaty.core.alert.DecisionListener;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.stats.LatencyHistogram;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.Received;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.khareetaty.core.stream.BatchEventHandler;
import org.khareetaty.core.stream.FeedState;
import org.khareetaty.core.stream.StreamClient;
import org.khareetaty.core.stream.StreamConfig;

/**
 * The live stream end to end on loopback: a feed server in its own JVM ({@link StreamBenchFeed})
 * plays events made from a store's incidents at a fixed rate, retimed to look live; this process
 * subscribes with the real {@link StreamClient} and runs every event through the real
 * {@link AlertEngine} on a fresh scratch store holding the source store's boundary layers, as
 * {@code khareetaty alerts listen} does. Measures, per event after a warm-up: {@code sent_at} (the
 * server's stamp when it publishes) to the decisions stored (handed over by the engine once its
 * transaction is committed and fsynced, as {@code alerts listen} prints them), and received (the client's stamp on arrival) to decided; the rate
 * achieved; decisions by kind; events the engine let through unscored; stalls of this process
 * ({@link StallMeter}); and, for a soak, the heap retained after a full collection with the
 * engine's state sizes at intervals.
 */
public final class StreamBench {
    private static final long SEED = 42;
    private final Path source;
    private final Path work;
    private final Duration warmup;

    /**
     * @param source the store whose incidents the events are made from and whose boundary layers the engine uses
     * @param work   scratch folder for the engine's stores and the feed's log
     * @param warmup played before measuring at each rate (connection, JIT of the feed's fresh JVM)
     */
    public StreamBench(Path source, Path work, Duration warmup) {
        this.source = source;
        this.work = work;
        this.warmup = warmup;
    }

    /** Latency percentiles in milliseconds (within 2%: {@link LatencyHistogram}) and the exact maximum. */
    public record Latency(double p50, double p95, double p99, double max) {
        Map<String, Object> asMap() {
            return Map.of("p50", p50, "p95", p95, "p99", p99, "max", max);
        }
    }

    /**
     * One rate's figures.
     *
     * @param offeredPerSecond    the rate the feed played
     * @param events              events measured (after the warm-up)
     * @param achievedPerSecond   measured events decided per second
     * @param sentToStored        {@code sent_at} to the decisions stored
     * @param receivedToDecided   received by the client to the decisions stored
     * @param process             the engine's {@code processAll} call alone (decide and commit, not the fsync)
     * @param decisions           decisions by kind, of the measured events
     * @param unscored            measured events the engine let through unscored (a stage over its budget, or failed)
     * @param lost                events of the run not decided when it ended
     * @param heap                heap points (soak only)
     * @param state               the engine's window state at the end
     * @param stalls              stalls of this process over the run
     * @param clientCpuMicrosPerEvent CPU of this process (client, engine, H2) per event
     * @param feedCpuMicrosPerEvent   CPU of the feed's process per event
     * @param loadAverage         the machine's 1-minute load average at the end
     * @param commits             transactions of the measured events (one per event, or one per batch of queued events)
     */
    public record Step(
            double offeredPerSecond,
            long events,
            double achievedPerSecond,
            Latency sentToStored,
            Latency receivedToDecided,
            Latency process,
            Map<DecisionKind, Long> decisions,
            long unscored,
            long lost,
            List<AlertBench.HeapPoint> heap,
            AlertEngine.StateSize state,
            StallMeter.Stalls stalls,
            double clientCpuMicrosPerEvent,
            double feedCpuMicrosPerEvent,
            double loadAverage,
            long commits) {
        /** Measured events per transaction (group commit of the events waiting in the client's queue). */
        public double eventsPerCommit() {
            return commits == 0 ? 0 : (double) events / commits;
        }

        /** Every event decided, at 97% or more of the offered rate, with p95 received-to-decided at most 20 ms. */
        public boolean sustained() {
            return lost == 0 && achievedPerSecond >= 0.97 * offeredPerSecond && receivedToDecided.p95() <= 20;
        }

        /** Least-squares slope of the retained heap over time, in MB per 10 minutes (NaN with fewer than 2 points). */
        public double heapSlopeMbPer10Minutes() {
            return slopePer10Minutes(heap);
        }

        /** The same over the second half of the run, once the shorter windows are full. */
        public double heapSlopeMbPer10MinutesSecondHalf() {
            return slopePer10Minutes(heap.subList(heap.size() / 2, heap.size()));
        }

        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("offered_per_second", offeredPerSecond);
            m.put("events", events);
            m.put("achieved_per_second", Math.round(achievedPerSecond));
            m.put("sent_to_stored_ms", sentToStored.asMap());
            m.put("received_to_decided_ms", receivedToDecided.asMap());
            m.put("process_ms", process.asMap());
            Map<String, Object> d = new LinkedHashMap<>();
            decisions.forEach((k, v) -> d.put(k.wire(), v));
            m.put("decisions", d);
            m.put("unscored", unscored);
            m.put("lost", lost);
            m.put("sustained", sustained());
            m.put("stalls", Map.of("count", stalls.count(), "total_ms", stalls.totalMs(), "max_ms", stalls.maxMs()));
            m.put("client_cpu_us_per_event", Math.round(clientCpuMicrosPerEvent));
            m.put("feed_cpu_us_per_event", Math.round(feedCpuMicrosPerEvent));
            m.put("load_average", loadAverage);
            m.put("state", state);
            if (!heap.isEmpty()) {
                m.put(
                        "heap",
                        heap.stream()
                                .map(h -> Map.of(
                                        "seconds",
                                        h.seconds(),
                                        "events",
                                        h.events(),
                                        "retained_mb",
                                        h.retainedMb(),
                                        "state",
                                        h.state()))
                                .toList());
                m.put("heap_slope_mb_per_10_min", heapSlopeMbPer10Minutes());
                m.put("heap_slope_mb_per_10_min_second_half", heapSlopeMbPer10MinutesSecondHalf());
            }
            return m;
        }
    }

    /** Least-squares slope of retained MB against seconds, per 10 minutes; NaN with fewer than 2 points. */
    static double slopePer10Minutes(List<AlertBench.HeapPoint> points) {
        int n = points.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mx = 0;
        double my = 0;
        for (AlertBench.HeapPoint p : points) {
            mx += p.seconds();
            my += p.retainedMb();
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        for (AlertBench.HeapPoint p : points) {
            sxy += (p.seconds() - mx) * (p.retainedMb() - my);
            sxx += (p.seconds() - mx) * (p.seconds() - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx * 600;
    }

    /**
     * Plays {@code rate} events per second for the warm-up plus {@code measured}; with a positive
     * {@code heapEvery}, takes a heap point (after a full collection) at that interval and hands it
     * to {@code progress}.
     */
    public Step run(double rate, Duration measured, Duration heapEvery, Consumer<AlertBench.HeapPoint> progress)
            throws Exception {
        Path dir = work.resolve("stream-" + Math.round(rate) + "-" + System.nanoTime());
        try {
            return run(dir, rate, measured, heapEvery, progress);
        } finally {
            delete(dir);
        }
    }

    /** Removes a run's scratch store (a soak's holds gigabytes). */
    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Step run(
            Path dir, double rate, Duration measured, Duration heapEvery, Consumer<AlertBench.HeapPoint> progress)
            throws Exception {
        long warmupEvents = Math.round(rate * warmup.toMillis() / 1000.0);
        long total = warmupEvents + Math.round(rate * measured.toMillis() / 1000.0);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        // what `alerts listen` opens: a store with the stream's small page cache
        try (Store store = Store.openForStream(dir)) {
            AlertBench.copyBoundaries(source, store);
            Recorder rec = new Recorder(warmupEvents);
            AlertEngine.StateSize state;
            List<AlertBench.HeapPoint> heap = new ArrayList<>();
            StallMeter.Stalls stalls;
            long lost;
            double feedCpu;
            long cpu0;
            double feedCpu0;
            try (AlertEngine engine = AlertEngine.open(store, AlertConfig.defaults());
                    ChildFeed feed = ChildFeed.start(source, rate, total, dir.resolve("feed.log"));
                    StallMeter meter = new StallMeter(20)) {
                // CPU from here on: the feed's start-up (JVM, reading the incidents) and the engine's opening are not
                // per event
                cpu0 = os.getProcessCpuTime();
                feedCpu0 = feed.cpuMicros();
                DecisionListener shown = (batch, ds) -> rec.shown(batch, ds, Instant.now(), System.nanoTime());
                StreamClient client = StreamClient.connect(
                        StreamConfig.builder(feed.url()).resumeAfter(0).build(),
                        new BatchEventHandler() {
                            @Override
                            public void onEvent(Event e, Instant receivedAt) {
                                onEvents(List.of(new Received(e, receivedAt)));
                            }

                            @Override
                            public void onEvents(List<Received> batch) {
                                long t0 = System.nanoTime();
                                engine.processAll(List.copyOf(batch), shown);
                                rec.processed(batch, System.nanoTime() - t0);
                            }
                        },
                        null);
                ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "heap-points");
                    t.setDaemon(true);
                    return t;
                });
                long start = System.nanoTime();
                if (!heapEvery.isZero()) {
                    sampler.scheduleAtFixedRate(
                            () -> {
                                AlertBench.HeapPoint p = new AlertBench.HeapPoint(
                                        (System.nanoTime() - start) / 1e9,
                                        rec.decided(),
                                        HeapSampler.liveMb(),
                                        engine.stateSize());
                                synchronized (heap) {
                                    heap.add(p);
                                }
                                progress.accept(p);
                            },
                            heapEvery.toMillis(),
                            heapEvery.toMillis(),
                            TimeUnit.MILLISECONDS);
                }
                try {
                    long limit = start
                            + warmup.plus(measured.multipliedBy(2))
                                    .plusSeconds(60)
                                    .toNanos();
                    while (client.health().counters().processed() < total
                            && System.nanoTime() < limit
                            && client.health().state() != FeedState.CLOSED) {
                        Thread.sleep(50);
                    }
                } finally {
                    sampler.shutdownNow();
                    sampler.awaitTermination(30, TimeUnit.SECONDS);
                    client.close();
                    engine.awaitDurable();
                }
                lost = total - client.health().counters().processed();
                stalls = meter.stalls();
                state = engine.stateSize();
                feedCpu = feed.cpuMicros() - feedCpu0;
            }
            double clientCpu = (os.getProcessCpuTime() - cpu0) / 1e3;
            synchronized (heap) {
                return rec.step(
                        rate,
                        unscored(store, warmupEvents),
                        lost,
                        List.copyOf(heap),
                        state,
                        stalls,
                        clientCpu / total,
                        feedCpu / total,
                        os.getSystemLoadAverage());
            }
        }
    }

    /** Events after the warm-up that the engine stored as unscored. */
    private static long unscored(Store store, long afterSeq) {
        try (Connection c = store.connect();
                PreparedStatement ps =
                        c.prepareStatement("SELECT COUNT(*) FROM alert_stream_events WHERE unscored AND seq > ?")) {
            ps.setLong(1, afterSeq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot count the unscored events in " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    /** What the handler saw, past the warm-up: written by the client's handler thread, read at the end. */
    private static final class Recorder {
        private final long warmupEvents;
        private final LatencyHistogram sentToStored = new LatencyHistogram();
        private final LatencyHistogram receivedToDecided = new LatencyHistogram();
        private final LatencyHistogram process = new LatencyHistogram();
        private final long[] max = new long[3];
        private final Map<DecisionKind, Long> decisions = new EnumMap<>(DecisionKind.class);
        private long firstNanos;
        private long lastNanos;
        private long measured;
        private volatile long decided;
        private long commits;

        Recorder(long warmupEvents) {
            this.warmupEvents = warmupEvents;
        }

        /** Records a batch that the engine's {@code processAll} took {@code nanos} to decide and commit (the client's handler thread). */
        synchronized void processed(List<Received> batch, long nanos) {
            boolean measuredCommit = false;
            for (Received r : batch) {
                if (r.event().seq() > warmupEvents) {
                    add(process, 2, nanos);
                    measuredCommit = true;
                }
            }
            if (measuredCommit) {
                commits++;
            }
        }

        /** Records a batch whose decisions were handed over, durable, at {@code shown} (the engine's durability thread). */
        synchronized void shown(List<Received> batch, List<List<AlertDecision>> ds, Instant shown, long atNanos) {
            for (int i = 0; i < batch.size(); i++) {
                Event e = batch.get(i).event();
                decided++;
                if (e.seq() <= warmupEvents) {
                    continue;
                }
                add(sentToStored, 0, Duration.between(e.sentAt(), shown).toNanos());
                add(
                        receivedToDecided,
                        1,
                        Duration.between(batch.get(i).receivedAt(), shown).toNanos());
                for (AlertDecision d : ds.get(i)) {
                    decisions.merge(d.kind(), 1L, Long::sum);
                }
                if (measured++ == 0) {
                    firstNanos = atNanos;
                }
                lastNanos = atNanos;
            }
        }

        private void add(LatencyHistogram h, int i, long nanos) {
            long v = Math.max(0, nanos);
            h.record(v);
            max[i] = Math.max(max[i], v);
        }

        long decided() {
            return decided;
        }

        synchronized Step step(
                double rate,
                long unscored,
                long lost,
                List<AlertBench.HeapPoint> heap,
                AlertEngine.StateSize state,
                StallMeter.Stalls stalls,
                double clientCpu,
                double feedCpu,
                double load) {
            double seconds = (lastNanos - firstNanos) / 1e9;
            double achieved = measured <= 1 || seconds <= 0 ? 0 : (measured - 1) / seconds;
            return new Step(
                    rate,
                    measured,
                    achieved,
                    latency(sentToStored, 0),
                    latency(receivedToDecided, 1),
                    latency(process, 2),
                    Map.copyOf(decisions),
                    unscored,
                    lost,
                    heap,
                    state,
                    stalls,
                    clientCpu,
                    feedCpu,
                    load,
                    commits);
        }

        private Latency latency(LatencyHistogram h, int i) {
            return new Latency(h.quantileMillis(0.50), h.quantileMillis(0.95), h.quantileMillis(0.99), max[i] / 1e6);
        }
    }

    /** The feed server in its own JVM ({@link StreamBenchFeed}), on this program's class path. */
    private static final class ChildFeed implements AutoCloseable {
        private final Process process;
        private final String url;

        private ChildFeed(Process process, String url) {
            this.process = process;
            this.url = url;
        }

        static ChildFeed start(Path source, double rate, long events, Path log)
                throws IOException, InterruptedException {
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> cmd = List.of(
                    java,
                    "-Xmx384m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    StreamBenchFeed.class.getName(),
                    source.toAbsolutePath().toString(),
                    Double.toString(rate),
                    Long.toString(events),
                    Long.toString(SEED));
            Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            try {
                line = CompletableFuture.supplyAsync(() -> {
                            try {
                                return out.readLine();
                            } catch (IOException e) {
                                return null;
                            }
                        })
                        .get(120, TimeUnit.SECONDS);
            } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
                line = null;
            }
            if (line == null || !line.startsWith("ws://")) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException("the feed process did not start (its log: " + log + "): " + tail(log));
            }
            return new ChildFeed(p, line.strip());
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
            } catch (IOException e) {
                return "(no log)";
            }
        }

        String url() {
            return url;
        }

        /** CPU time the feed's process used so far, in microseconds (NaN when the OS does not say). */
        double cpuMicros() {
            return process.toHandle()
                    .info()
                    .totalCpuDuration()
                    .map(d -> d.toNanos() / 1e3)
                    .orElse(Double.NaN);
        }

        @Override
        public void close() throws InterruptedException {
            try {
                process.getOutputStream().close();
            } catch (IOException e) {
                // already gone
            }
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }
}
