package org.khareetaty.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventCodec;
import org.khareetaty.core.event.EventFrame;
import org.khareetaty.core.stream.FeedState;
import org.khareetaty.core.stream.StreamClient;
import org.khareetaty.core.stream.StreamConfig;

/**
 * A bounded fuzz test of the stream client: a real feed pushes {@link #FRAMES} random and mutated
 * frames (real Chicago calls with characters deleted or inserted, values replaced by extreme ones,
 * frames cut short, doubled or nested deep, raw noise) to a real client on 127.0.0.1. The client
 * keeps its one connection, hands on only events that are valid (each re-encodes to itself), each
 * id once, and still takes a good event after the noise. Deterministic for its seed; a few seconds.
 */
class StreamClientFuzzTest {
    static final int FRAMES = 1_500;
    static final long SEED = 20_261_207L;

    @TempDir
    Path dir;

    private static final String[] EXTREMES = {
        "1e999",
        "-1e999",
        "NaN",
        "-0",
        "null",
        "true",
        "\"\"",
        "[]",
        "{}",
        "99999999999999999999999",
        "0.0",
        "\"\\u0000\"",
        "\"\u001b[2J\"",
        "\"9999-12-31T23:59:59Z\"",
        "\"1900-01-01T00:00:00Z\"",
        "\"\uD800\""
    };
    private static final String NOISE = "{}[]\",:\\0123456789eE-+. \u0000\u001b\n\tabcz\u00e9\u0645";

    @Test
    void mutatedFramesNeverBreakTheConnectionNorReachTheHandlerInvalid() throws Exception {
        List<Event> calls = ChicagoCalls.first(20);
        Path file = ChicagoCalls.write(dir.resolve("calls.jsonl"), calls);
        EventCodec codec = EventCodec.standard();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Handled handled = new Handled();
        HealthLog health = new HealthLog();
        SplittableRandom random = new SplittableRandom(SEED);
        try (FeedServer server = FeedServer.start(FeedServerConfig.defaults().withSpeed(0), ReplayFile.open(file));
                StreamClient client = StreamClient.connect(
                        StreamConfig.builder(server.url()).resumeAfter(0).build(), handled, health)) {
            Await.until(Duration.ofSeconds(10), () -> handled.size() == 20, () -> handled.size() + " handled");
            for (int i = 0; i < FRAMES; i++) {
                Event base = calls.get(random.nextInt(calls.size()));
                String valid = codec.encode(new Event(
                        "fz-" + i,
                        100 + i,
                        base.source(),
                        base.type(),
                        now,
                        now.plusSeconds(1),
                        base.lat(),
                        base.lon(),
                        base.confidence(),
                        base.reporter(),
                        base.attributes()));
                server.broadcastRaw(frame(valid, random));
            }
            Event last = calls.get(0);
            String sentinel = codec.encode(new Event(
                    "sentinel",
                    100 + FRAMES + 1,
                    last.source(),
                    last.type(),
                    now,
                    now.plusSeconds(1),
                    last.lat(),
                    last.lon(),
                    last.confidence(),
                    last.reporter(),
                    last.attributes()));
            server.broadcastRaw(sentinel);
            Await.until(
                    Duration.ofSeconds(30),
                    () -> handled.snapshot().stream().anyMatch(e -> e.id().equals("sentinel")),
                    () -> handled.size() + " handled, " + health.rejections.size() + " rejected");

            assertEquals(
                    FeedState.CONNECTED,
                    client.health().state(),
                    client.health().toString());
            assertEquals(0, client.health().counters().reconnects(), "one connection throughout");
            assertTrue(health.rejections.size() > FRAMES / 3, health.rejections.size() + " rejected");
            for (Event e : handled.snapshot()) {
                assertEquals(e, ((EventFrame) codec.decode(codec.encode(e))).event(), "a handled event is valid");
            }
            handled.countsById().forEach((id, n) -> assertEquals(1, n, "event " + id + " handled once"));
        }
    }

    /** One fuzzed frame made from {@code valid}: mutated two times in three, else noise or a deep nest. */
    static String frame(String valid, SplittableRandom random) {
        return switch (random.nextInt(12)) {
            case 0 -> noise(random, 1 + random.nextInt(200));
            case 1 -> "[".repeat(1 + random.nextInt(5_000));
            case 2, 3 -> valid;
            default -> mutate(valid, random);
        };
    }

    static String mutate(String s, SplittableRandom random) {
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
            s = switch (random.nextInt(5)) {
                case 0 -> s.isEmpty() ? s : cut(s, random.nextInt(s.length()), 1);
                case 1 -> insert(s, random.nextInt(s.length() + 1), noise(random, 1 + random.nextInt(3)));
                case 2 -> replaceValue(s, random);
                case 3 -> s.substring(0, random.nextInt(s.length() + 1));
                default -> s + s;
            };
        }
        return s;
    }

    /** A value after a {@code ":"} replaced by an extreme one. */
    private static String replaceValue(String s, SplittableRandom random) {
        int colon = s.indexOf(':', random.nextInt(Math.max(1, s.length())));
        if (colon < 0) {
            return s;
        }
        int end = colon + 1;
        while (end < s.length() && s.charAt(end) != ',' && s.charAt(end) != '}') {
            end++;
        }
        return s.substring(0, colon + 1) + EXTREMES[random.nextInt(EXTREMES.length)] + s.substring(end);
    }

    private static String noise(SplittableRandom random, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(NOISE.charAt(random.nextInt(NOISE.length())));
        }
        return b.toString();
    }

    private static String cut(String s, int at, int n) {
        return s.substring(0, at) + s.substring(Math.min(s.length(), at + n));
    }

    private static String insert(String s, int at, String what) {
        return s.substring(0, at) + what + s.substring(at);
    }
}
