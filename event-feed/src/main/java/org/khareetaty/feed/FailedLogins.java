package org.khareetaty.feed;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Failed authentications per remote address, and how long each address must wait before its next
 * try: the first {@link #FREE} failures cost nothing (a mistyped token), then each further one
 * doubles the wait from one second up to {@link #LONGEST}. A success forgets the address. Guessing a
 * token of any length at one try per minute is hopeless; the waits are answered (HTTP 429), never
 * slept on a server thread, so a guesser cannot tie the server up. Thread safe.
 */
final class FailedLogins {
    /** Failures of one address that cost no wait. */
    static final int FREE = 3;
    /** The longest wait. */
    static final Duration LONGEST = Duration.ofSeconds(60);
    /** Addresses remembered at most; the oldest are forgotten first when there are more. */
    private static final int REMEMBERED = 10_000;

    private record Failures(int count, long untilNanos, long lastNanos) {}

    private final Map<String, Failures> byAddress = new HashMap<>();

    /** How long {@code address} must still wait before it may try again; zero when it may. */
    synchronized Duration waitFor(String address, long nowNanos) {
        Failures f = byAddress.get(address);
        return f == null || f.untilNanos() <= nowNanos ? Duration.ZERO : Duration.ofNanos(f.untilNanos() - nowNanos);
    }

    /** Records a failed try of {@code address}; returns how many it has made in a row. */
    synchronized int failed(String address, long nowNanos) {
        Failures f = byAddress.get(address);
        int count = f == null ? 1 : f.count() + 1;
        long wait = count <= FREE
                ? 0
                : Math.min(LONGEST.toNanos(), Duration.ofSeconds(1).toNanos() << Math.min(30, count - FREE - 1));
        byAddress.put(address, new Failures(count, nowNanos + wait, nowNanos));
        if (byAddress.size() > REMEMBERED) {
            forgetOldest();
        }
        return count;
    }

    /** Forgets {@code address}: it authenticated. */
    synchronized void succeeded(String address) {
        byAddress.remove(address);
    }

    private void forgetOldest() {
        String oldest = null;
        long at = Long.MAX_VALUE;
        for (var e : byAddress.entrySet()) {
            if (e.getValue().lastNanos() < at) {
                at = e.getValue().lastNanos();
                oldest = e.getKey();
            }
        }
        byAddress.remove(oldest);
    }
}
