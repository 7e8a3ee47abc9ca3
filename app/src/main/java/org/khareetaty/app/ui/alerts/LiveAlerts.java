package org.khareetaty.app.ui.alerts;

import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.khareetaty.app.live.DemoFeed;
import org.khareetaty.app.live.EngineFeed;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.settings.DisplayLanguage;
import org.khareetaty.core.alert.Alert;
import org.khareetaty.core.alert.AlertDecision;
import org.khareetaty.core.alert.AlertEngine;
import org.khareetaty.core.alert.AlertEvent;
import org.khareetaty.core.alert.AlertNote;
import org.khareetaty.core.alert.AlertState;
import org.khareetaty.core.alert.Alerts;
import org.khareetaty.core.alert.audit.AuditEntry;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.geo.ZoneNames;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.khareetaty.core.stream.FeedHealth;
import org.khareetaty.core.stream.FeedHealthListener;
import org.khareetaty.core.stream.Rejection;
import org.khareetaty.core.stream.StreamClient;
import org.khareetaty.core.stream.StreamConfig;

/**
 * The live alerts of the workstation: the store's alert engine fed by a live feed (a configured one
 * or the demo feed), the queue of open alerts, the feed's health, and the analyst's actions.
 *
 * <p>Threads: the engine runs on the stream client's handler thread and hands its decisions over on
 * its durability thread once they are on disk; everything else that touches the store (opening the
 * engine, reading the queue, an alert's details, acknowledging) runs on one background thread of
 * this class. Decisions are never posted to the JavaFX thread one by one: the durability thread only
 * marks the queue changed, and a timer on the JavaFX thread reads the queue again at
 * most every {@value #PUMP_MS} ms, so a feed at 1,000 events a second costs the UI a few reads a second.
 */
public final class LiveAlerts implements AutoCloseable {
    /** Coalescing interval of the queue refresh. */
    static final int PUMP_MS = 400;
    /** Open alerts shown at most, highest priority then newest first. */
    static final int QUEUE_LIMIT = 500;

    /** One alert with what explains it. */
    public record Details(Alert alert, List<AlertEvent> events, List<AlertNote> notes, List<AuditEntry> history) {}

