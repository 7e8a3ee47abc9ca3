package org.khareetaty.core.alert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.enrich.Enricher;
import org.khareetaty.core.alert.enrich.SensitiveSites;
import org.khareetaty.core.alert.geofence.Geofence;
import org.khareetaty.core.alert.geofence.Geofences;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.alert.score.ThreatSeverity;
import org.khareetaty.core.alert.stats.Stage;
import org.khareetaty.core.alert.stats.StageLatencies;
import org.khareetaty.core.alert.window.RollingSummary;
import org.khareetaty.core.alert.window.SlidingCounts;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.event.Received;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.khareetaty.core.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert engine: turns each accepted live event into stored alert decisions (docs/alerts.md).
 *
 * <p>Per event, in named steps ({@link Pipeline}): enrich (zones, H3 cell, nearest sensitive site,
 * cell risk: {@link EnrichStep}), place in the windows (tumbling, sliding, rolling summary; events
 * later than the allowed lateness are logged and kept out: {@link PlaceStep}), correlate (assign to
 * an incident, fuse citizen reports, find corroborating sources, raise the dynamic risk around new
 * incidents: {@link CorrelateStep}), decide (assess the incident against the confidence gates and
 * score it, check geofences and the cell's spike prediction, deduplicate against open alerts:
 * {@link DecideStep}), and write the event and every decision with its audit entry in one
 * transaction ({@link AlertWriter}). The windows, incidents and open alerts live in one
 * {@link EngineState}.
 *
 * <p>{@link #processAll(List, DecisionListener)} is to be called from one thread (concurrent calls
 * are safe but serialised); the decisions reach their listener on the engine's durability thread
 * once an fsync covers them ({@link DurableRelease}), while the calling thread goes on to the next
 * batch; {@link #process} and {@link #processAll(List)} wait for that. Processing is idempotent by event id: an event already stored is ignored,
 * and {@link #lastProcessedSeq()} is the resume point a restarted client asks the feed for. Opening
 * an engine on a store that already holds processed events rebuilds the windows from the most recent
 * of them ({@link RestartReplay}). Analyst actions on alerts (acknowledge, dispatch, close) go through
 * {@link Alerts} on their own connections; the engine sees a closed alert as no longer open.
 */
public final class AlertEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);
    private static final long FLUSH_EVERY_NANOS = 10_000_000_000L;
    private static final int ID_MAX_LENGTH = Event.MAX_ID_LENGTH;
    private static final int H2_DUPLICATE_KEY = 23505;

    private final Store store;
    private final AlertConfig config;
    private final Connection connection;
    private final List<Geofence> fences;
    private final Pipeline pipeline;
    private final AlertWriter writer;
    private final RestartReplay replay;
    private final StageLatencies latencies = new StageLatencies();
    private final DurableRelease release;
    /** Rebuilt from the store after a failed write. */
    private EngineState state;

    private long lastSeq = -1;
    private long lastFlush = System.nanoTime();
    private ScheduledExecutorService rowFlusher;
    private boolean closed;

    private AlertEngine(Store store, AlertConfig config, Connection c, Taxonomy taxonomy, DurableRelease release)
            throws SQLException {
        this.store = store;
        this.release = release;
        this.config = config;
        this.connection = c;
        Enricher enricher = new Enricher(BoundaryIndex.load(c), SensitiveSites.index(c), config);
        this.fences = Geofences.list(c);
        DedupOrRaise policy = new DedupOrRaise(
                AlertStates.of(store),
                config.degradedPriority(),
                config.windows().sessionMaxEvents() * 2);
        this.pipeline = new Pipeline(
                new EnrichStep(enricher, new ThreatSeverity(config.types(), taxonomy), config),
                new PlaceStep(config),
                new CorrelateStep(),
                new DecideStep(config, policy, history(c, config)));
        this.state = new EngineState(config, fences);
        c.commit();
        this.writer = new AlertWriter(c, config.alertRowEvery());
        this.replay = new RestartReplay(c, config, pipeline, writer, store.dir());
    }

    /** The store's history for the spike prediction when {@code spike.expectation} asks for it, else null. */
    private static WeekHourExpectation history(Connection c, AlertConfig config) throws SQLException {
        if (config.spike().expectation() != AlertConfig.SpikeExpectation.HOUR_OF_WEEK) {
            return null;
        }
        return WeekHourExpectation.load(
                c, config.windows().cellResolution(), config.spike().historyWeeks());
    }

    /** Rewrites, every interval, the open alerts whose rows waited that long (while no event comes to commit them). */
    private void startRowFlusher() {
        long ms = config.alertRowEvery().toMillis();
        if (ms <= 0) {
            return;
        }
        rowFlusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "khareetaty-alert-rows");
            t.setDaemon(true);
            return t;
        });
        rowFlusher.scheduleWithFixedDelay(this::flushDueRows, ms, ms, TimeUnit.MILLISECONDS);
    }

    private synchronized void flushDueRows() {
        if (closed || !writer.waitingDue()) {
            return;
        }
        try {
            writer.flushWaiting(false);
        } catch (SQLException | RuntimeException x) {
            // rolled back; the rows wait for the next try
            LOG.warn("Cannot rewrite the waiting alerts in {}: {}", store.dir(), x.toString());
        }
    }

    /**
     * Opens an engine on {@code store} with {@code config}, using the store's {@code taxonomy.csv}
     * when it has one. Boundary layers, sensitive sites and geofences are read now; changes to them
     * take effect at the next open. When the store holds processed events, the windows, incidents
     * and open alerts are rebuilt by replaying (without storing anything) the events of the last
     * hour or so of stream time: the longest window plus the allowed lateness, at most 1,000,000 events.
     *
     * @throws StoreException when the store cannot be read
     */
    public static AlertEngine open(Store store, AlertConfig config) {
        Objects.requireNonNull(store, "store");
        return open(store, config, store::sync);
    }

    /** Opens an engine as {@link #open(Store, AlertConfig)} does, reaching the disk with {@code sync} (tests hold it back). */
    static AlertEngine open(Store store, AlertConfig config, DurableRelease.Sync sync) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(config, "config");
        Path tax = store.dir().resolve("taxonomy.csv");
        Taxonomy taxonomy = Files.isRegularFile(tax) ? Taxonomy.read(tax) : Taxonomy.builtIn();
        Connection c = null;
        DurableRelease release = null;
        try {
            c = store.connect();
            c.setAutoCommit(false);
            release = new DurableRelease(sync, "khareetaty-durable");
            AlertEngine engine = new AlertEngine(store, config, c, taxonomy, release);
            engine.warmUp();
            engine.restore();
            engine.startRowFlusher();
            return engine;
        } catch (SQLException e) {
            closeQuietly(c, release);
            throw new StoreException(
                    "Cannot open the alert engine on the store at " + store.dir() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c, release);
            throw e;
        }
    }

    /** Opens an engine with the store's configuration ({@code alerts.toml} there, else the defaults). */
    public static AlertEngine open(Store store) {
        return open(store, AlertConfig.forStore(store.dir()));
    }

    /**
     * Processes one event received at {@code receivedAt} and returns the decisions it stored (none
     * when the event was processed before), once they are on disk. Every decision is stored with its
     * audit entry, together with the event, in one transaction.
     *
     * @throws IllegalArgumentException when the event id is longer than 1,000 characters
     * @throws StoreException when the store cannot be written; nothing of the event is stored, and
     *         the engine rebuilds its windows from the store so that a retry processes it afresh (the
     *         same holds for any other exception out of the pipeline)
     */
    public List<AlertDecision> process(Event e, Instant receivedAt) {
        return processAll(List.of(new Received(e, receivedAt))).get(0);
    }

    /**
     * Processes several events as {@link #processAll(List, DecisionListener)} does and returns each
     * event's decisions, in order, once they are on disk (the caller waits for the fsync).
     *
     * @throws IllegalArgumentException when an event id is longer than 1,000 characters (nothing is processed)
     * @throws StoreException when the store cannot be written
     */
    public List<List<AlertDecision>> processAll(List<Received> events) {
        CompletableFuture<List<List<AlertDecision>>> done = new CompletableFuture<>();
        processAll(events, new DecisionListener() {
            @Override
            public void durable(List<Received> batch, List<List<AlertDecision>> decisions) {
                done.complete(decisions);
            }

            @Override
            public void failed(List<Received> batch, StoreException error) {
                done.completeExceptionally(error);
            }
        });
        try {
            return done.get();
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while the store at " + store.dir() + " was written to its file", x);
        } catch (ExecutionException x) {
            StoreException cause = (StoreException) x.getCause();
            throw new StoreException(cause.getMessage(), cause);
        }
    }

    /**
     * Processes several events in arrival order and stores them all in one transaction (group
     * commit: a feed's backlog is cleared with one commit, and an alert that several of them update
     * is rewritten once); then hands their decisions to {@code to} once the transaction is on disk,
     * on the engine's durability thread, without waiting for the disk: the next batch is decided
     * while the disk writes this one, and one fsync covers every batch committed before it
     * ({@link DurableRelease}). Batches reach their listeners in the order they were processed.
     * All or none: on any failure nothing of the batch is stored, the windows are rebuilt from the
     * store, and the exception is thrown; a caller then processes the events one at a time. When the
     * store cannot be written to its file, {@code to} hears {@link DecisionListener#failed} instead,
     * and every later batch is refused with the same error.
     *
     * @throws IllegalArgumentException when an event id is longer than 1,000 characters (nothing is processed)
     * @throws StoreException when the store cannot be written
     */
    public void processAll(List<Received> events, DecisionListener to) {
        Objects.requireNonNull(to, "to");
        decide(events, to);
        try {
            release.awaitRoom();
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
        }
    }

    /** Decides and commits {@code events}, and hands their release to the durability thread. */
    private synchronized void decide(List<Received> events, DecisionListener to) {
        if (closed) {
            throw new IllegalStateException("the alert engine is closed");
        }
        release.check();
        for (Received r : events) {
            if (r.event().id().length() > ID_MAX_LENGTH) {
                throw new IllegalArgumentException(
                        "event id of " + r.event().id().length() + " characters is longer than " + ID_MAX_LENGTH);
            }
        }
        int n = events.size();
        List<List<AlertDecision>> out = new ArrayList<>(n);
        Pipeline.Processed[] processed = new Pipeline.Processed[n];
        long[] starts = new long[n];
        long storeNanos = 0;
        long seq = lastSeq;
        Event current = null;
        try {
            for (int i = 0; i < n; i++) {
                current = events.get(i).event();
                starts[i] = System.nanoTime();
                // a feed numbers its events in increasing order, so an event beyond the last one processed is new; one
                // at
                // or before it (a replay after a reconnect) is looked up. Should a new number still carry a known id,
                // the
                // store's unique index refuses it below.
                if (current.seq() <= seq && writer.processed(current.id())) {
                    out.add(List.of());
                    continue;
                }
                Pipeline.Processed p = pipeline.run(current, events.get(i).receivedAt(), null, state);
                long storeStart = System.nanoTime();
                out.add(writer.stage(p.row(), p.drafts()));
                storeNanos += System.nanoTime() - storeStart;
                processed[i] = p;
                seq = Math.max(seq, current.seq());
            }
            current = null;
            long commitStart = System.nanoTime();
            boolean flush = commitStart - lastFlush > FLUSH_EVERY_NANOS;
            writer.commit(() -> {
                if (flush) {
                    try {
                        latencies.flush(connection);
                    } catch (SQLException x) {
                        throw new StoreException("Cannot store the latency statistics: " + x.getMessage(), x);
                    }
                }
            });
            if (flush) {
                lastFlush = commitStart;
            }
            storeNanos += System.nanoTime() - commitStart;
        } catch (SQLException | RuntimeException x) {
            // the windows may hold part of the batch: start again from what the store holds
            rebuildAfterFailure(x);
            if (n == 1 && x instanceof SQLException q && q.getErrorCode() == H2_DUPLICATE_KEY) {
                // processed before under another sequence number: ignored, as a repeat is
                handOver(events, List.of(List.of()), new Pipeline.Processed[1], to);
                return;
            }
            if (x instanceof RuntimeException r) {
                throw r;
            }
            String what = current != null
                    ? "event " + current.id()
                    : n == 1
                            ? "event " + events.get(0).event().id()
                            : n + " events (" + events.get(0).event().id() + " .. "
                                    + events.get(n - 1).event().id() + ")";
            throw new StoreException("Cannot store " + what + " in " + store.dir() + ": " + x.getMessage(), x);
        }
        lastSeq = seq;
        long end = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (processed[i] != null) {
                record(processed[i], storeNanos, end - starts[i]);
            }
        }
        handOver(events, out, processed, to);
    }

    /**
     * Hands the decisions to {@code to} once they are on disk, and so shown only then: a kill cannot
     * take them back. Records received-to-decided for the events {@code processed} (not repeats).
     */
    private void handOver(
            List<Received> events, List<List<AlertDecision>> out, Pipeline.Processed[] processed, DecisionListener to) {
        release.after(new DurableRelease.Release() {
            @Override
            public void durable() {
                Instant now = Instant.now();
                for (int i = 0; i < processed.length; i++) {
                    if (processed[i] != null) {
                        latencies.record(
                                Stage.RECEIVED_TO_DECIDED,
                                Math.max(
                                        0,
                                        Duration.between(events.get(i).receivedAt(), now)
                                                .toNanos()));
                    }
                }
                to.durable(events, out);
            }

            @Override
            public void failed(StoreException error) {
                to.failed(events, error);
            }
        });
    }

    private void record(Pipeline.Processed p, long storeNanos, long processNanos) {
        latencies.record(Stage.ENRICH, p.enrichNanos());
        latencies.record(Stage.WINDOWS, p.placeNanos());
        latencies.record(Stage.CORRELATE, p.correlateNanos());
        latencies.record(Stage.SCORE, p.decideNanos());
        latencies.record(Stage.STORE, storeNanos);
        latencies.record(Stage.PROCESS, processNanos);
    }

    /**
     * Waits until the decisions of every batch processed before this call have been handed to their
     * listeners (or failed): what a caller that stops a stream does before it reports what was shown.
     */
    public void awaitDurable() {
        try {
            release.awaitReleased();
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Records in the audit log (action {@code skipped}, actor {@code engine}) a feed message that was
     * not processed: rejected by validation, or given up after failing; {@code eventId} is null when
     * the message had none that could be read.
     *
     * @throws StoreException when the store cannot be written
     */
    public synchronized void skipped(String eventId, String why) {
        if (closed) {
            return;
        }
        try {
            writer.skipped(eventId != null && eventId.length() > Event.MAX_ID_LENGTH ? null : eventId, why);
        } catch (SQLException x) {
            throw new StoreException("Cannot record a skipped event in " + store.dir() + ": " + x.getMessage(), x);
        }
    }

    /** True when an event with this id has been processed (answered from the store). */
    public synchronized boolean alreadyProcessed(String eventId) {
        try {
            boolean found = writer.processed(eventId);
            connection.commit();
            return found;
        } catch (SQLException x) {
            throw new StoreException("Cannot read the processed events of " + store.dir() + ": " + x.getMessage(), x);
        }
    }

    /** The highest sequence number processed (the feed's resume point), or -1 when none. */
    public synchronized long lastProcessedSeq() {
        return lastSeq;
    }

    /** The configuration in force. */
    public AlertConfig config() {
        return config;
    }

    /** This run's per-stage latencies. */
    public synchronized StageLatencies latencies() {
        return latencies;
    }

    /** Sizes of the engine's window state (to check that it stays bounded). */
    public record StateSize(
            int incidents,
            long corroborationEvents,
            int reportGroups,
            int tumblingWindows,
            int slidingPanes,
            int summaryHours,
            int riskCells,
            int openGeofenceAlerts,
            int openSpikeAlerts) {}

    /** The current sizes of the window state. */
    public synchronized StateSize stateSize() {
        return state.size();
    }

    // ---------------------------------------------------------------- what the windows hold, for tests in this package

    /** The rolling summary's totals at stream time (empty before the first event). */
    synchronized RollingSummary.Totals summary() {
        Instant now = state.watermark.now();
        return state.summary.totals(now == null ? Instant.EPOCH : now);
    }

    /** The tumbling-window count of the cell of {@code lat, lon} in the window holding {@code t}. */
    synchronized int tumblingCount(double lat, double lon, Instant t) {
        return state.tumbling.count(pipeline.cellOf(lat, lon), t);
    }

    /** The sliding-window totals of the cell of {@code lat, lon} in the latest window holding {@code t}. */
    synchronized SlidingCounts.Totals slidingTotals(double lat, double lon, Instant t) {
        return state.sliding.totals(pipeline.cellOf(lat, lon), state.sliding.windowEndFor(t));
    }

    /** The rolling summary's count for the cell of {@code lat, lon} in the hours starting in {@code [from, to)}. */
    synchronized int summaryCount(double lat, double lon, Instant from, Instant to) {
        return state.summary.cellCount(pipeline.cellOf(lat, lon), from, to);
    }

    /** The dynamic risk of the cell of {@code lat, lon} at {@code t}. */
    synchronized double riskAt(double lat, double lon, Instant t) {
        return state.risk.riskAt(lat, lon, t);
    }

    // ---------------------------------------------------------------- open, rebuild, close

    /**
     * Runs one made-up event through the pipeline on a state of its own, storing nothing: the first
     * real event then does not pay for class loading, which would put it over its stage budgets.
     */
    private void warmUp() {
        Instant t = Instant.parse("2000-01-01T00:00:00Z");
        Event e = new Event("warm-up", 0, EventSource.CAD, "assault", t, t, 0.001, 0.001, 0.5, null, Map.of());
        for (Draft d : pipeline.run(e, t, Boolean.FALSE, new EngineState(config, fences))
                .drafts()) {
            if (d.content != null) {
                AlertWriter.json(d.content.explanation().document());
            }
        }
        new AlertDecision(
                        DecisionKind.RAISED,
                        "warm-up",
                        1L,
                        AlertType.ANOMALY,
                        Priority.P3,
                        0.1,
                        null,
                        List.of(),
                        null,
                        AlertState.NEW,
                        false,
                        false,
                        null)
                .toJson();
    }

    /** Rebuilds the state from the store's processed events and takes their resume point. */
    private void restore() throws SQLException {
        long seq = replay.restore(state);
        if (seq >= 0) {
            lastSeq = seq;
        }
    }

    private void rebuildAfterFailure(Exception cause) {
        try {
            writer.rollback();
        } catch (SQLException x) {
            cause.addSuppressed(x);
        }
        // the in-memory windows took the event that was not stored: rebuild them from the store
        state = new EngineState(config, fences);
        try {
            restore();
        } catch (SQLException | RuntimeException x) {
            cause.addSuppressed(x);
        }
    }

    private static void closeQuietly(Connection c, DurableRelease release) {
        if (release != null) {
            release.close();
        }
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the open failed already; its exception is the one to report
            }
        }
    }

    /**
     * Hands over the decisions that wait for the disk (after a last sync), stores the latency
     * statistics not yet stored and closes the engine's connection.
     */
    @Override
    public void close() {
        // without the engine's lock: a listener may ask the engine something while it hears its decisions
        awaitDurable();
        try {
            closeEngine();
        } finally {
            release.close();
        }
    }

    private synchronized void closeEngine() {
        if (closed) {
            return;
        }
        closed = true;
        if (rowFlusher != null) {
            rowFlusher.shutdownNow();
        }
        try {
            writer.flushWaiting(true);
            latencies.flush(connection);
            connection.commit();
            writer.close();
            connection.close();
        } catch (SQLException x) {
            throw new StoreException("Cannot close the alert engine on " + store.dir() + ": " + x.getMessage(), x);
        }
    }
}
