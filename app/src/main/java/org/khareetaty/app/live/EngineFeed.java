package org.khareetaty.app.live;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.khareetaty.core.alert.AlertDecision;
import org.khareetaty.core.alert.AlertEngine;
import org.khareetaty.core.alert.DecisionListener;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.Received;
import org.khareetaty.core.store.StoreException;
import org.khareetaty.core.stream.BatchEventHandler;
import org.khareetaty.core.stream.FeedHealth;
import org.khareetaty.core.stream.FeedHealthListener;
import org.khareetaty.core.stream.Rejection;
import org.khareetaty.core.stream.StreamClient;
import org.khareetaty.core.stream.StreamConfig;

/**
 * A live feed whose every event goes through a store's alert engine: what {@code khareetaty alerts
 * listen} and the workstation's Live alerts panel both subscribe with. The subscription resumes
 * after the last event the store processed (the engine's resume point) and asks the engine whether
 * an event id was processed before a restart, so a restarted subscriber neither loses nor repeats
 * an event (docs/alerts.md, Restart and resume).
 */
public final class EngineFeed {
    /**
     * Hears each event's decisions once they are on disk, in the order the events were processed, on
     * the engine's durability thread (never the JavaFX thread).
     */
    @FunctionalInterface
    public interface Decided {
        void decided(Event event, List<AlertDecision> decisions);

        /**
         * The store could not be written to its file (told once): the decisions not yet heard are not
         * durable and never will be, and the engine refuses every later event.
         */
        default void failed(StoreException error) {}
    }

    private EngineFeed() {}

    /**
     * The subscription to {@code url}: after the engine's resume point, or after
     * {@code whenNothingProcessed} ({@link StreamConfig#LIVE}, 0 for all, or a sequence number) when
     * the store has processed no event yet; skipping ids the store already processed.
     *
     * @param token the bearer token, or null for none
     */
    public static StreamConfig.Builder config(AlertEngine engine, String url, String token, long whenNothingProcessed) {
        long stored = engine.lastProcessedSeq();
        return StreamConfig.builder(url)
                .token(token)
                .resumeAfter(stored >= 0 ? stored : whenNothingProcessed)
                .alreadyProcessed(e -> engine.alreadyProcessed(e.id()));
    }

    /**
     * Subscribes: every event the client accepts is processed by {@code engine} (stored and on disk
     * before {@code out} hears of it); events that wait in the client's queue are processed together,
     * in one transaction ({@link AlertEngine#processAll(List, DecisionListener)}), and the client
     * hands over the next batch while the disk writes this one. A message the client rejects, and an event it
     * gives up after the handler failed on it, is recorded in the store's audit log with why
     * ({@link AlertEngine#skipped}) before {@code health} hears of it. Close the client to stop.
     */
    public static StreamClient subscribe(
            AlertEngine engine, StreamConfig config, Decided out, FeedHealthListener health) {
        return subscribe(engine, config, out, health, Long.MAX_VALUE);
    }

    /**
     * Subscribes as {@link #subscribe(AlertEngine, StreamConfig, Decided, FeedHealthListener)} does,
     * but processes at most {@code limit} events: those that arrive after the limit are left for the
     * next subscription, which resumes after the last one processed.
     */
    public static StreamClient subscribe(
            AlertEngine engine, StreamConfig config, Decided out, FeedHealthListener health, long limit) {
        java.util.concurrent.atomic.AtomicLong left = new java.util.concurrent.atomic.AtomicLong(limit);
        DecisionListener shown = shown(out);
        return StreamClient.connect(
                config,
                new BatchEventHandler() {
                    @Override
                    public void onEvent(Event e, Instant receivedAt) throws Exception {
                        onEvents(List.of(new Received(e, receivedAt)));
                    }

                    @Override
                    public void onEvents(List<Received> batch) throws Exception {
                        // only the handler thread takes from the quota
                        List<Received> taken = batch.subList(0, (int) Math.min(batch.size(), left.get()));
                        if (taken.isEmpty()) {
                            return;
                        }
                        left.addAndGet(-taken.size());
                        engine.processAll(List.copyOf(taken), shown);
                    }
                },
                recording(engine, health == null ? FeedHealthListener.NONE : health));
    }

    /** Tells {@code out} of each event's durable decisions, and of the first failure to write the store to its file. */
    private static DecisionListener shown(Decided out) {
        AtomicBoolean toldFailure = new AtomicBoolean();
        return new DecisionListener() {
            @Override
            public void durable(List<Received> events, List<List<AlertDecision>> decisions) {
                for (int i = 0; i < events.size(); i++) {
                    out.decided(events.get(i).event(), decisions.get(i));
                }
            }

            @Override
            public void failed(List<Received> events, StoreException error) {
                if (toldFailure.compareAndSet(false, true)) {
                    out.failed(error);
                }
            }
        };
    }

    /** {@code health}, after recording every skipped message or event in the engine's audit log. */
    private static FeedHealthListener recording(AlertEngine engine, FeedHealthListener health) {
        return new FeedHealthListener() {
            @Override
            public void onHealth(FeedHealth h) {
                health.onHealth(h);
            }

            @Override
            public void onRejected(Rejection r) {
                engine.skipped(r.eventId(), r.reason().name().toLowerCase(java.util.Locale.ROOT) + ": " + r.message());
                health.onRejected(r);
            }

            @Override
            public void onHandlerFailure(Event event, Exception error, int attempt, boolean skipped) {
                if (skipped) {
                    engine.skipped(event.id(), "handler_failed: " + error);
                }
                health.onHandlerFailure(event, error, attempt, skipped);
            }
        };
    }
}
