package org.khareetaty.core.alert.window;

import java.time.Duration;
import java.time.Instant;

/**
 * Stream time: the latest occurrence time seen so far (an event-time watermark without a delay).
 * An event's lateness is how far its occurrence time lies behind it; windows accept events up to
 * the allowed lateness and keep their state that much longer. Using event time rather than the
 * wall clock makes a replay behave as the live stream did.
 */
public final class Watermark {
    private long max = Long.MIN_VALUE;
    private long first = Long.MIN_VALUE;

    /** How far {@code t} lies behind stream time (zero when ahead of it, or before any event). */
    public Duration lateness(Instant t) {
        long ms = t.toEpochMilli();
        return max == Long.MIN_VALUE || ms >= max ? Duration.ZERO : Duration.ofMillis(max - ms);
    }

    /** Moves stream time forward to {@code t} if it is later. */
    public void advance(Instant t) {
        long ms = t.toEpochMilli();
        if (first == Long.MIN_VALUE) {
            first = ms;
        }
        first = Math.min(first, ms);
        max = Math.max(max, ms);
    }

    /** Stream time, or null before the first event. */
    public Instant now() {
        return max == Long.MIN_VALUE ? null : Instant.ofEpochMilli(max);
    }

    /** The earliest occurrence time seen (the start of the stream's history), or null. */
    public Instant firstSeen() {
        return first == Long.MIN_VALUE ? null : Instant.ofEpochMilli(first);
    }
}
