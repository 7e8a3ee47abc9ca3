package org.khareetaty.core.stream;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.khareetaty.core.event.EventCodec;

/**
 * How a {@link StreamClient} subscribes. Start from {@link #builder(URI)} and change what differs.
 *
 * @param url                   the feed, {@code ws://HOST:PORT/events} or {@code wss://...}; the client adds {@code since=SEQ}
 * @param token                 the bearer token sent as {@code Authorization: Bearer TOKEN}, or null
 * @param resumeAfterSeq        where to start: {@link #LIVE} (-1) for new events only, 0 for everything
 *                              the feed still holds, or the last sequence number processed in an earlier run
 * @param staleAfter            no event or heartbeat for this long makes the feed {@link FeedState#STALE}
 * @param reconnectWhenStaleFor no message for this long drops the connection and reconnects
 *                              ({@link Duration#ZERO}: never)
 * @param backoff               the waits between reconnect attempts
 * @param pingInterval          WebSocket pings to detect a dead connection ({@link Duration#ZERO}: none); a
 *                              ping unanswered by the next one fails the connection
 * @param maxMessageBytes       longer messages are rejected as {@code OVERSIZED} before they are parsed
 * @param rememberedIds         how many recent event ids the client keeps in memory for idempotence
 * @param alreadyProcessed      the caller's check for ids processed before a restart
 * @param tls                   the certificates trusted for {@code wss://}, or null for the JDK's defaults
 * @param handlerAttempts       how often an event is delivered again after the handler throws before it is skipped
 * @param maxClockSkew          how far in the future an event time may lie before it is rejected as {@code FUTURE_TIME}
 * @param clock                 the receiver's clock
 */
