package org.khareetaty.core.stream;

import org.khareetaty.core.event.Event;

/**
 * Hears about a subscription's health: state changes, counters (at most about once a second while
 * they change), rejected messages and handler failures. All calls come on one thread, the client's
 * control thread, never the handler's; a listener that throws is logged and ignored. A JavaFX view
 * hands each call on with {@code Platform.runLater}.
 */
public interface FeedHealthListener {
    /** Ignores everything. */
    FeedHealthListener NONE = h -> {};

    /** The state changed, or the counters moved. */
    void onHealth(FeedHealth health);

    /** A message was rejected; the connection stays up. */
    default void onRejected(Rejection rejection) {}

    /**
     * The handler threw on {@code event}.
     *
     * @param attempt  how many times it has failed on this event
     * @param skipped  true when the client gave the event up; otherwise it reconnects and delivers it again
     */
    default void onHandlerFailure(Event event, Exception error, int attempt, boolean skipped) {}
}
