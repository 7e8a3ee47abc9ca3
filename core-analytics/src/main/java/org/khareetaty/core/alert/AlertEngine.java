package org.khareetaty.core.alert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.corroboration.NearbyEvents;
import org.khareetaty.core.alert.enrich.Enricher;
import org.khareetaty.core.alert.enrich.Enrichment;
import org.khareetaty.core.alert.enrich.SensitiveSites;
import org.khareetaty.core.alert.explain.ExplanationDocument;
import org.khareetaty.core.alert.gate.Assessment;
import org.khareetaty.core.alert.gate.IncidentAssessor;
import org.khareetaty.core.alert.geofence.GeofenceMonitor;
import org.khareetaty.core.alert.geofence.Geofences;
import org.khareetaty.core.alert.incident.CitizenFusion;
import org.khareetaty.core.alert.incident.Incident;
import org.khareetaty.core.alert.incident.ReportGroup;
import org.khareetaty.core.alert.incident.SessionWindows;
import org.khareetaty.core.alert.risk.RiskMap;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.alert.score.SpikePrediction;
import org.khareetaty.core.alert.score.ThreatSeverity;
import org.khareetaty.core.alert.stats.Stage;
import org.khareetaty.core.alert.stats.StageLatencies;
import org.khareetaty.core.alert.window.RollingSummary;
import org.khareetaty.core.alert.window.SlidingCounts;
import org.khareetaty.core.alert.window.TumblingCounts;
import org.khareetaty.core.alert.window.Watermark;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.khareetaty.core.stream.BatchEventHandler;
import org.khareetaty.core.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert engine: turns each accepted live event into stored alert decisions (docs/alerts.md).
 *
 * <p>Per event: enrich (zones, H3 cell, nearest sensitive site, cell risk), place in the windows
 * (tumbling, sliding, rolling summary; events later than the allowed lateness are logged and kept
 * out), assign to an incident (session window) and fuse citizen reports, find corroborating sources,
 * raise the dynamic risk around new incidents, assess the incident against the confidence gates and
 * score it, check geofences and the cell's spike prediction, deduplicate against open alerts, and
 * store the event and every decision with its audit entry in one transaction.
 *
 * <p>{@link #process} is to be called from one thread (it is synchronized, so concurrent calls are
 * safe but serialised). Processing is idempotent by event id: an event already stored is ignored,
 * and {@link #lastProcessedSeq()} is the resume point a restarted client asks the feed for. Opening
 * an engine on a store that already holds processed events rebuilds the windows from the most recent
 * of them (see {@link #open}). Analyst actions on alerts (acknowledge, dispatch, close) go through
 * {@link Alerts} on their own connections; the engine sees a closed alert as no longer open.
 */
public final class AlertEngine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertEngine.class);
    private static final int SWEEP_EVERY_EVENTS = 4096;
    private static final long FLUSH_EVERY_NANOS = 10_000_000_000L;
    private static final int RESTORE_MAX_ROWS = 1_000_000;
    private static final int ID_MAX_LENGTH = 1000;
    private static final int H2_DUPLICATE_KEY = 23505;

    private final Store store;
    private final AlertConfig config;
    private final Connection connection;
    private final AlertWriter writer;
    private final ThreatSeverity severity;
    private final IncidentAssessor assessor;
    private final BoundaryIndex boundaries;
    private final org.khareetaty.core.alert.enrich.SiteIndex sites;
    private final List<org.khareetaty.core.alert.geofence.Geofence> fences;
    // window state: rebuilt from the store after a failed write (newState)
    private RiskMap risk;
    private Enricher enricher;
    private Watermark watermark;
    private TumblingCounts tumbling;
    private SlidingCounts sliding;
    private RollingSummary summary;
    private SessionWindows sessions;
    private CitizenFusion fusion;
    private NearbyEvents nearby;
    private GeofenceMonitor geofences;
    private Map<String, OpenAlert> geofenceAlerts;
    private Map<Long, OpenAlert> spikeAlerts;
    private AlertContents contents;
    private final StageLatencies latencies = new StageLatencies();
    private final Map<Long, AlertState> states;
    private long lastSeq = -1;
    private long processedSinceSweep;
    private long lastFlush = System.nanoTime();
    private ScheduledExecutorService rowFlusher;
    private boolean closed;

    private AlertEngine(Store store, AlertConfig config, Connection c, Taxonomy taxonomy) throws SQLException {
        this.store = store;
        this.config = config;
        this.connection = c;
        this.states = AlertStates.of(store.dir());
        this.boundaries = BoundaryIndex.load(c);
        this.sites = SensitiveSites.index(c);
        this.fences = Geofences.list(c);
        this.severity = new ThreatSeverity(config.types(), taxonomy);
        this.assessor = new IncidentAssessor(config);
        newState();
        c.commit();
        this.writer = new AlertWriter(c, config.alertRowEvery());
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
        Objects.requireNonNull(config, "config");
        Path tax = store.dir().resolve("taxonomy.csv");
        Taxonomy taxonomy = Files.isRegularFile(tax) ? Taxonomy.read(tax) : Taxonomy.builtIn();
        Connection c = null;
        try {
            c = store.connect();
            c.setAutoCommit(false);
            AlertEngine engine = new AlertEngine(store, config, c, taxonomy);
            engine.warmUp();
            engine.restore();
            engine.startRowFlusher();
            return engine;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException("Cannot open the alert engine on the store at " + store.dir() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Opens an engine with the store's configuration ({@code alerts.toml} there, else the defaults). */
    public static AlertEngine open(Store store) {
        return open(store, AlertConfig.forStore(store.dir()));
    }

    /**
     * Processes one event received at {@code receivedAt} and returns the decisions it stored (none
     * when the event was processed before). Every decision is stored with its audit entry, together
     * with the event, in one transaction.
     *
     * @throws IllegalArgumentException when the event id is longer than 1,000 characters
     * @throws StoreException when the store cannot be written; nothing of the event is stored, and
     *         the engine rebuilds its windows from the store so that a retry processes it afresh (the
     *         same holds for any other exception out of the pipeline)
     */
    public synchronized List<AlertDecision> process(Event e, Instant receivedAt) {
        return processAll(List.of(new BatchEventHandler.Received(e, receivedAt))).get(0);
    }

    /**
     * Processes several events in arrival order, as {@link #process} does each, and stores them all
     * in one transaction (group commit: a feed's backlog is cleared with one commit, and an alert
     * that several of them update is rewritten once). Returns each event's decisions, in order.
     * All or none: on any failure nothing of the batch is stored, the windows are rebuilt from the
     * store, and the exception is thrown; a caller then processes the events one at a time.
     *
     * @throws IllegalArgumentException when an event id is longer than 1,000 characters (nothing is processed)
     * @throws StoreException when the store cannot be written
     */
    public synchronized List<List<AlertDecision>> processAll(List<BatchEventHandler.Received> events) {
        if (closed) {
            throw new IllegalStateException("the alert engine is closed");
        }
        for (BatchEventHandler.Received r : events) {
            if (r.event().id().length() > ID_MAX_LENGTH) {
                throw new IllegalArgumentException("event id of " + r.event().id().length() + " characters is longer than "
                        + ID_MAX_LENGTH);
            }
        }
        int n = events.size();
        List<List<AlertDecision>> out = new ArrayList<>(n);
        Run[] runs = new Run[n];
        long[] starts = new long[n];
        long storeNanos = 0;
        long seq = lastSeq;
        Event current = null;
        try {
            for (int i = 0; i < n; i++) {
                current = events.get(i).event();
                starts[i] = System.nanoTime();
                // a feed numbers its events in increasing order, so an event beyond the last one processed is new; one at
                // or before it (a replay after a reconnect) is looked up. Should a new number still carry a known id, the
                // store's unique index refuses it below.
                if (current.seq() <= seq && writer.processed(current.id())) {
                    out.add(List.of());
                    continue;
                }
                Run run = pipeline(current, events.get(i).receivedAt(), null);
                long storeStart = System.nanoTime();
                out.add(writer.stage(run.row, run.drafts));
                storeNanos += System.nanoTime() - storeStart;
                runs[i] = run;
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
                return List.of(List.of());
            }
            if (x instanceof RuntimeException r) {
                throw r;
            }
            String what = current != null ? "event " + current.id() : n == 1 ? "event " + events.get(0).event().id()
                    : n + " events (" + events.get(0).event().id() + " .. " + events.get(n - 1).event().id() + ")";
            throw new StoreException("Cannot store " + what + " in " + store.dir() + ": " + x.getMessage(), x);
        }
        lastSeq = seq;
        long end = System.nanoTime();
        Instant now = Instant.now();
        for (int i = 0; i < n; i++) {
            if (runs[i] != null) {
                record(runs[i], storeNanos, end - starts[i], Duration.between(events.get(i).receivedAt(), now).toNanos());
            }
        }
        return out;
    }

    private void record(Run run, long storeNanos, long processNanos, long receivedToDecidedNanos) {
        latencies.record(Stage.ENRICH, run.t[1] - run.t[0]);
        latencies.record(Stage.WINDOWS, run.t[2] - run.t[1]);
        latencies.record(Stage.CORRELATE, run.t[3] - run.t[2]);
        latencies.record(Stage.SCORE, run.t[4] - run.t[3]);
        latencies.record(Stage.STORE, storeNanos);
        latencies.record(Stage.PROCESS, processNanos);
        latencies.record(Stage.RECEIVED_TO_DECIDED, Math.max(0, receivedToDecidedNanos));
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

    /** Stream time: the latest occurrence time processed, or null. */
    public synchronized Instant streamTime() {
        return watermark.now();
    }

    /** Sizes of the engine's window state (to check that it stays bounded). */
    public record StateSize(int incidents, long corroborationEvents, int reportGroups, int tumblingWindows, int slidingPanes,
            int summaryHours, int riskCells, int openGeofenceAlerts, int openSpikeAlerts) {
    }

    /** The current sizes of the window state. */
    public synchronized StateSize stateSize() {
        return new StateSize(sessions.size(), nearby.size(), fusion.size(), tumbling.windows(), sliding.panes(), summary.buckets(),
                risk.size(), geofenceAlerts.size(), spikeAlerts.size());
    }

    /** The rolling summary's totals at stream time (empty before the first event). */
    public synchronized RollingSummary.Totals summary() {
        Instant now = watermark.now();
        return summary.totals(now == null ? Instant.EPOCH : now);
    }

    /** The tumbling-window count of the cell of {@code lat, lon} in the window holding {@code t}. */
    public synchronized int tumblingCount(double lat, double lon, Instant t) {
        return tumbling.count(enricher.cellOf(lat, lon), t);
    }

    /** The sliding-window totals of the cell of {@code lat, lon} in the latest window holding {@code t}. */
    public synchronized SlidingCounts.Totals slidingTotals(double lat, double lon, Instant t) {
        return sliding.totals(enricher.cellOf(lat, lon), sliding.windowEndFor(t));
    }

    /** The rolling summary's count for the cell of {@code lat, lon} in the hours starting in {@code [from, to)}. */
    public synchronized int summaryCount(double lat, double lon, Instant from, Instant to) {
        return summary.cellCount(enricher.cellOf(lat, lon), from, to);
    }

    /** The dynamic risk of the cell of {@code lat, lon} at {@code t}. */
    public synchronized double riskAt(double lat, double lon, Instant t) {
        return risk.riskAt(lat, lon, t);
    }

    // ---------------------------------------------------------------- the pipeline

    /** One event's way through the pipeline: its stored row, its drafts, and stage times. */
    private static final class Run {
        AlertWriter.EventRow row;
        Assessment assessment;
        List<ObservedEvent> newCorroborating = List.of();
        boolean fused;
        boolean started;
        Map<String, String> zones = Map.of();
        final List<Draft> drafts = new ArrayList<>();
        final long[] t = new long[5];
    }

    /**
     * Runs the pipeline for {@code e}; {@code replayUnscored} is null for a live event, else the
     * unscored flag stored with a replayed event (replays neither time stages nor store anything).
     */
    private Run pipeline(Event e, Instant receivedAt, Boolean replayUnscored) {
        boolean replay = replayUnscored != null;
        Run run = new Run();
        run.t[0] = System.nanoTime();
        Instant before = watermark.now();
        Instant streamNow = before == null || e.occurredAt().isAfter(before) ? e.occurredAt() : before;
        String degraded = null;
        Enrichment en;
        try {
            en = enricher.enrich(e, streamNow);
        } catch (RuntimeException x) {
            en = Enrichment.failed(enricher.cellOf(e.lat(), e.lon()));
            degraded = "enrichment failed: " + x;
        }
        run.t[1] = System.nanoTime();
        long enrichNanos = run.t[1] - run.t[0];
        if (degraded == null && !replay && enrichNanos > config.budget().enrichment().toNanos()) {
            degraded = String.format(Locale.ROOT, "enrichment took %.2f ms, over its budget of %.2f ms", enrichNanos / 1e6,
                    config.budget().enrichment().toNanos() / 1e6);
        }
        if (replay && replayUnscored && degraded == null) {
            degraded = "unscored when first processed";
        }
        run.zones = en.zones();
        AlertConfig.TypeClass cls = severity.classify(e.type());
        // the windows keep the event for up to hours: without its attributes, which no decision reads
        Event kept = e.withoutAttributes();
        ObservedEvent oe = new ObservedEvent(kept, en.cell(), e.type().strip().toLowerCase(Locale.ROOT), cls.category(),
                cls.severity(), en.complete() ? en.spatial() : 0, en.zone());
        Duration lateness = watermark.lateness(e.occurredAt());
        boolean late = lateness.compareTo(config.windows().allowedLateness()) > 0;
        if (late) {
            run.drafts.add(new Draft(DecisionKind.LATE, oe, null, false, null, String.format(Locale.ROOT,
                    "occurred %s before stream time (allowed lateness %s): not placed in windows, assessed alone",
                    human(lateness), human(config.windows().allowedLateness())), List.of(oe.id())));
        } else {
            watermark.advance(e.occurredAt());
            tumbling.add(oe.cell(), oe.at());
            sliding.add(oe.cell(), oe.at(), oe.severity(), e.source().ordinal());
            summary.add(oe.cell(), oe.at(), e.source(), oe.category());
        }
        run.t[2] = System.nanoTime();

        Incident incident;
        ReportGroup fusedInto = null;
        if (late) {
            incident = Incident.standalone(oe, en.zones());
        } else {
            boolean citizen = e.source() == EventSource.CITIZEN_REPORT;
            fusedInto = citizen ? fusion.find(oe) : null;
            incident = fusedInto != null ? fusedInto.incident() : sessions.find(oe);
            if (incident != null && en.complete()) {
                // the incident's own risk is no reason to raise its priority: members see the risk before it began
                oe = new ObservedEvent(kept, oe.cell(), oe.type(), oe.category(), oe.severity(),
                        Math.max(en.siteTerm(), incident.riskTerm()), oe.zone());
            }
            if (incident == null) {
                incident = sessions.start(oe, en.zones(), en.riskTerm());
                risk.raise(e.lat(), e.lon(), oe.category(), oe.at());
                sliding.addIncident(oe.cell(), oe.at());
                run.started = true;
                summary.addIncident(oe.cell(), oe.at());
            } else {
                sessions.join(incident, oe);
            }
            if (fusedInto != null) {
                run.fused = true;
                fusion.fuse(fusedInto, oe);
            } else if (citizen) {
                fusion.start(oe, incident);
            }
            run.newCorroborating = incident.addCorroborating(nearby.bestOfOtherSources(oe).values());
            nearby.add(oe);
        }
        run.t[3] = System.nanoTime();

        Instant now = watermark.now() == null ? e.occurredAt() : watermark.now();
        try {
            decideIncident(run, oe, incident, now, late, degraded, replay);
            if (fusedInto != null) {
                ReportGroup.Verdict v = fusedInto.verdict();
                Draft fused = new Draft(DecisionKind.FUSED, oe, incident.alert(), false, null, String.format(Locale.ROOT,
                        "fused into citizen-report group %s: %d reports from %d reporters, classified %s (votes %s, confidence %.2f)",
                        fusedInto.id(), fusedInto.size(), v.reporters(), v.type(), v.votes(), v.confidence()), fusedInto.reportIds());
                if (incident.alert() != null) {
                    fused.state = incident.alert().state;
                }
                run.drafts.add(fused);
            }
            decideGeofences(run, oe, incident, now, late, degraded, replay);
            if (run.started) {
                decideSpike(run, oe, now, degraded, replay);
            }
        } catch (RuntimeException x) {
            // a model step failed: the event still reaches the analyst, unscored, instead of being dropped
            degraded = "scoring failed: " + x;
            run.drafts.removeIf(d -> d.kind != DecisionKind.LATE);
            OpenAlert created = new OpenAlert(replay ? OpenAlert.PENDING : 0, (late ? "event:" : "failed:") + oe.id(),
                    e.source().hardware() ? AlertType.SENSOR : AlertType.ANOMALY, oe.at());
            Draft d = new Draft(DecisionKind.RAISED, oe, created, true, contents.bare(oe, run.zones, created.type)
                    .unscored(config.degradedPriority(), degraded), "unscored: " + degraded, List.of());
            d.link(oe.id(), "trigger", linkCap());
            run.drafts.add(d);
        }
        run.t[4] = System.nanoTime();
        long scoreNanos = run.t[4] - run.t[3];
        if (degraded == null && !replay && scoreNanos > config.budget().scoring().toNanos()) {
            degraded = String.format(Locale.ROOT, "scoring took %.2f ms, over its budget of %.2f ms", scoreNanos / 1e6,
                    config.budget().scoring().toNanos() / 1e6);
            passThrough(run, incident, degraded, late);
        }
        ObservedEvent trigger = oe;
        Enrichment found = en;
        String why = degraded;
        Supplier<ExplanationDocument.Trigger> place = () -> AlertContents.trigger(trigger, found, why);
        for (Draft d : run.drafts) {
            if (d.content != null) {
                d.content = d.content.explaining(place);
            }
        }
        run.row = new AlertWriter.EventRow(e, receivedAt, en.zone(), en.cell(), late ? null : incident.id(), late, degraded != null);
        if (!replay) {
            sweepIfDue();
        }
        return run;
    }

    private void decideIncident(Run run, ObservedEvent oe, Incident incident, Instant now, boolean late, String degraded,
            boolean replay) {
        Assessment a = assessor.assess(incident, now);
        run.assessment = a;
        OpenAlert open = stillOpen(incident.alert(), replay);
        if (open == null) {
            incident.alert(null);
        }
        AlertContent content = contents.forIncident(incident, a, now);
        int cap = linkCap();
        Draft d;
        if (open != null) {
            if (!a.passes()) {
                content = contents.withType(content, open.type);
            }
            if (degraded != null) {
                content = content.unscored(config.degradedPriority(), degraded);
            }
            d = new Draft(DecisionKind.DEDUPLICATED, oe, open, false, content, "updates open alert " + open.dedupKey + " ("
                    + (degraded != null ? "unscored: " + degraded : a.gate()) + ")", List.of());
            d.state = open.state;
            open.type = content.type();
            open.lastEventAt = max(open.lastEventAt, oe.at());
        } else if (degraded != null || a.passes()) {
            if (degraded != null) {
                content = content.unscored(config.degradedPriority(), degraded);
            }
            OpenAlert created = new OpenAlert(replay ? OpenAlert.PENDING : 0, (late ? "event:" : "incident:") + incident.id(),
                    content.type(), oe.at());
            incident.alert(created);
            d = new Draft(DecisionKind.RAISED, oe, created, true, content, degraded != null ? "unscored: " + degraded : a.gate(), List.of());
            d.link(oe.id(), "trigger", cap);
        } else {
            d = new Draft(DecisionKind.SUPPRESSED, oe, null, false, content, a.gate(), assessedIds(incident));
        }
        if (d.kind == DecisionKind.RAISED) {
            // a new alert: every event of the incident so far stands behind it
            for (ReportGroup g : incident.groups()) {
                for (String r : g.reportIds()) {
                    d.link(r, r.equals(g.id()) ? "member" : "fused", cap);
                }
            }
            linkEvidence(d, incident, cap);
            incident.releaseEvidence();
        } else if (d.kind == DecisionKind.DEDUPLICATED) {
            d.link(oe.id(), run.fused ? "fused" : "member", cap);
            for (ObservedEvent c : run.newCorroborating) {
                d.link(c.id(), "corroborating", cap);
            }
        }
        run.drafts.add(d);
    }

    private int linkCap() {
        return config.windows().sessionMaxEvents() * 2;
    }

    private void decideGeofences(Run run, ObservedEvent oe, Incident incident, Instant now, boolean late, String degraded, boolean replay) {
        for (GeofenceMonitor.Firing f : geofences.check(oe, !late)) {
            String name = f.geofence().name();
            OpenAlert open = stillOpen(geofenceAlerts.get(name), replay);
            if (open != null && Duration.between(open.lastEventAt, oe.at()).compareTo(config.geofenceDedupGap()) > 0) {
                open = null;
            }
            AlertContent content = contents.forGeofence(f, oe, run.zones, run.assessment, now);
            if (degraded != null) {
                content = content.unscored(config.degradedPriority(), degraded);
            }
            String why = "geofence " + name + " (" + f.geofence().rule() + "): " + f.count() + " event" + (f.count() == 1 ? "" : "s")
                    + " inside, always alerts";
            Draft d;
            if (open != null) {
                d = new Draft(DecisionKind.DEDUPLICATED, oe, open, false, content, "updates open alert " + open.dedupKey + " (" + why + ")",
                        List.of());
                d.state = open.state;
                open.lastEventAt = max(open.lastEventAt, oe.at());
            } else {
                open = new OpenAlert(replay ? OpenAlert.PENDING : 0, "geofence:" + name + ":" + oe.id(), AlertType.GEOFENCE, oe.at());
                geofenceAlerts.put(name, open);
                d = new Draft(DecisionKind.RAISED, oe, open, true, content, why, List.of());
            }
            d.link(oe.id(), "trigger", linkCap());
            run.drafts.add(d);
        }
    }

    private void decideSpike(Run run, ObservedEvent oe, Instant now, String degraded, boolean replay) {
        AlertConfig.Spike s = config.spike();
        Instant first = watermark.firstSeen();
        long historyMs = now.toEpochMilli() - first.toEpochMilli();
        if (historyMs < s.minHistory().toMillis() || historyMs <= sliding.length().toMillis()) {
            return;
        }
        Instant end = sliding.windowEndFor(oe.at());
        SlidingCounts.Totals w = sliding.totals(oe.cell(), end);
        if (w.incidents() < s.minIncidents()) {
            return;
        }
        double slidingHours = sliding.length().toMillis() / 3_600_000.0;
        double summaryHours = Math.min(config.windows().summary().toMillis(), historyMs) / 3_600_000.0;
        double baseHours = summaryHours - slidingHours;
        Instant windowStart = end.minus(sliding.length());
        Instant summaryStart = RollingSummary.hourOf(now).plusSeconds(3600).minus(config.windows().summary());
        int before = summary.cellIncidents(oe.cell(), summaryStart, RollingSummary.hourOf(windowStart));
        double rate = Math.max(s.baselineFloorPerHour(), before / Math.max(baseHours, 1e-9));
        double expected = rate * slidingHours;
        if (w.incidents() < s.minRatio() * expected) {
            return;
        }
        SpikePrediction p = SpikePrediction.of(w.incidents(), expected);
        boolean spike = p.confidence() >= config.gates().spikeMinConfidence();
        OpenAlert open = stillOpen(spikeAlerts.get(oe.cell()), replay);
        if (open != null && Duration.between(open.lastEventAt, oe.at()).compareTo(s.dedupGap()) > 0) {
            open = null;
        }
        AlertContent content = contents.forSpike(oe, w, p, rate, spike, end, now);
        if (degraded != null) {
            content = content.unscored(config.degradedPriority(), degraded);
        }
        String why = String.format(Locale.ROOT, "%s: %d incidents in the %s to %s window of cell %x against %.2f expected "
                + "(%.2f per hour over %.1f h), confidence %.2f %s %.2f", spike ? "spike" : "trend watch", w.incidents(), windowStart, end,
                oe.cell(), expected, rate, baseHours, p.confidence(), spike ? ">=" : "below", config.gates().spikeMinConfidence());
        Draft d;
        if (open != null) {
            d = new Draft(DecisionKind.DEDUPLICATED, oe, open, false, content, "updates open alert " + open.dedupKey + " (" + why + ")",
                    List.of());
            d.state = open.state;
            open.type = content.type();
            open.lastEventAt = max(open.lastEventAt, oe.at());
        } else {
            open = new OpenAlert(replay ? OpenAlert.PENDING : 0, "spike:" + Long.toHexString(oe.cell()) + ":" + oe.id(),
                    content.type(), oe.at());
            spikeAlerts.put(oe.cell(), open);
            d = new Draft(spike ? DecisionKind.RAISED : DecisionKind.TREND_WATCH, oe, open, true, content, why, List.of());
        }
        d.link(oe.id(), "trigger", linkCap());
        run.drafts.add(d);
    }

    /** A scoring overrun: suppressions pass through as unscored alerts, the other alerts lose their score. */
    private void passThrough(Run run, Incident incident, String why, boolean late) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : run.drafts) {
            if (d.kind == DecisionKind.SUPPRESSED) {
                OpenAlert created = new OpenAlert(0, (late ? "event:" : "incident:") + incident.id(), d.content.type(), d.event.at());
                incident.alert(created);
                Draft r = new Draft(DecisionKind.RAISED, d.event, created, true,
                        d.content.unscored(config.degradedPriority(), why), "unscored: " + why, List.of());
                r.link(d.event.id(), "trigger", linkCap());
                linkEvidence(r, incident, linkCap());
                if (!late) {
                    incident.releaseEvidence();
                }
                out.add(r);
            } else {
                if (d.content != null && d.alert != null) {
                    d.content = d.content.unscored(config.degradedPriority(), why);
                }
                out.add(d);
            }
        }
        run.drafts.clear();
        run.drafts.addAll(out);
    }

    /** {@code a} if it is still open (the analyst has not closed it), with its current state; else null. */
    private OpenAlert stillOpen(OpenAlert a, boolean replay) {
        if (a == null) {
            return null;
        }
        if (replay) {
            return a;
        }
        if (a.id <= 0) {
            return null;
        }
        AlertState s = states.get(a.id);
        if (s != null) {
            a.state = s;
        }
        return a.state.open() ? a : null;
    }

    /** Links the incident's kept members and corroborators to the alert {@code d} raises. */
    private static void linkEvidence(Draft d, Incident incident, int cap) {
        for (String m : incident.memberIds()) {
            d.link(m, "member", cap);
        }
        for (String c : incident.corroboratingIds()) {
            d.link(c, "corroborating", cap);
        }
    }

    private static List<String> assessedIds(Incident incident) {
        List<String> members = incident.memberIds();
        List<String> ids = new ArrayList<>(members.subList(Math.max(0, members.size() - 40), members.size()));
        for (String c : incident.corroboratingIds()) {
            if (ids.size() >= 50) {
                break;
            }
            ids.add(c);
        }
        return ids;
    }

    /** Fresh, empty window state. */
    private void newState() {
        AlertConfig.Windows w = config.windows();
        risk = new RiskMap(config.risk(), w.cellResolution());
        enricher = new Enricher(boundaries, sites, risk, config);
        watermark = new Watermark();
        tumbling = new TumblingCounts(w.tumbling(), w.allowedLateness());
        sliding = new SlidingCounts(w.sliding(), w.slide(), w.allowedLateness());
        summary = new RollingSummary(w.summary(), w.allowedLateness());
        sessions = new SessionWindows(w);
        fusion = new CitizenFusion(config.fusion(), w.allowedLateness());
        nearby = new NearbyEvents(config.corroboration(), w.allowedLateness());
        geofences = new GeofenceMonitor(fences);
        geofenceAlerts = new HashMap<>();
        spikeAlerts = new HashMap<>();
        contents = new AlertContents(config, sliding, tumbling);
        processedSinceSweep = 0;
    }

    // ---------------------------------------------------------------- expiry

    private void sweepIfDue() {
        if (++processedSinceSweep >= SWEEP_EVERY_EVENTS) {
            sweep();
        }
    }

    private void sweep() {
        processedSinceSweep = 0;
        Instant w = watermark.now();
        if (w == null) {
            return;
        }
        tumbling.expire(w);
        sliding.expire(w);
        summary.expire(w);
        sessions.expire(w, i -> {
        });
        fusion.expire(w);
        nearby.expire(w);
        risk.prune(w);
        Duration lateness = config.windows().allowedLateness();
        geofences.expire(w, lateness);
        expireOpen(geofenceAlerts.values().iterator(), w, config.geofenceDedupGap().plus(lateness));
        expireOpen(spikeAlerts.values().iterator(), w, config.spike().dedupGap().plus(lateness));
    }

    private static void expireOpen(Iterator<OpenAlert> it, Instant w, Duration keep) {
        while (it.hasNext()) {
            if (it.next().lastEventAt.plus(keep).isBefore(w)) {
                it.remove();
            }
        }
    }

    // ---------------------------------------------------------------- restore

    /**
     * Runs one made-up event through the pipeline without storing it, then starts from empty
     * windows: the first real event then does not pay for class loading, which would put it over
     * its stage budgets.
     */
    private void warmUp() {
        Instant t = Instant.parse("2000-01-01T00:00:00Z");
        Event e = new Event("warm-up", 0, EventSource.CAD, "assault", t, t, 0.001, 0.001, 0.5, null, Map.of());
        Run run = pipeline(e, t, Boolean.FALSE);
        for (Draft d : run.drafts) {
            if (d.content != null) {
                AlertWriter.json(d.content.explanation().document());
            }
        }
        new AlertDecision(DecisionKind.RAISED, "warm-up", 1L, AlertType.ANOMALY, Priority.P3, 0.1, null, List.of(), null,
                AlertState.NEW, false, false, null).toJson();
        newState();
    }

    private Duration horizon() {
        AlertConfig.Windows w = config.windows();
        Duration h = w.sessionGap();
        for (Duration d : List.of(config.corroboration().window(), config.fusion().window(), w.sliding().plus(w.slide()),
                config.geofenceDedupGap(), config.spike().dedupGap())) {
            if (d.compareTo(h) > 0) {
                h = d;
            }
        }
        return h.plus(w.allowedLateness());
    }

    private void restore() throws SQLException {
        long maxRow;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT row_id, seq FROM alert_stream_events ORDER BY row_id DESC LIMIT 1")) {
            if (!rs.next()) {
                connection.commit();
                return;
            }
            maxRow = rs.getLong(1);
            lastSeq = rs.getLong(2);
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(seq) FROM alert_stream_events "
                + "WHERE row_id > " + Math.max(0, maxRow - 100_000))) {
            if (rs.next()) {
                lastSeq = Math.max(lastSeq, rs.getLong(1));
            }
        }
        long fromRow = restoreStart(maxRow);
        // each alert's content after the last replayed event touching it: a row that waited to be rewritten when the
        // process died is behind it
        Map<OpenAlert, AlertContent> replayed = new IdentityHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT event_id, seq, source, event_type, occurred_at, sent_at, "
                + "received_at, lat, lon, confidence, reporter, unscored FROM alert_stream_events WHERE row_id >= ? "
                + "ORDER BY row_id")) {
            ps.setLong(1, fromRow);
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Event e = new Event(rs.getString(1), rs.getLong(2), EventSource.fromWire(rs.getString(3)).orElseThrow(),
                            rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(),
                            rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getDouble(8), rs.getDouble(9), rs.getFloat(10),
                            rs.getString(11), Map.of());
                    // without the attributes: the windows do not keep them
                    for (Draft d : pipeline(e, rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getBoolean(12)).drafts) {
                        if (d.alert != null && d.content != null) {
                            replayed.put(d.alert, d.content);
                        }
                    }
                    if (++processedSinceSweep >= SWEEP_EVERY_EVENTS) {
                        sweep();
                    }
                }
            }
        }
        sweep();
        resolvePending();
        int healed = 0;
        for (var r : replayed.entrySet()) {
            if (r.getKey().id > 0 && writer.heal(r.getKey().id, r.getValue())) {
                healed++;
            }
        }
        if (healed > 0) {
            LOG.info("{} open alert(s) in {} brought up to their last stored events", healed, store.dir());
        }
        connection.commit();
    }

    /** The first row to replay: back from the last row until events are older than the horizon. */
    private long restoreStart(long maxRow) throws SQLException {
        final int chunk = 20_000;
        long w = Long.MIN_VALUE;
        long start = maxRow;
        long horizon = horizon().toMillis();
        try (PreparedStatement ps = connection.prepareStatement("SELECT MAX(occurred_at) FROM alert_stream_events "
                + "WHERE row_id > ? AND row_id <= ? AND NOT late")) {
            for (long hi = maxRow; hi > 0 && maxRow - hi < RESTORE_MAX_ROWS; hi -= chunk) {
                ps.setLong(1, hi - chunk);
                ps.setLong(2, hi);
                try (ResultSet rs = ps.executeQuery()) {
                    OffsetDateTime t = rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
                    start = Math.max(1, hi - chunk + 1);
                    if (t == null) {
                        continue;
                    }
                    long ms = t.toInstant().toEpochMilli();
                    w = Math.max(w, ms);
                    if (ms < w - horizon) {
                        break;
                    }
                }
            }
        }
        return start;
    }

    private void resolvePending() throws SQLException {
        List<OpenAlert> pending = new ArrayList<>();
        for (Incident i : sessions.all()) {
            if (i.alert() != null) {
                pending.add(i.alert());
            }
        }
        pending.addAll(geofenceAlerts.values());
        pending.addAll(spikeAlerts.values());
        try (PreparedStatement find = connection.prepareStatement("SELECT id, state FROM alerts WHERE dedup_key = ? ORDER BY id DESC LIMIT 1");
                PreparedStatement links = connection.prepareStatement("SELECT event_id FROM alert_events WHERE alert_id = ?")) {
            for (OpenAlert a : pending) {
                find.setString(1, a.dedupKey);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next() && AlertState.fromWire(rs.getString(2)).open()) {
                        a.id = rs.getLong(1);
                        a.state = AlertState.fromWire(rs.getString(2));
                    } else {
                        a.id = OpenAlert.PENDING;
                    }
                }
                if (a.id > 0) {
                    links.setLong(1, a.id);
                    a.linked.clear();
                    try (ResultSet rs = links.executeQuery()) {
                        while (rs.next()) {
                            a.linked.add(rs.getString(1));
                        }
                    }
                }
            }
        }
        for (Incident i : sessions.all()) {
            if (i.alert() != null && i.alert().id <= 0) {
                i.alert(null);
            }
        }
        geofenceAlerts.values().removeIf(a -> a.id <= 0);
        spikeAlerts.values().removeIf(a -> a.id <= 0);
    }

    private void rebuildAfterFailure(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException x) {
            cause.addSuppressed(x);
        }
        // the in-memory windows took the event that was not stored: rebuild them from the store
        newState();
        try {
            restore();
        } catch (SQLException | RuntimeException x) {
            cause.addSuppressed(x);
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the open failed already; its exception is the one to report
            }
        }
    }

    /** Stores the latency statistics not yet stored and closes the engine's connection. */
    @Override
    public synchronized void close() {
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
