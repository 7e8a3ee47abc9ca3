package org.khareetaty.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live event feed: a Jetty 12 WebSocket server at {@code ws://HOST:PORT/events} (or
 * {@code wss://} with a keystore) that plays {@link RecordedEvents} to every subscriber.
 *
 * <ul>
 *   <li>Events keep their recorded sequence numbers (increasing); {@code sent_at} is the send time,
 *       and with {@link FeedServerConfig#retime()} {@code occurred_at} moves by the same amount.</li>
 *   <li>Pacing: the recorded gaps between {@code sent_at} divided by the speed; speed 0 sends as fast
 *       as the slowest subscriber takes them. Playing starts at once, or when
 *       {@link FeedServerConfig#waitForSubscribers()} subscribers are connected.</li>
 *   <li>{@code ?since=SEQ} resumes: the subscriber gets every buffered event after SEQ, then the live
 *       stream; without it, only new events. The buffer holds {@link FeedServerConfig#bufferCapacity()}
 *       events; a subscriber never loses one to it (the replay waits instead).</li>
 *   <li>A subscriber that got nothing for {@link FeedServerConfig#heartbeatInterval()} gets a heartbeat
 *       carrying the last sequence number it has; every subscriber gets one on connecting.</li>
 *   <li>With a token, the upgrade needs {@code Authorization: Bearer TOKEN}: otherwise HTTP 401 with a
 *       plain-text reason. Each refusal is logged with the address; an address that keeps failing
 *       must wait longer and longer before its next try ({@link FailedLogins}: HTTP 429).</li>
 *   <li>An upgrade from a web page (an {@code Origin} header not in
 *       {@link FeedServerConfig#allowedOrigins()}) is refused with HTTP 403, so a page the analyst
 *       opens cannot subscribe through the analyst's browser.</li>
 * </ul>
 *
 * When the input ends, the server keeps serving (buffer and heartbeats) until {@link #close()}.
 */
public final class FeedServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedServer.class);

    private final FeedServerConfig config;
    private final RecordedEvents input;
    private final ReplayBuffer buffer;
    private final EventCodec codec = EventCodec.standard();
    private final Server jetty;
    private final ServerConnector connector;
    private final ExecutorService subscriberThreads;
    private final Thread publisher;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final FailedLogins failedLogins = new FailedLogins();
    private volatile boolean running = true;
    private volatile boolean inputDone;
    private volatile Throwable inputFailure;

    private FeedServer(FeedServerConfig config, RecordedEvents input) {
        this.config = config;
        this.input = input;
        this.buffer = new ReplayBuffer(config.bufferCapacity());
        QueuedThreadPool pool = new QueuedThreadPool(64, 4);
        pool.setName("feed-jetty");
        pool.setDaemon(true);
        this.jetty = new Server(pool);
        this.connector = config.keystore() == null
                ? new ServerConnector(jetty)
                : new ServerConnector(jetty, config.keystore().sslContextFactory());
        connector.setHost(config.host());
        connector.setPort(config.port());
        jetty.addConnector(connector);
        ContextHandler context = new ContextHandler("/");
        WebSocketUpgradeHandler ws = WebSocketUpgradeHandler.from(jetty, context, container -> {
            container.setMaxTextMessageSize(FeedServerConfig.MAX_CLIENT_MESSAGE_BYTES);
            container.setMaxBinaryMessageSize(FeedServerConfig.MAX_CLIENT_MESSAGE_BYTES);
            container.setIdleTimeout(config.heartbeatInterval().multipliedBy(6).plusSeconds(30));
            container.addMapping(config.path(), this::upgrade);
        });
        ws.setHandler(new NotAnUpgrade());
        context.setHandler(ws);
        jetty.setHandler(context);
        AtomicInteger n = new AtomicInteger();
        this.subscriberThreads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "feed-subscriber-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.publisher = new Thread(this::publish, "feed-publisher");
        publisher.setDaemon(true);
    }

    /**
     * Starts serving {@code input} and returns once the port is open.
     *
     * @throws IOException when the port cannot be bound (the message names it)
     * @throws IllegalArgumentException when the keystore cannot be used
     */
    public static FeedServer start(FeedServerConfig config, RecordedEvents input) throws IOException {
        FeedServer s = new FeedServer(config, input);
        try {
            s.jetty.start();
        } catch (IOException e) {
            s.close();
            throw new IOException("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        } catch (Exception e) {
            s.close();
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(
                    "cannot start the feed on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        s.publisher.start();
        LOG.info("feed listening at {}", s.url());
        return s;
    }

    /** The address subscribers connect to, e.g. {@code ws://127.0.0.1:8765/events}. */
    public URI url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create((config.keystore() == null ? "ws" : "wss") + "://" + host + ":" + port() + config.path());
    }

    /** The port listened on (the free port chosen when the config said 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Events published into the buffer so far. */
    public long published() {
        return published.get();
    }

    /** Messages (events and heartbeats) sent to subscribers so far, all subscribers together. */
    public long sent() {
        return sent.get();
    }

    /** Subscribers connected now. */
    public int subscribers() {
        return buffer.subscribers();
    }

    /** True once the input is exhausted (or failed). */
    public boolean inputDone() {
        return inputDone;
    }

    /** Why the input stopped early, if it did. */
    public Optional<Throwable> inputFailure() {
        return Optional.ofNullable(inputFailure);
    }

    /** Waits until the input is exhausted; false on timeout. */
    public boolean awaitInputDone(Duration timeout) throws InterruptedException {
        publisher.join(Math.max(1, timeout.toMillis()));
        return inputDone;
    }

    /** True when the input is exhausted and every connected subscriber has been handed every event. */
    public boolean drained() {
        return inputDone && buffer.caughtUp();
    }

    /**
     * Sends {@code text} as-is, at once, to every connected subscriber: not numbered, not buffered,
     * not validated. For fault injection (malformed or oversized messages) in tests and drills.
     *
     * @return how many subscribers it was queued for
     */
    public int broadcastRaw(String text) {
        return buffer.broadcastRaw(text);
    }

    /** Stops listening, drops every subscriber (close code 1001) and stops playing. */
    @Override
    public void close() {
        running = false;
        buffer.close();
        publisher.interrupt();
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("stopping the feed: {}", e.toString());
        }
        subscriberThreads.shutdownNow();
        try {
            publisher.join(5_000);
            subscriberThreads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            input.close();
        } catch (Exception e) {
            LOG.debug("closing the input: {}", e.toString());
        }
    }

    FeedServerConfig config() {
        return config;
    }

    ReplayBuffer buffer() {
        return buffer;
    }

    EventCodec codec() {
        return codec;
    }

    ExecutorService subscriberThreads() {
        return subscriberThreads;
    }

    void sent(int messages) {
        sent.addAndGet(messages);
    }

    // ---- the upgrade

    private Object upgrade(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
        String address = Request.getRemoteAddr(request);
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && !config.allowedOrigins().contains(origin)) {
            LOG.warn("refused {}: an upgrade from the web page of origin {}", address, origin);
            plain(response, callback, 403, "this feed does not serve web pages (origin " + origin + " is not allowed)");
            return null;
        }
        if (config.token() != null) {
            long now = System.nanoTime();
            Duration wait = failedLogins.waitFor(address, now);
            if (!wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                LOG.warn("refused {}: too many failed authentications, {} s to wait", address, seconds);
                response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(seconds));
                plain(
                        response,
                        callback,
                        429,
                        "too many failed authentications from " + address + ": try again in " + seconds + " s");
                return null;
            }
            String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
            String refusal = auth == null
                    ? "missing 'Authorization: Bearer TOKEN' header: this feed requires a token"
                    : !auth.regionMatches(true, 0, "Bearer ", 0, 7)
                            ? "the Authorization header is not a bearer token"
                            : !sameToken(auth.substring(7).trim(), config.token()) ? "wrong bearer token" : null;
            if (refusal != null) {
                int failures = failedLogins.failed(address, now);
                LOG.warn("refused {} (failed authentication {} in a row): {}", address, failures, refusal);
                response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"khareetaty-feed\"");
                plain(response, callback, 401, refusal);
                return null;
            }
            failedLogins.succeeded(address);
        }
        long since;
        try {
            since = since(request.getHttpURI().getQuery());
        } catch (IllegalArgumentException e) {
            plain(response, callback, 400, e.getMessage());
            return null;
        }
        // per-message compression costs more than it saves on small JSON events over a LAN
        response.setExtensions(List.of());
        return new FeedEndpoint(this, since, Request.getRemoteAddr(request) + ":" + Request.getRemotePort(request));
    }

    /** The {@code since} query parameter, -1 when absent. */
    static long since(String query) {
        if (query == null) {
            return -1;
        }
        for (String part : query.split("&")) {
            if (part.startsWith("since=")) {
                String v = part.substring(6);
                try {
                    long seq = Long.parseLong(v);
                    if (seq >= 0) {
                        return seq;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new IllegalArgumentException("since=" + v + " is not a sequence number (a non-negative integer)");
            }
        }
        return -1;
    }

    private static boolean sameToken(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static void plain(Response response, Callback callback, int status, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        Content.Sink.write(response, true, message + "\n", callback);
    }

    /** Answers plain HTTP requests: this is a WebSocket feed. */
    private final class NotAnUpgrade extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            boolean feedPath = request.getHttpURI().getPath().equals(config.path());
            plain(
                    response,
                    callback,
                    feedPath ? 426 : 404,
                    feedPath
                            ? "this is a WebSocket event feed: connect a WebSocket client to " + url()
                            : "no such path: the event feed is at " + url());
            return true;
        }
    }

    // ---- the publisher

    private void publish() {
        double speed = config.speed();
        Instant firstRecorded = null;
        long wallStart = 0;
        long lastSeq = -1;
        try {
            if (config.waitForSubscribers() > 0) {
                LOG.info("waiting for {} subscriber(s) before playing", config.waitForSubscribers());
                if (!buffer.awaitSubscribers(config.waitForSubscribers())) {
                    return;
                }
            }
            Event e;
            while (running && (e = input.next()) != null) {
                if (e.seq() <= lastSeq) {
                    LOG.error("input event {} has seq {}, not above {}: skipped", e.id(), e.seq(), lastSeq);
                    continue;
                }
                if (speed > 0) {
                    if (firstRecorded == null) {
                        firstRecorded = e.sentAt();
                        wallStart = System.nanoTime();
                    }
                    long due = wallStart
                            + (long)
                                    (Duration.between(firstRecorded, e.sentAt()).toNanos() / speed);
                    long wait;
                    while (running && (wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (!running) {
                        break;
                    }
                }
                Instant now = config.clock().instant();
                Event out = config.retime() ? retimed(e, now) : e.withSentAt(now);
                buffer.append(new FeedMessage(e.seq(), codec.encode(out)));
                published.incrementAndGet();
                lastSeq = e.seq();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            inputFailure = e;
            LOG.error("the feed input failed after {} events: {}", published.get(), e.toString());
        } finally {
            inputDone = true;
        }
    }

    /** The event as if it happened now: both times move by the time between its recorded and its real send. */
    static Event retimed(Event e, Instant now) {
        Duration shift = Duration.between(e.sentAt(), now);
        return new Event(
                e.id(),
                e.seq(),
                e.source(),
                e.type(),
                e.occurredAt().plus(shift),
                now,
                e.lat(),
                e.lon(),
                e.confidence(),
                e.reporter(),
                e.attributes());
    }
}
