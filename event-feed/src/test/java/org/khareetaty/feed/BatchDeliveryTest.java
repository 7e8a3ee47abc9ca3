package org.khareetaty.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.Received;
import org.khareetaty.core.stream.BatchEventHandler;
import org.khareetaty.core.stream.StreamClient;
import org.khareetaty.core.stream.StreamConfig;

/**
 * A {@link BatchEventHandler} subscribed to a real feed server on 127.0.0.1 replaying Chicago
 * calls at full speed: the events that wait in the client's queue come together, at most
 * {@code maxBatch} at a time, each once and in order; a batch the handler fails on comes again one
 * event at a time.
 */
class BatchDeliveryTest {
    @TempDir
    Path dir;

    /** Records batches; slow on its first event so that the queue fills; fails on the batches it is told to. */
    static final class Batches implements BatchEventHandler {
        final List<String> handled = new ArrayList<>();
        final List<Integer> sizes = new ArrayList<>();
        int singles;
        int failuresLeft;

        Batches(int failures) {
            this.failuresLeft = failures;
        }

        @Override
        public synchronized void onEvent(Event event, Instant receivedAt) throws Exception {
            if (handled.isEmpty()) {
                Thread.sleep(300);
            }
            singles++;
            handled.add(event.id());
        }

        @Override
        public synchronized void onEvents(List<Received> batch) {
            assertTrue(batch.size() >= 2 && batch.size() <= maxBatch(), batch.size() + " events in a batch");
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("the store is busy");
            }
            sizes.add(batch.size());
            for (Received r : batch) {
                handled.add(r.event().id());
            }
        }

        @Override
        public int maxBatch() {
            return 50;
        }

        synchronized int size() {
            return handled.size();
        }
    }

    @Test
    void queuedEventsComeTogetherOnceEachInOrder() throws Exception {
        Batches h = run(0);
        assertTrue(h.sizes.size() > 1 && h.sizes.stream().anyMatch(s -> s == 50), "batches of " + h.sizes);
        assertEquals(
                2_000, h.singles + h.sizes.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void aFailedBatchComesAgainOneEventAtATime() throws Exception {
        Batches h = run(3);
        assertTrue(h.singles >= 1 + 3 * 2, h.singles + " events one at a time after three failed batches");
    }

    private Batches run(int failures) throws Exception {
        List<Event> calls = ChicagoCalls.first(2_000);
        Path file = ChicagoCalls.write(dir.resolve("calls.jsonl"), calls);
        Batches h = new Batches(failures);
        try (FeedServer server = FeedServer.start(
                        FeedServerConfig.defaults().withSpeed(0).withWaitForSubscribers(1), ReplayFile.open(file));
                StreamClient client = StreamClient.connect(
                        StreamConfig.builder(server.url()).resumeAfter(0).build(), h, null)) {
            Await.until(Duration.ofSeconds(30), () -> h.size() >= 2_000, () -> h.size() + " handled");
            assertEquals(0, client.health().counters().handlerFailures(), "a failed batch is not a failed event");
            assertEquals(2_000, client.health().counters().processed());
        }
        assertEquals(calls.stream().map(Event::id).toList(), h.handled, "every event once, in order");
        return h;
    }
}
