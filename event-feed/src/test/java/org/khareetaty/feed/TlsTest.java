package org.khareetaty.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.stream.Backoff;
import org.khareetaty.core.stream.FeedState;
import org.khareetaty.core.stream.StreamClient;
import org.khareetaty.core.stream.StreamConfig;
import org.khareetaty.core.stream.StreamTls;

/** wss:// with a self-signed certificate made by keytool for this test. */
class TlsTest {
    static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;

    static Path keystore;
    static Path file;

    @BeforeAll
    static void keystoreAndFile() throws Exception {
        keystore = dir.resolve("feed.p12");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "feed",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost,ip:127.0.0.1",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        new String(PASSWORD),
                        "-keypass",
                        new String(PASSWORD))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "keytool: " + out);
        file = ChicagoCalls.write(dir.resolve("calls.jsonl"), ChicagoCalls.first(100));
    }

    @Test
    void servesWssToAClientThatTrustsItsCertificate() throws Exception {
        FeedServerConfig cfg = FeedServerConfig.defaults()
                .withSpeed(0)
                .withToken("t")
                .withKeystore(new FeedKeystore(keystore, PASSWORD));
        try (FeedServer server = FeedServer.start(cfg, ReplayFile.open(file))) {
            assertTrue(
                    server.url().toString().startsWith("wss://127.0.0.1:"),
                    server.url().toString());
            Handled handled = new Handled();
            try (StreamClient client = StreamClient.connect(
                    StreamConfig.builder(server.url())
                            .resumeAfter(0)
                            .token("t")
                            .tls(StreamTls.trustStore(keystore, PASSWORD))
                            .build(),
                    handled,
                    null)) {
                Await.until(
                        Duration.ofSeconds(20),
                        () -> handled.size() == 100,
                        () -> client.health().toString());
                assertEquals(FeedState.CONNECTED, client.health().state());
            }
        }
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateStopsAtOnceNamingTrust() throws Exception {
        FeedServerConfig cfg =
                FeedServerConfig.defaults().withSpeed(0).withKeystore(new FeedKeystore(keystore, PASSWORD));
        try (FeedServer server = FeedServer.start(cfg, ReplayFile.open(file));
                StreamClient client = StreamClient.connect(
                        StreamConfig.builder(server.url())
                                .backoff(new Backoff(Duration.ofMillis(50), Duration.ofMillis(200), 0.5))
                                .build(),
                        new Handled(),
                        null)) {
            Await.until(
                    Duration.ofSeconds(20),
                    () -> client.health().state() == FeedState.CLOSED,
                    () -> client.health().toString());
            String why = client.failure().orElseThrow();
            assertTrue(why.startsWith("the TLS certificate of " + server.url() + " is not trusted"), why);
            assertTrue(why.contains("--trust KEYSTORE"), why);
            Thread.sleep(500); // three backoffs' worth: no reconnect follows
            assertEquals(0, client.health().counters().reconnects(), "an untrusted certificate is not retried");
        }
    }

    @Test
    void aWrongKeystorePasswordIsAClearError() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> FeedServer.start(
                        FeedServerConfig.defaults().withKeystore(new FeedKeystore(keystore, "wrong".toCharArray())),
                        RecordedEvents.of(
                                List.<org.khareetaty.core.event.Event>of().iterator())));
        assertTrue(
                e.getMessage().contains("cannot open keystore " + keystore)
                        && e.getMessage().contains("wrong password"),
                e.getMessage());
    }
}
