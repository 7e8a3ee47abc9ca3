package org.khareetaty.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.khareetaty.core.alert.AlertDecision;
import org.khareetaty.core.alert.AlertEngine;
import org.khareetaty.core.alert.DecisionKind;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.stats.Stage;
import org.khareetaty.core.alert.stats.StageLatencies;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

/**
 * The alert engine in-process at a fixed event rate: events made from a store's incidents
 * ({@link BenchEventStream}) are handed to {@link AlertEngine#process} on schedule (event i at
 * {@code i / rate} seconds), each received at its scheduled time, so that an engine falling behind
 * shows as received-to-decided latency. Each run uses a fresh scratch store holding the source
 * store's boundary layers. Reports per-stage p50/p95/p99, decisions by kind, the rate achieved,
 * and the heap retained after garbage collection over the run (for the soak).
 */
public final class AlertBench {
    /** One run's figures. */
    public record Run(
            String rate,
            boolean live,
            long events,
            double seconds,
            double eventsPerSecond,
            Map<Stage, StageLatencies.Percentiles> stages,
            Map<DecisionKind, Long> decisions,
            List<HeapPoint> heap,
            AlertEngine.StateSize state,
            double engineCpuMicrosPerEvent,
            double processCpuMicrosPerEvent) {}

    /** The heap in use right after the latest collection, and the engine's window state, at a moment of the run. */
    public record HeapPoint(double seconds, long events, long retainedMb, AlertEngine.StateSize state) {}

    private final BenchIncidents incidents;
    private final Path source;
    private final Path work;

    /** Reads the incidents and boundaries of the store at {@code source}; scratch stores go under {@code work}. */
    public AlertBench(Path source, Path work) {
        this.source = source;
        this.work = work;
        try (Store s = Store.open(source)) {
            this.incidents = BenchIncidents.read(s);
        }
    }

    /** Incidents the events are made from. */
    public int incidents() {
        return incidents.size();
    }

    /**
     * Replays for {@code duration} at {@code ratePerSecond} (0: as fast as the engine goes), live or
     * historical clock; {@code progress} hears of each heap point (every {@code heapEvery}).
     */
    public Run run(
            double ratePerSecond, boolean live, Duration duration, Duration heapEvery, Consumer<HeapPoint> progress) {
        Path dir = work.resolve("alerts-" + (ratePerSecond == 0 ? "max" : (long) ratePerSecond)
                + (live ? "-live" : "-replay") + "-" + System.nanoTime());
        try (Store store = Store.openForStream(dir)) {
            copyBoundaries(source, store);
            AlertConfig config = AlertConfig.defaults();
            try (AlertEngine engine = AlertEngine.open(store, config)) {
                return replay(engine, ratePerSecond, live, duration, heapEvery, progress);
            }
        }
    }

    private Run replay(
            AlertEngine engine,
            double rate,
            boolean live,
            Duration duration,
            Duration heapEvery,
            Consumer<HeapPoint> progress) {
        BenchEventStream stream = new BenchEventStream(incidents, 42, live, Instant.now(), rate == 0 ? 5000 : rate);
        Map<DecisionKind, Long> decisions = new EnumMap<>(DecisionKind.class);
        List<HeapPoint> heap = new ArrayList<>();
        long start = System.nanoTime();
        Instant wallStart = Instant.now();
        long end = start + duration.toNanos();
        long nextHeap = start + heapEvery.toNanos();
        long n = 0;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long engineCpu = 0;
        long processCpu0 = os.getProcessCpuTime();
        while (true) {
            long due = rate == 0 ? System.nanoTime() : start + (long) (n * 1e9 / rate);
            if (due >= end) {
                break;
            }
            long now = System.nanoTime();
            if (due > now) {
                LockSupport.parkNanos(due - now);
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
            }
            Event e = stream.next();
            Instant received = wallStart.plusNanos(due - start);
            long cpu0 = threads.getCurrentThreadCpuTime();
            List<AlertDecision> ds = engine.process(e, received);
            engineCpu += threads.getCurrentThreadCpuTime() - cpu0;
            for (AlertDecision d : ds) {
                decisions.merge(d.kind(), 1L, Long::sum);
            }
            n++;
            if (System.nanoTime() >= nextHeap) {
                HeapPoint p = new HeapPoint((System.nanoTime() - start) / 1e9, n, retainedMb(), engine.stateSize());
                heap.add(p);
                progress.accept(p);
                nextHeap += heapEvery.toNanos();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<Stage, StageLatencies.Percentiles> stages = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            stages.put(s, engine.latencies().percentiles(s));
        }
        double processCpu = os.getProcessCpuTime() - processCpu0;
        return new Run(
                rate == 0 ? "max" : String.valueOf((long) rate),
                live,
                n,
                seconds,
                n / seconds,
                stages,
                decisions,
                heap,
                engine.stateSize(),
                engineCpu / 1e3 / Math.max(1, n),
                processCpu / 1e3 / Math.max(1, n));
    }

    /** Heap in use after the latest garbage collection, over the heap pools, in MB. */
    static long retainedMb() {
        long bytes = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = p.getCollectionUsage();
            if (p.getType() == MemoryType.HEAP && u != null) {
                bytes += u.getUsed();
            }
        }
        return bytes >> 20;
    }

