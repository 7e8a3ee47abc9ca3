package org.khareetaty.core.alert.score;

import java.time.Duration;
import java.time.Instant;

/**
 * The temporal-urgency term: 1 for an event as new as the stream, halving with every half-life of
 * age, {@code 0.5 ^ (age / halfLife)}. Age is measured against stream time (the latest occurrence
 * time the engine has seen), not the wall clock, so that a replayed day scores as it did live.
 */
public final class TemporalUrgency {
    private final double halfLifeMillis;

    public TemporalUrgency(Duration halfLife) {
        this.halfLifeMillis = halfLife.toMillis();
    }

    /** The urgency of an event that occurred at {@code occurred} when the stream is at {@code streamTime}. */
    public double of(Instant occurred, Instant streamTime) {
        double age = Math.max(0, streamTime.toEpochMilli() - occurred.toEpochMilli());
        return Math.pow(0.5, age / halfLifeMillis);
    }
}
