package org.khareetaty.core.stream;

import java.time.Instant;

/**
 * A snapshot of a feed subscription's health, for the UI's feed indicator.
 *
 * @param state            the state
 * @param since            when the client entered it
 * @param lastMessageAt    when the last event or heartbeat arrived, or null before the first
 * @param lastProcessedSeq the resume point: the highest sequence number processed (or learnt from a
 *                         heartbeat before any event), -1 when none
 * @param detail           what happened last, in words (e.g. the server's refusal, or the backoff)
 * @param counters         the running totals
 * @param at               when this snapshot was taken
 */
public record FeedHealth(
        FeedState state,
        Instant since,
        Instant lastMessageAt,
        long lastProcessedSeq,
        String detail,
        FeedCounters counters,
        Instant at) {}
