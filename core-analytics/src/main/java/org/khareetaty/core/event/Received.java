package org.khareetaty.core.event;

import java.time.Instant;

/**
 * A valid event and when its message arrived: what the stream client hands to its handler and what
 * the alert engine processes (the engine's latency from arrival to decision starts at
 * {@code receivedAt}).
 *
 * @param event      the validated event
 * @param receivedAt when its message arrived (before validation and queueing)
 */
public record Received(Event event, Instant receivedAt) {}
