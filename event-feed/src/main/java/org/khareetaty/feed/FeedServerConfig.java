package org.khareetaty.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link FeedServer} serves. Start from {@link #defaults()}.
 *
 * @param host              the address to listen on ({@code 127.0.0.1} by default: the feed is local unless asked)
 * @param port              the port, 0 for any free port
 * @param path              the WebSocket path, {@code /events}
 * @param token             the bearer token clients must send, or null for none
 * @param keystore          the key for {@code wss://}, or null for plain {@code ws://}
 * @param speed             playback speed: 1 real time, 10 ten times faster, 0 as fast as the subscribers take it
 * @param retime            true to move each event's times to now (keeping its occurred-to-sent lag), so a
 *                          recording looks live; false to send the recorded {@code occurred_at}
 * @param heartbeatInterval a subscriber sent nothing for this long gets a heartbeat
 * @param bufferCapacity    the replay buffer: how many recent events a resuming client can get back
 * @param waitForSubscribers start playing once this many subscribers are connected (0: at once)
 * @param clock             the server's clock ({@code sent_at})
 * @param allowedOrigins    the web origins ({@code https://console.example}) whose pages may subscribe; an upgrade
 *                          carrying any other {@code Origin} (a browser sends one, the stream client none) is refused
 */
public record FeedServerConfig(
        String host,
        int port,
        String path,
        String token,
        FeedKeystore keystore,
        double speed,
        boolean retime,
        Duration heartbeatInterval,
        int bufferCapacity,
        int waitForSubscribers,
        Clock clock,
        List<String> allowedOrigins) {
    /** Longest message accepted from a client (clients send nothing but control frames). */
    static final int MAX_CLIENT_MESSAGE_BYTES = 4096;

    public FeedServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /, got " + path);
        }
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException(
                    "speed must be a positive factor or 0 (as fast as possible), got " + speed);
        }
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("heartbeat interval must be positive, got " + heartbeatInterval);
        }
        if (bufferCapacity < 1) {
            throw new IllegalArgumentException("buffer capacity must be positive, got " + bufferCapacity);
        }
        if (waitForSubscribers < 0) {
            throw new IllegalArgumentException("subscribers to wait for must be 0 or more, got " + waitForSubscribers);
        }
        Objects.requireNonNull(clock, "clock");
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException(
                    "an empty token would let anyone subscribe: give a token, or none for an open feed");
        }
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    /**
     * 127.0.0.1, any free port, {@code /events}, no token, no TLS, real time, retimed, heartbeat every
     * 5 s, 50,000 buffered events, playing at once.
     */
    public static FeedServerConfig defaults() {
        return new FeedServerConfig(
                "127.0.0.1",
                0,
                "/events",
                null,
                null,
                1.0,
                true,
                Duration.ofSeconds(5),
                50_000,
                0,
                Clock.systemUTC(),
                List.of());
    }

    public FeedServerConfig withWaitForSubscribers(int n) {
        return new FeedServerConfig(
                host,
                port,
                path,
                token,
                keystore,
                speed,
                retime,
                heartbeatInterval,
                bufferCapacity,
                n,
                clock,
                allowedOrigins);
    }

    public FeedServerConfig withHost(String h) {
        return new FeedServerConfig(
                h,
                port,
                path,
                token,
                keystore,
                speed,
                retime,
                heartbeatInterval,
                bufferCapacity,
                waitForSubscribers,
                clock,
                allowedOrigins);
    }

    public FeedServerConfig withPort(int p) {
        return new FeedServerConfig(
                host,
                p,
                path,
                token,
                keystore,
                speed,
                retime,
                heartbeatInterval,
                bufferCapacity,
                waitForSubscribers,
                clock,
                allowedOrigins);
    }

    /** With bearer token {@code t} (null: an open feed). */
    public FeedServerConfig withToken(String t) {
        return new FeedServerConfig(
                host,
                port,
                path,
                t,
                keystore,
                speed,
                retime,
                heartbeatInterval,
                bufferCapacity,
                waitForSubscribers,
                clock,
                allowedOrigins);
    }

    public FeedServerConfig withKeystore(FeedKeystore k) {
        return new FeedServerConfig(
                host,
                port,
                path,
                token,
                k,
                speed,
                retime,
                heartbeatInterval,
                bufferCapacity,
                waitForSubscribers,
                clock,
                allowedOrigins);
    }

    public FeedServerConfig withSpeed(double s) {
        return new FeedServerConfig(
                host,
                port,
                path,
                token,
                keystore,
                s,
                retime,
                heartbeatInterval,
                bufferCapacity,
                waitForSubscribers,
                clock,
                allowedOrigins);
    }

    public FeedServerConfig withRetime(boolean r) {
        return new FeedServerConfig(
                host,
                port,
                path,
                token,
                keystore,
                speed,
                r,
                heartbeatInterval,
                bufferCapacity,
                waitForSubscribers,
                clock,
                allowedOrigins);
    }

    public FeedServerConfig withHeartbeatInterval(Duration d) {
        return new FeedServerConfig(
                host,
                port,
                path,
                token,
                keystore,
                speed,
                retime,
                d,
                bufferCapacity,
                waitForSubscribers,
                clock,
                allowedOrigins);
    }

    public FeedServerConfig withBufferCapacity(int n) {
        return new FeedServerConfig(
                host,
                port,
                path,
                token,
                keystore,
                speed,
                retime,
                heartbeatInterval,
                n,
                waitForSubscribers,
                clock,
                allowedOrigins);
    }

    /** With the web origins whose pages may subscribe (none by default). */
    public FeedServerConfig withAllowedOrigins(List<String> origins) {
        return new FeedServerConfig(
                host,
                port,
                path,
                token,
                keystore,
                speed,
                retime,
                heartbeatInterval,
                bufferCapacity,
                waitForSubscribers,
                clock,
                origins);
    }

    /**
     * Parses a speed option: a positive factor ({@code 1}, {@code 60}, {@code 0.5}), or {@code 0} /
     * {@code max} for as fast as possible.
     */
    public static double parseSpeed(String text) {
        String s = text.trim();
        if (s.equalsIgnoreCase("max")) {
            return 0;
        }
        if (s.endsWith("x") || s.endsWith("X")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            double v = Double.parseDouble(s);
            if (v >= 0 && Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("speed '" + text + "' is not a positive factor (e.g. 1, 10, 0.5) or 0/max");
    }
}
