package org.khareetaty.core.stream;

/** The health of a feed subscription, as the workstation shows it. */
public enum FeedState {
    /** The first connection attempt is under way. */
    CONNECTING,
    /** Connected, and a message (event or heartbeat) arrived within the stale limit. */
    CONNECTED,
    /** Connected, but no event or heartbeat for longer than the stale limit: the feed may be hung. */
    STALE,
    /** The connection was lost or refused; the client waits out its backoff and tries again. */
    RECONNECTING,
    /** Closed by the caller, or given up for good (the feed refused the token). */
    CLOSED
}
