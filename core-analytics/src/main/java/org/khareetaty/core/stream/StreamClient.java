package org.khareetaty.core.stream;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventCodec;
import org.khareetaty.core.event.EventFrame;
import org.khareetaty.core.event.Frame;
import org.khareetaty.core.event.Heartbeat;
import org.khareetaty.core.event.Received;
import org.khareetaty.core.event.RejectedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A resilient subscription to a live event feed over WebSocket (OkHttp): it authenticates with a
 * bearer token, validates every message with {@link EventCodec} (a bad message is rejected with its
 * reason and logged; the connection stays up), reconnects with {@link Backoff exponential backoff
 * and jitter}, resumes with {@code since=} the last <em>processed</em> sequence number, hands each
 * event id to the {@link EventHandler} at most once, and reports its {@link FeedHealth}.
 *
 * <p>Threads: OkHttp's reader decodes and validates; a single handler thread
 * ({@code khareetaty-stream-events}) calls the handler in arrival order; a control thread
 * ({@code khareetaty-stream-control}) schedules reconnects, detects staleness and calls the health
 * listener. A full hand-over queue ({@value #QUEUE_CAPACITY} messages) blocks the reader, which
 * stops reading the socket: a slow handler slows the feed instead of filling the heap.
 *
 * <p>A refusal of the token (HTTP 401 or 403) is final: the state becomes {@link FeedState#CLOSED}
 * with the server's message in {@link FeedHealth#detail()} and {@link #failure()}. So is a TLS
 * certificate the client does not trust (or issued for another host): retrying cannot make it
 * trusted, and the message says to trust it ({@code --trust}). Every other failure is retried.
 */
public final class StreamClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamClient.class);
    /** Messages decoded but not yet handled, at most. */
    static final int QUEUE_CAPACITY = 4096;

    private static final Duration HEALTH_REPORT_INTERVAL = Duration.ofSeconds(1);
    private static final Inbound STOP = new Inbound(Long.MIN_VALUE, null, null);

    private final StreamConfig config;
    private final EventHandler handler;
    private final FeedHealthListener listener;
    private final EventCodec codec;
    private final OkHttpClient http;
    private final ExecutorService okhttpThreads;
    private final ScheduledExecutorService control;
    private final Thread eventThread;
    private final BlockingQueue<Inbound> inbound = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final RecentIds recent;
    private final Map<String, Integer> failedAttempts = new HashMap<>();
    private final SplittableRandom jitter = new SplittableRandom();

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong heartbeats = new AtomicLong();
    private final Map<RejectedMessage.Reason, AtomicLong> rejected = new EnumMap<>(RejectedMessage.Reason.class);
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong outOfOrder = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong handlerFailures = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    private final Object lock = new Object();
    // written under lock; the volatile ones are read without it on the message path
    private volatile FeedState state = FeedState.CONNECTING;
    private Instant stateSince;
    private String detail;
    private volatile long generation;
    private WebSocket socket;
    private int attempt;
    private volatile boolean closed;
    private String failure;
    private FeedCounters lastReported;
    private Instant lastReportAt = Instant.EPOCH;

    private volatile Instant lastMessageAt;
    private volatile long resumeAfter;
    // handler thread only
    private long highestSeq = -1;

    private StreamClient(StreamConfig config, EventHandler handler, FeedHealthListener listener) {
        this.config = config;
        this.handler = handler;
        this.listener = listener;
        this.codec = config.codec();
        this.recent = new RecentIds(config.rememberedIds());
        this.resumeAfter = config.resumeAfterSeq();
        for (RejectedMessage.Reason r : RejectedMessage.Reason.values()) {
            rejected.put(r, new AtomicLong());
        }
        this.stateSince = config.clock().instant();
        this.detail = "connecting to " + config.url();
        this.okhttpThreads = Executors.newCachedThreadPool(daemon("khareetaty-stream-okhttp"));
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(okhttpThreads))
                .pingInterval(config.pingInterval())
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ZERO)
                .webSocketCloseTimeout(Duration.ofSeconds(2))
                .retryOnConnectionFailure(false);
        if (config.tls() != null) {
            b.sslSocketFactory(config.tls().socketFactory(), config.tls().trustManager());
        }
        this.http = b.build();
        this.control = Executors.newSingleThreadScheduledExecutor(daemon("khareetaty-stream-control"));
        this.eventThread = daemon("khareetaty-stream-events").newThread(this::handleLoop);
    }

    /**
     * Subscribes: starts connecting at once and returns; events go to {@code handler}, health to
     * {@code health}. Close the client when done.
     */
    public static StreamClient connect(StreamConfig config, EventHandler handler, FeedHealthListener health) {
        StreamClient c = new StreamClient(config, handler, health == null ? FeedHealthListener.NONE : health);
        c.eventThread.start();
        synchronized (c.lock) {
            c.reportLocked();
        }
        c.control.execute(c::open);
        long tick = Math.max(20, Math.min(1000, config.staleAfter().toMillis() / 5));
        c.control.scheduleWithFixedDelay(c::tick, tick, tick, TimeUnit.MILLISECONDS);
        return c;
    }

    /** The subscription's health now. */
    public FeedHealth health() {
        synchronized (lock) {
            return snapshotLocked();
        }
    }

    /**
     * The resume point: the highest sequence number processed (or, before any event, the feed's
     * position learnt from a heartbeat); -1 when none. Persist it with the handler's results and pass
     * it as {@link StreamConfig.Builder#resumeAfter(long)} after a restart.
     */
    public long lastProcessedSeq() {
        return resumeAfter;
    }

    /** Why the client gave up for good (the feed refused the token), if it did. */
    public Optional<String> failure() {
        synchronized (lock) {
            return Optional.ofNullable(failure);
        }
    }

    /**
     * Closes the connection and stops the threads. Waits (up to 10 s) for a handler call in progress
     * to return, so the resume point read afterwards is final. Queued events not yet handled are
     * dropped: the next subscription resumes before them.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed && state == FeedState.CLOSED && control.isShutdown()) {
                return;
            }
            closed = true;
            generation++;
            if (socket != null) {
                socket.close(1000, "client closed");
                socket = null;
            }
            if (state != FeedState.CLOSED) {
                setStateLocked(FeedState.CLOSED, "closed by the client");
            }
        }
        inbound.clear();
        inbound.offer(STOP);
        try {
            if (Thread.currentThread() != eventThread) {
                eventThread.join(10_000);
            }
            control.shutdown();
            control.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        okhttpThreads.shutdown();
        http.connectionPool().evictAll();
    }

    // ---- connection (control thread and OkHttp threads)

    private void open() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            long gen = ++generation;
            long since = resumeAfter;
            Request.Builder r =
                    new Request.Builder().url(config.urlResumingAfter(since).toString());
            if (config.token() != null) {
                r.header("Authorization", "Bearer " + config.token());
            }
            socket = http.newWebSocket(r.build(), new Connection(gen));
            LOG.debug("connecting to {} (resuming after seq {})", config.url(), since);
        }
    }

    private final class Connection extends WebSocketListener {
        private final long gen;

        Connection(long gen) {
            this.gen = gen;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            synchronized (lock) {
                if (gen != generation || closed) {
                    return;
                }
                attempt = 0;
                lastMessageAt = config.clock().instant();
                setStateLocked(
                        FeedState.CONNECTED,
                        "connected to " + config.url()
                                + (resumeAfter >= 0 ? " (resuming after seq " + resumeAfter + ")" : " (live)"));
            }
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            Instant at = config.clock().instant();
            if (!current(gen)) {
                return;
            }
            alive(at);
            Frame frame;
            try {
                frame = codec.decode(text);
            } catch (RejectedMessage r) {
                reject(Rejection.of(r, text, at));
                return;
            }
            Inbound item = new Inbound(gen, frame, at);
            try {
                while (!inbound.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    if (!current(gen)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void onMessage(WebSocket webSocket, okio.ByteString bytes) {
            Instant at = config.clock().instant();
            if (current(gen)) {
                alive(at);
                reject(new Rejection(
                        RejectedMessage.Reason.MALFORMED_JSON,
                        null,
                        "binary message of " + bytes.size() + " bytes: the feed sends JSON text messages",
                        "",
                        bytes.size(),
                        at));
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            lost(
                    gen,
                    "the feed closed the connection (" + code + (reason == null || reason.isEmpty() ? "" : " " + reason)
                            + ")",
                    null);
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            lost(gen, "connection closed (" + code + ")", null);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            String untrusted = untrustedCertificate(t);
            if (untrusted != null) {
                giveUp(gen, untrusted);
                return;
            }
            lost(gen, describe(t, response), response);
        }
    }

    private boolean current(long gen) {
        return gen == generation && !closed;
    }

    private void alive(Instant at) {
        lastMessageAt = at;
        if (state == FeedState.STALE) {
            synchronized (lock) {
                if (state == FeedState.STALE && !closed) {
                    setStateLocked(FeedState.CONNECTED, "messages again after a stale spell");
                }
            }
        }
    }

    private String describe(Throwable t, Response response) {
        if (response != null && response.code() != 101) {
            String body = "";
            try {
                body = response.peekBody(4096).string().trim();
            } catch (IOException | IllegalStateException e) {
                // the body is gone; the status says enough
            }
            String what = response.code() == 401 || response.code() == 403
                    ? "the feed refused the " + (config.token() == null ? "connection without a token" : "token")
                    : "the feed did not accept the WebSocket upgrade";
            return "HTTP " + response.code() + (response.message().isEmpty() ? "" : " " + response.message()) + " from "
                    + config.url() + ": " + what + (body.isEmpty() ? "" : " (" + body + ")");
        }
        String message = t.getMessage() == null
                ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + t.getMessage();
        return "connection to " + config.url() + " failed: " + message;
    }

    /**
     * Why the TLS handshake failed on the feed's certificate ({@code t} or a cause is a certificate
     * or peer verification failure), or null when it was something else.
     */
    private String untrustedCertificate(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.security.cert.CertificateException
                    || c instanceof java.security.cert.CertPathValidatorException
                    || c instanceof javax.net.ssl.SSLPeerUnverifiedException) {
                return "the TLS certificate of " + config.url() + " is not trusted (" + c.getMessage()
                        + "): if it is the feed's own, trust it with --trust KEYSTORE holding it or its CA";
            }
        }
        return null;
    }

    /** The connection of generation {@code gen} failed for good: the client closes with {@code why}. */
    private void giveUp(long gen, String why) {
        synchronized (lock) {
            if (gen != generation || closed) {
                return;
            }
            generation++;
            socket = null;
            closed = true;
            failure = why;
            LOG.error("{}; giving up", why);
            setStateLocked(FeedState.CLOSED, why);
        }
    }

    /** The connection of generation {@code gen} is gone: give up on a refusal, else reconnect. */
    private void lost(long gen, String why, Response response) {
        synchronized (lock) {
            if (gen != generation || closed) {
                return;
            }
            generation++;
            socket = null;
            if (response != null && (response.code() == 401 || response.code() == 403)) {
                closed = true;
                failure = why;
                LOG.error("{}; giving up (check the token)", why);
                setStateLocked(FeedState.CLOSED, why);
                return;
            }
            LOG.warn("{}", why);
            scheduleReconnectLocked(why);
        }
    }

    /** Drops the current connection (if it is still {@code gen}) and reconnects after the backoff. */
    private void reconnect(long gen, String why) {
        synchronized (lock) {
            if (gen != generation || closed) {
                return;
            }
            generation++;
            if (socket != null) {
                socket.cancel();
                socket = null;
            }
            LOG.warn("{}", why);
            scheduleReconnectLocked(why);
        }
    }

    private void scheduleReconnectLocked(String why) {
        attempt++;
        reconnects.incrementAndGet();
        Duration wait = config.backoff().delay(attempt, jitter.nextDouble());
        setStateLocked(
                FeedState.RECONNECTING, why + "; reconnecting in " + wait.toMillis() + " ms (attempt " + attempt + ")");
        control.schedule(this::open, wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Staleness and periodic counter reports (control thread). */
    private void tick() {
        Instant now = config.clock().instant();
        synchronized (lock) {
            if (closed) {
                return;
            }
            Instant last = lastMessageAt;
            if (last != null && (state == FeedState.CONNECTED || state == FeedState.STALE)) {
                Duration quiet = Duration.between(last, now);
                if (state == FeedState.CONNECTED && quiet.compareTo(config.staleAfter()) > 0) {
                    setStateLocked(
                            FeedState.STALE,
                            "no event or heartbeat for " + quiet.toMillis() + " ms (stale after "
                                    + config.staleAfter().toMillis() + " ms)");
                    LOG.warn("feed {} is stale: {}", config.url(), detail);
                } else if (state == FeedState.STALE
                        && !config.reconnectWhenStaleFor().isZero()
                        && quiet.compareTo(config.reconnectWhenStaleFor()) > 0) {
                    long gen = generation;
                    control.execute(() -> reconnect(
                            gen, "no event or heartbeat for " + quiet.toMillis() + " ms: dropping the connection"));
                }
            }
            FeedCounters counters = countersNow();
            if (!counters.equals(lastReported)
                    && Duration.between(lastReportAt, now).compareTo(HEALTH_REPORT_INTERVAL) >= 0) {
                reportLocked();
            }
        }
    }

    private void setStateLocked(FeedState s, String why) {
        state = s;
        stateSince = config.clock().instant();
        detail = why;
        reportLocked();
    }

    private void reportLocked() {
        FeedHealth h = snapshotLocked();
        lastReported = h.counters();
        lastReportAt = h.at();
        callListener(() -> listener.onHealth(h));
    }

    private FeedHealth snapshotLocked() {
        return new FeedHealth(
                state,
                stateSince,
                lastMessageAt,
                resumeAfter,
                detail,
                countersNow(),
                config.clock().instant());
    }

    private FeedCounters countersNow() {
        Map<RejectedMessage.Reason, Long> byReason = new EnumMap<>(RejectedMessage.Reason.class);
        rejected.forEach((r, n) -> byReason.put(r, n.get()));
        return new FeedCounters(
                received.get(),
                processed.get(),
                heartbeats.get(),
                byReason,
                duplicates.get(),
                outOfOrder.get(),
                reconnects.get(),
                handlerFailures.get(),
                skipped.get());
    }

    private void callListener(Runnable call) {
        try {
            control.execute(() -> {
                try {
                    call.run();
                } catch (RuntimeException e) {
                    LOG.warn("feed health listener failed", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: the final report was already queued
        }
    }

    private void reject(Rejection r) {
        rejected.get(r.reason()).incrementAndGet();
        LOG.warn(
                "rejected feed message ({}){}: {} [{} chars: {}]",
                r.reason(),
                r.eventId() == null ? "" : " " + r.eventId(),
                r.message(),
                r.length(),
                r.excerpt());
        callListener(() -> listener.onRejected(r));
    }

    // ---- events (handler thread)

    private record Inbound(long generation, Frame frame, Instant receivedAt) {}

    private void handleLoop() {
        List<Inbound> waiting = new ArrayList<>();
        int max = handler instanceof BatchEventHandler b ? Math.max(1, b.maxBatch()) : 1;
        while (true) {
            try {
                waiting.add(inbound.take());
            } catch (InterruptedException e) {
                return;
            }
            if (max > 1) {
                inbound.drainTo(waiting, max - 1);
            }
            List<Inbound> events = new ArrayList<>(waiting.size());
            for (Inbound in : waiting) {
                if (in == STOP) {
                    return;
                }
                if (!current(in.generation())) {
                    continue;
                }
                if (in.frame() instanceof Heartbeat h) {
                    deliverAll(events);
                    events.clear();
                    heartbeats.incrementAndGet();
                    if (resumeAfter < 0) {
                        resumeAfter = h.seq();
                    }
                } else if (in.frame() instanceof EventFrame) {
                    events.add(in);
                }
            }
            deliverAll(events);
            waiting.clear();
        }
    }

    /** Delivers queued events: together when the handler takes batches and more than one is new, else one by one. */
    private void deliverAll(List<Inbound> events) {
        List<Inbound> fresh = new ArrayList<>(events.size());
        Set<String> ids = new HashSet<>();
        for (Inbound in : events) {
            if (!current(in.generation())) {
                continue;
            }
            Event e = ((EventFrame) in.frame()).event();
            received.incrementAndGet();
            Boolean isNew = fresh(e, in);
            if (isNew == null) {
                // the check failed; failed() reconnected, so the rest of this generation is dropped
                return;
            }
            if (isNew && !ids.add(e.id())) {
                duplicates.incrementAndGet();
                continue;
            }
            if (isNew) {
                fresh.add(in);
            }
        }
        if (fresh.size() > 1 && handler instanceof BatchEventHandler b) {
            List<Received> batch = new ArrayList<>(fresh.size());
            for (Inbound in : fresh) {
                batch.add(new Received(((EventFrame) in.frame()).event(), in.receivedAt()));
            }
            boolean handled;
            try {
                b.onEvents(batch);
                handled = true;
            } catch (Exception ex) {
                LOG.debug(
                        "a batch of {} events failed in the handler ({}); delivering them one at a time",
                        batch.size(),
                        ex.toString());
                handled = false;
            }
            if (handled) {
                for (Received r : batch) {
                    handled(r.event());
                }
                return;
            }
        }
        for (Inbound in : fresh) {
            if (current(in.generation())) {
                handle(((EventFrame) in.frame()).event(), in);
            }
        }
    }

    /**
     * Whether {@code e} is new (not seen before); null when the already-processed check failed. A
     * seen event only moves the resume point past it.
     */
    private Boolean fresh(Event e, Inbound in) {
        boolean seen;
        try {
            seen = recent.contains(e.id()) || config.alreadyProcessed().alreadyProcessed(e);
        } catch (Exception ex) {
            failed(e, ex, in.generation());
            return null;
        }
        if (seen) {
            duplicates.incrementAndGet();
            advance(e.seq());
            return false;
        }
        if (e.seq() <= highestSeq) {
            outOfOrder.incrementAndGet();
        }
        highestSeq = Math.max(highestSeq, e.seq());
        return true;
    }

    private void handle(Event e, Inbound in) {
        try {
            handler.onEvent(e, in.receivedAt());
        } catch (Exception ex) {
            failed(e, ex, in.generation());
            return;
        } catch (Error err) {
            synchronized (lock) {
                closed = true;
                failure = "the event handler threw " + err + " on event " + e.id() + "; the client stopped";
                setStateLocked(FeedState.CLOSED, failure);
            }
            throw err;
        }
        handled(e);
    }

    private void handled(Event e) {
        recent.add(e.id());
        failedAttempts.remove(e.id());
        processed.incrementAndGet();
        advance(e.seq());
    }

    private void advance(long seq) {
        if (seq > resumeAfter) {
            resumeAfter = seq;
        }
    }

    private void failed(Event e, Exception ex, long gen) {
        handlerFailures.incrementAndGet();
        int n = failedAttempts.merge(e.id(), 1, Integer::sum);
        boolean skip = n >= config.handlerAttempts();
        callListener(() -> listener.onHandlerFailure(e, ex, n, skip));
        if (skip) {
            LOG.error(
                    "event {} (seq {}) failed in the handler {} times; skipping it: {}",
                    e.id(),
                    e.seq(),
                    n,
                    ex.toString());
            failedAttempts.remove(e.id());
            skipped.incrementAndGet();
            recent.add(e.id());
            advance(e.seq());
            return;
        }
        reconnect(
                gen,
                "the event handler failed on event " + e.id() + " (seq " + e.seq() + ", attempt " + n + " of "
                        + config.handlerAttempts() + "): " + ex + "; resuming after seq " + resumeAfter);
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, n.getAndIncrement() == 0 ? name : name + "-" + n.get());
            t.setDaemon(true);
            return t;
        };
    }
}