public record StreamConfig(
        URI url,
        String token,
        long resumeAfterSeq,
        Duration staleAfter,
        Duration reconnectWhenStaleFor,
        Backoff backoff,
        Duration pingInterval,
        int maxMessageBytes,
        int rememberedIds,
        ProcessedEventCheck alreadyProcessed,
        StreamTls tls,
        int handlerAttempts,
        Duration maxClockSkew,
        Clock clock) {

    /** {@link #resumeAfterSeq()} for "new events only". */
    public static final long LIVE = -1;

    public StreamConfig {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("ws") && !scheme.equals("wss")) {
            throw new IllegalArgumentException("feed URL must start with ws:// or wss://, got " + url);
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("feed URL has no host: " + url);
        }
        if (resumeAfterSeq < LIVE) {
            throw new IllegalArgumentException(
                    "resume point must be -1 (live), 0 (all) or a sequence number, got " + resumeAfterSeq);
        }
        requirePositive(staleAfter, "stale limit");
        Objects.requireNonNull(reconnectWhenStaleFor, "reconnectWhenStaleFor");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(pingInterval, "pingInterval");
        if (maxMessageBytes < 1024) {
            throw new IllegalArgumentException("message limit must be at least 1024 bytes, got " + maxMessageBytes);
        }
        if (rememberedIds < 1) {
            throw new IllegalArgumentException("remembered ids must be positive, got " + rememberedIds);
        }
        Objects.requireNonNull(alreadyProcessed, "alreadyProcessed (use ProcessedEventCheck.NONE)");
        if (handlerAttempts < 1) {
            throw new IllegalArgumentException("handler attempts must be at least 1, got " + handlerAttempts);
        }
        Objects.requireNonNull(maxClockSkew, "maxClockSkew");
        Objects.requireNonNull(clock, "clock");
    }

    /** {@link #builder(URI)} with every default. */
    public static StreamConfig of(URI url) {
        return builder(url).build();
    }

    /** {@link #of(URI)} from a string. */
    public static StreamConfig of(String url) {
        return of(URI.create(url));
    }

    /**
     * A subscription to {@code url}, to change what differs from the defaults: no token, live, stale
     * after 15 s (three missed 5 s heartbeats), reconnect after 45 s without a message,
     * {@link Backoff#DEFAULT}, a ping every 10 s, 64 KiB messages, 100,000 remembered ids, no
     * persistent check, the JDK's trust store, 3 handler attempts, 5 min skew, the system clock.
     */
    public static Builder builder(URI url) {
        return new Builder(url);
    }

    /** {@link #builder(URI)} from a string. */
    public static Builder builder(String url) {
        return builder(URI.create(url));
    }

    /** Collects a {@link StreamConfig}; {@link #build()} checks it (see the record's components). Not thread safe. */
    public static final class Builder {
        private final URI url;
        private String token;
        private long resumeAfterSeq = LIVE;
        private Duration staleAfter = Duration.ofSeconds(15);
        private Duration reconnectWhenStaleFor = Duration.ofSeconds(45);
        private Backoff backoff = Backoff.DEFAULT;
        private Duration pingInterval = Duration.ofSeconds(10);
        private int maxMessageBytes = EventCodec.DEFAULT_MAX_BYTES;
        private int rememberedIds = 100_000;
        private ProcessedEventCheck alreadyProcessed = ProcessedEventCheck.NONE;
        private StreamTls tls;
        private int handlerAttempts = 3;
        private Duration maxClockSkew = EventCodec.DEFAULT_MAX_SKEW;
        private Clock clock = Clock.systemUTC();

        private Builder(URI url) {
            this.url = url;
        }

        /** The bearer token; null or empty for none. */
        public Builder token(String t) {
            token = t == null || t.isEmpty() ? null : t;
            return this;
        }

        public Builder resumeAfter(long seq) {
            resumeAfterSeq = seq;
            return this;
        }

        /** Stale after {@code after}; drop and reconnect after {@code reconnectAfter} (zero: never). */
        public Builder stale(Duration after, Duration reconnectAfter) {
            staleAfter = after;
            reconnectWhenStaleFor = reconnectAfter;
            return this;
        }

        public Builder backoff(Backoff b) {
            backoff = b;
            return this;
        }

        public Builder pingInterval(Duration d) {
            pingInterval = d;
            return this;
        }

        public Builder maxMessageBytes(int bytes) {
            maxMessageBytes = bytes;
            return this;
        }

        public Builder rememberedIds(int n) {
            rememberedIds = n;
            return this;
        }

        public Builder alreadyProcessed(ProcessedEventCheck check) {
            alreadyProcessed = check;
            return this;
        }

        public Builder tls(StreamTls t) {
            tls = t;
            return this;
        }

        public Builder handlerAttempts(int n) {
            handlerAttempts = n;
            return this;
        }

        public Builder maxClockSkew(Duration d) {
            maxClockSkew = d;
            return this;
        }

        public Builder clock(Clock c) {
            clock = c;
            return this;
        }

        /** The configuration; {@link IllegalArgumentException} or {@link NullPointerException} names what is wrong. */
        public StreamConfig build() {
            return new StreamConfig(
                    url,
                    token,
                    resumeAfterSeq,
                    staleAfter,
                    reconnectWhenStaleFor,
                    backoff,
                    pingInterval,
                    maxMessageBytes,
                    rememberedIds,
                    alreadyProcessed,
                    tls,
                    handlerAttempts,
                    maxClockSkew,
                    clock);
        }
    }

    /** The codec that validates this subscription's messages. */
    EventCodec codec() {
        return new EventCodec(clock, maxMessageBytes, maxClockSkew);
    }

    /** The URL to open when resuming after {@code seq} ({@code since} replaced or added; none when live). */
    URI urlResumingAfter(long seq) {
        String query = url.getRawQuery();
        StringBuilder q = new StringBuilder();
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("since=") && !part.equals("since")) {
                    q.append(q.length() == 0 ? "" : "&").append(part);
                }
            }
        }
        if (seq >= 0) {
            q.append(q.length() == 0 ? "" : "&").append("since=").append(seq);
        }
        String s = url.getScheme() + "://" + url.getRawAuthority()
                + (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (q.length() == 0 ? "" : "?" + q);
        return URI.create(s);
    }

    private static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got " + d);
        }
    }
}
