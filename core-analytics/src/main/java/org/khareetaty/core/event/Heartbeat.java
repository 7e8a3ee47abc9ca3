package org.khareetaty.core.event;

import java.time.Instant;

/**
 * A feed's heartbeat: sent when no event has been sent for a while, so that a client can tell a
 * quiet feed from a stale one.
 *
 * @param seq    the sequence number of the last event sent before it (0 when none)
 * @param sentAt when the feed sent it
 */
public record Heartbeat(long seq, Instant sentAt) implements Frame {}
