package org.khareetaty.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventCodec;
import org.khareetaty.core.event.EventFrame;
import org.khareetaty.core.event.Frame;
import org.khareetaty.core.event.Heartbeat;
import org.khareetaty.core.stream.StreamClient;
import org.khareetaty.core.stream.StreamConfig;

/** The feed server seen by plain WebSocket clients (the JDK's) and by several stream clients at once. */
class FeedServerTest {
    @TempDir
    Path dir;

    /** Collects the text messages of a JDK WebSocket and its pongs. */
    static final class Recorder implements WebSocket.Listener {
        final List<String> texts = new CopyOnWriteArrayList<>();
        final CompletableFuture<String> pong = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                texts.add(partial.toString());
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
            pong.complete(StandardCharsets.UTF_8.decode(message).toString());
            ws.request(1);
            return null;
        }

        List<Frame> frames() throws Exception {
            List<Frame> out = new ArrayList<>();
            for (String t : texts) {
                out.add(EventCodec.standard().decode(t));
            }
            return out;
        }
    }

    static WebSocket open(URI url, Recorder r) {
        return HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(url, r)
                .join();
    }

    @Test
    void answersPingsAndGreetsALiveSubscriberWithAHeartbeatCarryingTheLastSequenceNumber() throws Exception {
        Path file = ChicagoCalls.write(dir.resolve("calls.jsonl"), ChicagoCalls.first(40));
        try (FeedServer server = FeedServer.start(FeedServerConfig.defaults().withSpeed(0), ReplayFile.open(file))) {
            server.awaitInputDone(Duration.ofSeconds(10));
            Recorder r = new Recorder();
            WebSocket ws = open(server.url(), r);
            ws.sendPing(ByteBuffer.wrap("are you there".getBytes(StandardCharsets.UTF_8)))
                    .join();
            assertEquals("are you there", r.pong.get(5, TimeUnit.SECONDS));
            Await.until(Duration.ofSeconds(5), () -> !r.texts.isEmpty(), () -> "no message");
            assertEquals(
                    new Heartbeat(40, ((Heartbeat) r.frames().get(0)).sentAt()),
                    r.frames().get(0),
                    "a live subscriber gets no history, and learns where the feed is");
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }

    @Test
    void sinceResumesAfterTheGivenSequenceNumberAndABadValueIsRefused() throws Exception {
        List<Event> calls = ChicagoCalls.first(300);
        Path file = ChicagoCalls.write(dir.resolve("calls.jsonl"), calls);
        try (FeedServer server = FeedServer.start(FeedServerConfig.defaults().withSpeed(0), ReplayFile.open(file))) {
            server.awaitInputDone(Duration.ofSeconds(10));
            Recorder r = new Recorder();
            WebSocket ws = open(URI.create(server.url() + "?since=250"), r);
            Await.until(Duration.ofSeconds(5), () -> r.texts.size() >= 51, () -> r.texts.size() + " messages");
            List<Frame> frames = r.frames();
            assertEquals(new Heartbeat(250, ((Heartbeat) frames.get(0)).sentAt()), frames.get(0));
            List<String> ids = frames.subList(1, 51).stream()
                    .map(f -> ((EventFrame) f).event().id())
                    .toList();
            assertEquals(calls.subList(250, 300).stream().map(Event::id).toList(), ids);
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();

            CompletionException e = assertThrows(
                    CompletionException.class,
                    () -> open(URI.create(server.url() + "?since=yesterday"), new Recorder()));
            assertEquals(
                    400,
                    ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode());
        }
    }

    @Test
    void severalSubscribersEachGetTheWholeStreamInOrderThroughASmallBuffer() throws Exception {
        List<Event> calls = ChicagoCalls.first(1_000);
        List<String> ids = calls.stream().map(Event::id).toList();
        Path file = ChicagoCalls.write(dir.resolve("calls.jsonl"), calls);
        // as fast as possible through a 100-event buffer: the replay waits for the slowest subscriber
        FeedServerConfig cfg =
                FeedServerConfig.defaults().withSpeed(0).withBufferCapacity(100).withWaitForSubscribers(3);
        try (FeedServer server = FeedServer.start(cfg, ReplayFile.open(file))) {
            List<Handled> handlers = List.of(new Handled(), new Handled(), new Handled());
            List<StreamClient> clients = new ArrayList<>();
            try {
                for (Handled h : handlers) {
                    clients.add(StreamClient.connect(
                            StreamConfig.builder(server.url()).resumeAfter(0).build(), h, null));
                }
                Await.until(
                        Duration.ofSeconds(20),
                        () -> handlers.stream().allMatch(h -> h.size() == 1_000),
                        () -> handlers.stream().map(Handled::size).toList().toString());
            } finally {
                clients.forEach(StreamClient::close);
            }
            for (Handled h : handlers) {
                assertEquals(ids, h.snapshot().stream().map(Event::id).toList());
            }
            // a latecomer asking for everything gets what the buffer still holds: the last 100
            Handled late = new Handled();
            try (StreamClient client = StreamClient.connect(
                    StreamConfig.builder(server.url()).resumeAfter(0).build(), late, null)) {
                Await.until(Duration.ofSeconds(10), () -> late.size() == 100, () -> late.size() + " handled");
            }
            assertEquals(
                    ids.subList(900, 1_000),
                    late.snapshot().stream().map(Event::id).toList());
        }
    }

    @Test
    void pacesByTheRecordedGapsAndMovesTheTimesToNow() throws Exception {
        Instant t0 = Instant.parse("2019-06-01T12:00:00Z");
        List<Event> calls = new ArrayList<>();
        List<Event> real = ChicagoCalls.first(11);
        for (int i = 0; i < 11; i++) {
            Event e = real.get(i);
            calls.add(new Event(
                    e.id(),
                    i + 1,
                    e.source(),
                    e.type(),
                    t0.plusSeconds(i).minusSeconds(40),
                    t0.plusSeconds(i),
                    e.lat(),
                    e.lon(),
                    e.confidence(),
                    e.reporter(),
                    e.attributes()));
        }
        Path file = ChicagoCalls.write(dir.resolve("calls.jsonl"), calls);
        List<Instant> received = new CopyOnWriteArrayList<>();
        Handled handled = new Handled() {
            @Override
            public synchronized void onEvent(Event event, Instant receivedAt) throws Exception {
                received.add(receivedAt);
                super.onEvent(event, receivedAt);
            }
        };
        Instant start = Instant.now();
        // ten one-second gaps at 20x: half a second
        try (FeedServer server = FeedServer.start(
                        FeedServerConfig.defaults().withSpeed(20).withWaitForSubscribers(1), ReplayFile.open(file));
                StreamClient client = StreamClient.connect(
                        StreamConfig.builder(server.url()).resumeAfter(0).build(), handled, null)) {
            Await.until(Duration.ofSeconds(10), () -> handled.size() == 11, () -> handled.size() + " handled");
        }
        List<Event> got = handled.snapshot();
        Duration spread = Duration.between(got.get(0).sentAt(), got.get(10).sentAt());
        assertTrue(spread.toMillis() >= 490, "paced: sent over " + spread);
        assertTrue(!received.get(10).isBefore(got.get(10).sentAt()), "received after it was sent");
        for (Event e : handled.snapshot()) {
            assertEquals(
                    Duration.ofSeconds(40), Duration.between(e.occurredAt(), e.sentAt()), "the recorded lag is kept");
            assertTrue(!e.sentAt().isBefore(start), "sent now, not in 2019: " + e.sentAt());
        }
    }

    @Test
    void aBadReplayFileIsRefusedNamingTheLineAndTheProblem() throws Exception {
        List<Event> calls = ChicagoCalls.first(3);
        EventCodec codec = EventCodec.standard();
        Path missing = dir.resolve("missing-lat.jsonl");
        Files.write(
                missing,
                List.of(
                        codec.encode(calls.get(0)),
                        "",
                        codec.encode(calls.get(1)).replaceAll("\"lat\":[^,]*,", "")));
        ReplayFileException e = assertThrows(ReplayFileException.class, () -> ReplayFile.open(missing));
        assertEquals(
                missing + " line 3: MISSING_FIELD: event " + calls.get(1).id() + ": field 'lat' is missing",
                e.getMessage());

        Path backwards = dir.resolve("backwards.jsonl");
        Files.write(backwards, List.of(codec.encode(calls.get(1)), codec.encode(calls.get(0))));
        e = assertThrows(ReplayFileException.class, () -> ReplayFile.open(backwards));
        assertEquals(
                backwards + " line 2: event " + calls.get(0).id() + " has seq 1, not above the previous event's 2 "
                        + "(sequence numbers must increase)",
                e.getMessage());

        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");
        e = assertThrows(ReplayFileException.class, () -> ReplayFile.open(empty));
        assertEquals("replay file " + empty + " holds no events", e.getMessage());
    }
}
