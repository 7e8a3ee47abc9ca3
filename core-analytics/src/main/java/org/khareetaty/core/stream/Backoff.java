package org.khareetaty.core.stream;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the client waits before reconnect attempt {@code n}: capped exponential backoff with
 * "equal jitter" (Brooker, "Exponential Backoff And Jitter", AWS Architecture Blog, 2015):
 * {@code d(n) = min(cap, base * 2^(n-1))}, then a random share of up to {@code jitter} of it is
 * taken off, so the wait is uniform in {@code [(1 - jitter) d(n), d(n)]}. The jitter keeps many
 * workstations that lost the same feed from reconnecting in lock step.
 *
 * @param base   the delay before the first attempt (before jitter), positive
 * @param cap    the longest delay, at least {@code base}
 * @param jitter the share of the delay that is random, 0..1
 */
public record Backoff(Duration base, Duration cap, double jitter) {
    /** 0.5 s, doubling to at most 30 s, up to half of it random. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), 0.5);

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("backoff base must be positive, got " + base);
        }
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff cap " + cap + " is shorter than its base " + base);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("backoff jitter must be in 0..1, got " + jitter);
        }
    }

    /**
     * The wait before attempt {@code attempt} (1 for the first reconnect).
     *
     * @param uniform a random number in [0, 1)
     */
    public Duration delay(int attempt, double uniform) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1, got " + attempt);
        }
        double exponential = base.toNanos() * StrictMath.pow(2, Math.min(attempt - 1, 60));
        double capped = Math.min(cap.toNanos(), exponential);
        return Duration.ofNanos((long) (capped * (1 - jitter * uniform)));
    }
}
