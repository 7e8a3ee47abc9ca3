package org.khareetaty.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.stream.FeedState;
import org.khareetaty.core.stream.StreamClient;
import org.khareetaty.core.stream.StreamConfig;

/** A feed with a token refuses clients without it, with HTTP 401 and a message the client surfaces. */
class TokenTest {
    static final String TOKEN = "s3cret-feed-token";

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void file() throws Exception {
        file = ChicagoCalls.write(dir.resolve("calls.jsonl"), ChicagoCalls.first(50));
    }

    @Test
    void aWrongTokenIsRefusedWith401AndTheClientGivesUpSayingWhy() throws Exception {
        try (FeedServer server =
                FeedServer.start(FeedServerConfig.defaults().withSpeed(0).withToken(TOKEN), ReplayFile.open(file))) {
            HealthLog health = new HealthLog();
            Handled handled = new Handled();
            try (StreamClient client = StreamClient.connect(
                    StreamConfig.builder(server.url())
                            .resumeAfter(0)
                            .token("guess")
                            .build(),
                    handled,
                    health)) {
                Await.until(Duration.ofSeconds(10), () -> client.health().state() == FeedState.CLOSED, health::last);
                String why = client.failure().orElseThrow();
                assertTrue(why.startsWith("HTTP 401"), why);
                assertTrue(why.contains("refused the token") && why.contains("wrong bearer token"), why);
                assertEquals(why, client.health().detail());
                assertEquals(0, client.health().counters().reconnects(), "a refused token is not retried");
                assertEquals(0, handled.size());
            }
        }
    }

    @Test
    void noTokenIsRefusedNamingTheMissingHeader() throws Exception {
        try (FeedServer server = FeedServer.start(
                        FeedServerConfig.defaults().withSpeed(0).withToken(TOKEN), ReplayFile.open(file));
                StreamClient client = StreamClient.connect(StreamConfig.of(server.url()), new Handled(), null)) {
            Await.until(
                    Duration.ofSeconds(10),
                    () -> client.health().state() == FeedState.CLOSED,
                    () -> client.health().toString());
            String why = client.failure().orElseThrow();
            assertTrue(why.startsWith("HTTP 401") && why.contains("missing 'Authorization: Bearer TOKEN' header"), why);
        }
    }

    @Test
    void theRightTokenGetsTheEvents() throws Exception {
        try (FeedServer server =
                FeedServer.start(FeedServerConfig.defaults().withSpeed(0).withToken(TOKEN), ReplayFile.open(file))) {
            Handled handled = new Handled();
            try (StreamClient client = StreamClient.connect(
                    StreamConfig.builder(server.url())
                            .resumeAfter(0)
                            .token(TOKEN)
                            .build(),
                    handled,
                    null)) {
                Await.until(Duration.ofSeconds(10), () -> handled.size() == 50, () -> handled.size() + " handled");
                assertEquals(FeedState.CONNECTED, client.health().state());
            }
            HttpResponse<String> plain = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/events"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(426, plain.statusCode(), "plain HTTP is told to upgrade");
            assertTrue(plain.body().contains("connect a WebSocket client to " + server.url()), plain.body());
        }
    }
}
