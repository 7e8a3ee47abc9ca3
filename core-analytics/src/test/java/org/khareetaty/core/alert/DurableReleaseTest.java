package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.Received;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.khareetaty.core.testing.StoreQueries;

/**
 * {@link AlertEngine#processAll(List, DecisionListener)} on a real store, with the way to the disk
 * ({@link DurableRelease.Sync}) wrapped so that a test can hold it back, slow it down or fail it:
 * decisions are handed over only after a sync that began once their batch was committed, in the
 * order the batches were decided, while the engine goes on deciding; a failed sync hands nothing
 * more over; closing the engine hands over what waits.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DurableReleaseTest {
    @TempDir
    Path tmp;

    private static Received received(Event e) {
        return new Received(e, e.occurredAt().plus(Duration.ofSeconds(2)));
    }

    private static List<List<Received>> batches(List<Event> events, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<List<Received>> out = new ArrayList<>();
        for (int i = 0; i < events.size(); ) {
            int n = Math.min(events.size() - i, r.nextInt(1, 33));
            out.add(events.subList(i, i + n).stream()
                    .map(DurableReleaseTest::received)
                    .toList());
            i += n;
        }
        return out;
    }

    private static AlertEngine engine(Store store, DurableRelease.Sync sync) {
        return AlertEngine.open(store, Stream.config(store, Stream.TEST_BUDGETS), sync);
    }

    /** What a listener heard: each batch's events and decisions, in the order heard. */
    private static class Heard implements DecisionListener {
        final List<Received> events = Collections.synchronizedList(new ArrayList<>());
        final List<List<AlertDecision>> decisions = Collections.synchronizedList(new ArrayList<>());
        final List<StoreException> failures = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void durable(List<Received> batch, List<List<AlertDecision>> ds) {
            events.addAll(batch);
            decisions.addAll(ds);
        }

        @Override
        public void failed(List<Received> batch, StoreException error) {
            failures.add(error);
        }
    }

    @Test
    void nothingIsHandedOverWhileTheSyncIsHeldBackAndTheEngineGoesOnDeciding() throws Exception {
        List<Event> events = TestStream.events(11, 400);
        List<List<Received>> batches = batches(events, 5);
        List<AlertDecision> expected = new ArrayList<>();
        try (Store store = Store.open(tmp.resolve("one-by-one"));
                AlertEngine engine = engine(store, store::sync)) {
            for (List<Received> b : batches) {
                engine.processAll(b).forEach(expected::addAll);
            }
        }
        CountDownLatch open = new CountDownLatch(1);
        AtomicInteger syncs = new AtomicInteger();
        Heard heard = new Heard();
        try (Store store = Store.open(tmp.resolve("held"));
                AlertEngine engine = engine(store, () -> {
                    try {
                        open.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    syncs.incrementAndGet();
                    store.sync();
                })) {
            for (List<Received> b : batches) {
                engine.processAll(b, heard);
            }
            // every batch decided and committed, none handed over
            assertEquals(events.size(), StoreQueries.number(store, "SELECT COUNT(*) FROM alert_stream_events"));
            assertEquals(events.get(events.size() - 1).seq(), engine.lastProcessedSeq());
            Thread.sleep(200);
            assertTrue(heard.events.isEmpty(), heard.events.size() + " events handed over before their sync");
            open.countDown();
            engine.awaitDurable();
            assertEquals(events, heard.events.stream().map(Received::event).toList(), "handed over in order");
            List<AlertDecision> got = new ArrayList<>();
            heard.decisions.forEach(got::addAll);
            assertEquals(expected, got, "the decisions of batches that waited for the disk");
            // the first sync covers the first batch; the next one every batch committed while it waited
            assertTrue(syncs.get() <= 2, syncs.get() + " syncs for " + batches.size() + " batches");
        }
    }

    @Test
    void eachBatchIsHandedOverAfterASyncThatBeganOnceItWasCommittedInTheOrderDecided() {
        List<Event> events = TestStream.events(23, 1_200);
        List<List<Received>> batches = batches(events, 9);
        SplittableRandom slow = new SplittableRandom(17);
        // events committed when the last sync began (the stream's events are stored in order)
        AtomicLong committedAtSync = new AtomicLong();
        AtomicInteger syncs = new AtomicInteger();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Heard heard = new Heard() {
            @Override
            public void durable(List<Received> batch, List<List<AlertDecision>> ds) {
                super.durable(batch, ds);
                // the events heard so far, this batch included, were all committed before the sync began
                if (this.events.size() > committedAtSync.get()) {
                    problems.add(batch.get(batch.size() - 1).event().id() + " handed over with only "
                            + committedAtSync.get() + " events committed when the sync began");
                }
            }
        };
        try (Store store = Store.open(tmp.resolve("store"));
                AlertEngine engine = engine(store, () -> {
                    committedAtSync.set(StoreQueries.number(store, "SELECT COUNT(*) FROM alert_stream_events"));
                    syncs.incrementAndGet();
                    // a disk of 0-3 ms per fsync, on top of the real one
                    LockSupport.parkNanos(slow.nextLong(3_000_000));
                    store.sync();
                })) {
            for (List<Received> b : batches) {
                engine.processAll(b, heard);
            }
            engine.awaitDurable();
            assertEquals(List.of(), problems);
            assertEquals(events, heard.events.stream().map(Received::event).toList(), "handed over in order");
            assertTrue(syncs.get() < batches.size(), syncs.get() + " syncs for " + batches.size() + " batches");
        }
    }

    @Test
    void aFailedSyncHandsNothingMoreOverAndTheEngineRefusesTheNextBatch() throws Exception {
        List<Event> events = TestStream.events(31, 300);
        List<List<Received>> batches = batches(events, 3);
        CountDownLatch failNow = new CountDownLatch(1);
        Heard heard = new Heard();
        Path dir = tmp.resolve("store");
        try (Store store = Store.open(dir);
                AlertEngine engine = engine(store, () -> {
                    try {
                        failNow.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new StoreException("Cannot write the store at " + dir + " to its file: No space left");
                })) {
            int half = batches.size() / 2;
            for (List<Received> b : batches.subList(0, half)) {
                engine.processAll(b, heard);
            }
            failNow.countDown();
            engine.awaitDurable();
            assertTrue(heard.events.isEmpty(), heard.events.size() + " events handed over without their sync");
            assertEquals(half, heard.failures.size(), "every waiting batch hears of the failure");
            StoreException refused =
                    assertThrows(StoreException.class, () -> engine.processAll(batches.get(half), heard));
            assertTrue(refused.getMessage().contains("No space left"), refused.getMessage());
            assertThrows(StoreException.class, () -> engine.processAll(batches.get(half)));
            assertTrue(heard.events.isEmpty());
        }
    }

    @Test
    void closingTheEngineHandsOverWhatWaitsForTheDisk() throws Exception {
        List<Event> events = TestStream.events(41, 200);
        CountDownLatch open = new CountDownLatch(1);
        Heard heard = new Heard();
        try (Store store = Store.open(tmp.resolve("store"))) {
            AlertEngine engine = engine(store, () -> {
                try {
                    open.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                store.sync();
            });
            for (List<Received> b : batches(events, 7)) {
                engine.processAll(b, heard);
            }
            Thread closing = new Thread(engine::close);
            closing.start();
            closing.join(300);
            assertTrue(closing.isAlive(), "close waits for the held sync");
            assertTrue(heard.events.isEmpty(), heard.events.size() + " events handed over before their sync");
            open.countDown();
            closing.join();
            assertEquals(events, heard.events.stream().map(Received::event).toList());
        }
    }
}