    private final Store store;
    private final Alerts alerts;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "live-alerts");
        t.setDaemon(true);
        return t;
    });
    private final ObservableList<Alert> queue = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FeedHealth> health = new ReadOnlyObjectWrapper<>(this, "health");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final AtomicBoolean changed = new AtomicBoolean(true);
    private final Queue<Long> newP0 = new ConcurrentLinkedQueue<>();
    private final Set<Long> notified = ConcurrentHashMap.newKeySet();
    private final Timeline pump;
    private final javafx.beans.property.ObjectProperty<QueueFilter> filter =
            new javafx.beans.property.SimpleObjectProperty<>(this, "filter", QueueFilter.OPEN);
    private Consumer<Alert> onP0 = a -> {};
    private Runnable onQueue = () -> {};
    private boolean refreshing;
    // worker thread only
    private AlertEngine engine;
    private StreamClient client;
    private DemoFeed demo;
    private volatile long events;
    private ZoneNames names = ZoneNames.NONE;

    /** Starts reading the store's open alerts (call on the JavaFX thread). */
    public LiveAlerts(Store store) {
        this.store = store;
        this.alerts = new Alerts(store);
        pump = new Timeline(new KeyFrame(Duration.millis(PUMP_MS), e -> pump()));
        pump.setCycleCount(Timeline.INDEFINITE);
        pump.play();
        filter.addListener((o, a, now) -> changed.set(true));
    }

    /** Which alerts {@link #queue()} lists: the open ones unless another state or the history is chosen. */
    public javafx.beans.property.ObjectProperty<QueueFilter> filter() {
        return filter;
    }

    /**
     * The alerts of the {@link #filter()} (open ones by default), by priority, then state (new before
     * acknowledged), then the latest update first (as {@code khareetaty alerts list --open}).
     */
    public ObservableList<Alert> queue() {
        return queue;
    }

    /** The feed's health, or null when no feed is connected. */
    public ReadOnlyObjectProperty<FeedHealth> health() {
        return health.getReadOnlyProperty();
    }

    /** What happened last (the feed connected, an action failed), in words. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** The feed subscribed to ("demo feed" or its URL), empty when none. */
    public ReadOnlyStringProperty source() {
        return source.getReadOnlyProperty();
    }

    /**
     * The name of the zone alert {@code a} is filed under (its primary layer's zone) in the display
     * language, "no zone" when it has none (JavaFX thread).
     */
    public String zoneName(Alert a) {
        return a.zone() == null
                ? org.khareetaty.app.ui.i18n.Messages.text("alerts.noZone")
                : names.primaryName(a.zone(), DisplayLanguage.current());
    }

    /** The zone names of the store's layers as last read with the queue (JavaFX thread). */
    public ZoneNames zoneNames() {
        return names;
    }

    /** Events processed since the window opened. */
    public long events() {
        return events;
    }

    /** Called on the JavaFX thread with each alert that reaches P0 (once per alert). */
    public void setOnP0(Consumer<Alert> r) {
        onP0 = r;
    }

    /** Called on the JavaFX thread after each refresh of the queue. */
    public void setOnQueue(Runnable r) {
        onQueue = r;
    }

    /** Subscribes to the feed of {@code settings} (after the store's resume point; new events only on a store that processed none). */
    public void connect(FeedSettings settings) {
        if (!settings.configured()) {
            message.set(Messages.text("feed.noUrl"));
            return;
        }
        run(
                Messages.text("feed.connecting", settings.url()),
                () -> {
                    stop();
                    subscribe(settings.url(), settings.token().isEmpty() ? null : settings.token(), StreamConfig.LIVE);
                    return Messages.text("feed.subscribed", settings.url());
                },
                settings.url(),
                m -> Messages.text("feed.connect.failed", settings.url(), m));
    }

    /** Starts the demo feed (the store's last week of incidents as a live stream, {@code speed} times real time) and subscribes to it. */
    public void startDemo(double speed) {
        run(
                Messages.text("feed.demo.starting"),
                () -> {
                    stop();
                    AlertEngine e = engine();
                    demo = DemoFeed.start(store, e, speed);
                    subscribe(demo.url().toString(), demo.token(), 0);
                    return Messages.text(
                            "feed.demo.running",
                            demo.url().toString(),
                            demo.incidents(),
                            Messages.ltr(demo.range().from()),
                            Messages.ltr(demo.range().to()),
                            speed == Math.rint(speed) ? Long.toString((long) speed) : Double.toString(speed));
                },
                "demo feed",
                m -> Messages.text("feed.demo.failed", m));
    }

    /** Stops the subscription (and the demo feed). */
    public void disconnect() {
        run(
                Messages.text("feed.disconnecting"),
                () -> {
                    stop();
                    return Messages.text("feed.disconnected");
                },
                "",
                m -> Messages.text("feed.disconnect.failed", m));
    }

    /** Reads an alert's events, notes and history; {@code done} gets them on the JavaFX thread. */
    public void details(long id, Consumer<Details> done) {
        submit(
                () -> new Details(
                        alerts.get(id)
                                .orElseThrow(() -> new IllegalArgumentException(Messages.text("alerts.gone", id))),
                        alerts.events(id),
                        alerts.notes(id),
                        alerts.history(id)),
                done,
                m -> Messages.text("alerts.read.failed", id, m));
    }

    /**
     * Moves an alert on (acknowledged, dispatched, closed) with the analyst's note, audited with the
     * login name as actor; {@code done} gets the alert on the JavaFX thread.
     */
    public void act(long id, AlertState to, String note, Consumer<Alert> done) {
        submit(
                () -> alerts.transition(id, to, note == null || note.isBlank() ? null : note.strip(), null),
                a -> {
                    message.set(Messages.text(
                            note == null || note.isBlank() ? "alerts.moved" : "alerts.moved.note",
                            id,
                            Messages.text("alerts.state." + to.wire())));
                    changed.set(true);
                    done.accept(a);
                },
                m -> Messages.text("alerts.move.failed", id, Messages.text("alerts.state." + to.wire()), m));
    }

    /** The score weights in force for this store. */
    public AlertConfig.Weights weights() {
        return AlertConfig.forStore(store.dir()).weights();
    }

    private void subscribe(String url, String token, long whenNothingProcessed) {
        AlertEngine e = engine();
        StreamConfig config =
                EngineFeed.config(e, url, token, whenNothingProcessed).build();
        EngineFeed.Decided shown = new EngineFeed.Decided() {
            @Override
            public void decided(Event event, List<AlertDecision> decisions) {
                LiveAlerts.this.decided(decisions);
            }

            @Override
            public void failed(StoreException error) {
                Platform.runLater(() -> message.set(error.getMessage()));
            }
        };
        client = EngineFeed.subscribe(e, config, shown, new FeedHealthListener() {
            @Override
            public void onHealth(FeedHealth h) {
                Platform.runLater(() -> health.set(h));
            }

            @Override
            public void onRejected(Rejection r) {
                Platform.runLater(() -> message.set(Messages.text("feed.rejected", r.reason(), r.message())));
            }
        });
    }

    /** On the engine's durability thread: only marks the queue changed and notes new P0s. */
    private void decided(List<AlertDecision> decisions) {
        events++;
        for (AlertDecision d : decisions) {
            if (d.alertId() == null) {
                continue;
            }
            changed.set(true);
            if (d.priority() == Priority.P0 && d.state() != null && d.state().open() && notified.add(d.alertId())) {
                newP0.add(d.alertId());
            }
        }
    }

    private AlertEngine engine() {
        if (engine == null) {
            engine = AlertEngine.open(store);
        }
        return engine;
    }

    /** On the worker: closes the client and the demo feed. */
    private void stop() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (demo != null) {
            demo.close();
            demo = null;
        }
        Platform.runLater(() -> health.set(null));
    }

    private void pump() {
        Long p0;
        while ((p0 = newP0.poll()) != null) {
            long id = p0;
            submit(
                    () -> alerts.get(id).orElse(null),
                    a -> {
                        if (a != null) {
                            onP0.accept(a);
                        }
                    },
                    m -> Messages.text("alerts.read.failed", id, m));
        }
        if (refreshing || !changed.getAndSet(false)) {
            return;
        }
        refreshing = true;
        QueueFilter f = filter.get();
        worker.execute(() -> {
            List<Alert> list;
            ZoneNames read;
            try {
                list = alerts.list(f.state(), f.openOnly(), null, QUEUE_LIMIT);
                read = store.read(
                        "read the zone names of",
                        ZoneNames::read); // a few hundred rows at most; layers may be loaded meanwhile
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    refreshing = false;
                    message.set(Messages.text("alerts.list.failed", e.getMessage()));
                });
                return;
            }
            Platform.runLater(() -> {
                refreshing = false;
                names = read;
                queue.setAll(list);
                onQueue.run();
            });
        });
    }

    /** Runs {@code work}, saying {@code doing} meanwhile, its result after, or {@code failed} of the error's message. */
    private void run(String doing, Callable<String> work, String newSource, UnaryOperator<String> failed) {
        message.set(doing);
        submit(
                work,
                done -> {
                    message.set(done);
                    source.set(newSource);
                },
                failed);
    }

    private <T> void submit(Callable<T> work, Consumer<T> done, UnaryOperator<String> failed) {
        worker.execute(() -> {
            try {
                T v = work.call();
                Platform.runLater(() -> done.accept(v));
            } catch (Exception e) {
                String m = e.getMessage() == null ? e.toString() : e.getMessage();
                Platform.runLater(() -> message.set(failed.apply(m)));
            }
        });
    }

    /** Stops the feed and the engine; waits for the background thread (the store is closed next). */
    @Override
    public void close() {
        pump.stop();
        worker.execute(() -> {
            try {
                stop();
            } finally {
                if (engine != null) {
                    engine.close();
                    engine = null;
                }
            }
        });
        worker.shutdown();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