    /** Garbage collections so far (to tell the soak's retained-heap points apart from stale ones). */
    static long collections() {
        long n = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, g.getCollectionCount());
        }
        return n;
    }

    /** Copies the boundary layers of {@code from} into {@code into}, so the engine resolves zones as in the source store. */
    static void copyBoundaries(Path from, Store into) {
        try (Store src = Store.open(from);
                Connection a = src.connect();
                Connection b = into.connect()) {
            try (Statement s = a.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT layer, zone_column, is_primary, source_file, "
                                    + "code_field, name_field, parent_field, loaded_at, feature_count, repaired_count, rejected_count FROM boundary_layers");
                    PreparedStatement ps = b.prepareStatement(
                            "INSERT INTO boundary_layers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                while (rs.next()) {
                    for (int i = 1; i <= 11; i++) {
                        ps.setObject(i, rs.getObject(i));
                    }
                    ps.executeUpdate();
                    try (Statement ddl = b.createStatement()) {
                        ddl.execute(
                                "ALTER TABLE incidents ADD COLUMN IF NOT EXISTS " + rs.getString(2) + " VARCHAR(128)");
                    }
                }
            }
            try (Statement s = a.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT layer, code, name, parent, attributes, repaired, geom " + "FROM boundaries");
                    PreparedStatement ps = b.prepareStatement("INSERT INTO boundaries (layer, code, name, parent, "
                            + "attributes, repaired, geom) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                while (rs.next()) {
                    for (int i = 1; i <= 7; i++) {
                        ps.setObject(i, rs.getObject(i));
                    }
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot copy the boundary layers of " + from + ": " + e.getMessage(), e);
        }
    }

    /** A run as a JSON-ready map. */
    public static Map<String, Object> asMap(Run r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rate", r.rate());
        m.put("clock", r.live() ? "live" : "replay");
        m.put("events", r.events());
        m.put("seconds", r.seconds());
        m.put("events_per_second", r.eventsPerSecond());
        m.put("engine_thread_cpu_us_per_event", r.engineCpuMicrosPerEvent());
        m.put("process_cpu_us_per_event", r.processCpuMicrosPerEvent());
        Map<String, Object> st = new LinkedHashMap<>();
        r.stages()
                .forEach((k, v) -> st.put(
                        k.wire(), Map.of("p50_ms", v.p50(), "p95_ms", v.p95(), "p99_ms", v.p99(), "count", v.count())));
        m.put("stages", st);
        Map<String, Object> d = new LinkedHashMap<>();
        r.decisions().forEach((k, v) -> d.put(k.wire(), v));
        m.put("decisions", d);
        m.put(
                "heap",
                r.heap().stream()
                        .map(h -> Map.of(
                                "seconds",
                                h.seconds(),
                                "events",
                                h.events(),
                                "retained_mb",
                                h.retainedMb(),
                                "incidents",
                                h.state().incidents(),
                                "corroboration_events",
                                h.state().corroborationEvents()))
                        .toList());
        return m;
    }
}
