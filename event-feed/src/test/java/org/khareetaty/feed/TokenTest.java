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

    /** The HTTP status of a WebSocket upgrade request to {@code server} with these headers (name, value, ...). */
    static int upgrade(FeedServer server, String... headers) throws Exception {
        // java.net.http refuses to set the upgrade headers itself: a raw request over a socket
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            StringBuilder req = new StringBuilder("GET /events HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                req.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            socket.getOutputStream()
                    .write(req.append("\r\n").toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            var in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
            String status = in.readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void anAddressThatKeepsFailingMustWaitLongerBeforeItsNextTry() throws Exception {
        try (FeedServer server =
                FeedServer.start(FeedServerConfig.defaults().withSpeed(0).withToken(TOKEN), ReplayFile.open(file))) {
            String right = "Bearer " + TOKEN;
            assertEquals(101, upgrade(server, "Authorization", right), "the right token upgrades");
            for (int i = 1; i <= FailedLogins.FREE + 1; i++) {
                assertEquals(401, upgrade(server, "Authorization", "Bearer guess-" + i), "guess " + i);
            }
            // the fourth failure in a row costs a second: even the right token must wait
            assertEquals(429, upgrade(server, "Authorization", right));
            Thread.sleep(1_100);
            assertEquals(101, upgrade(server, "Authorization", right), "after the wait, the right token");
            assertEquals(401, upgrade(server, "Authorization", "Bearer guess"), "a success forgave");
        }
    }

    @Test
    void anUpgradeFromAWebPageIsRefusedUnlessItsOriginIsAllowed() throws Exception {
        try (FeedServer server = FeedServer.start(
                FeedServerConfig.defaults()
                        .withSpeed(0)
                        .withAllowedOrigins(java.util.List.of("https://console.example")),
                ReplayFile.open(file))) {
            assertEquals(403, upgrade(server, "Origin", "https://evil.example"));
            assertEquals(101, upgrade(server, "Origin", "https://console.example"));
            assertEquals(101, upgrade(server), "the stream client sends no Origin");
        }
    }

    @Test
    void anEmptyTokenIsRefusedByTheConfiguration() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> FeedServerConfig.defaults().withToken(""));
        assertTrue(e.getMessage().contains("an empty token would let anyone subscribe"), e.getMessage());
    }
}
