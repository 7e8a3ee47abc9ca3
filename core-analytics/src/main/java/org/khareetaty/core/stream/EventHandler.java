package org.khareetaty.core.stream;

import java.time.Instant;
import org.khareetaty.core.event.Event;

/**
 * Receives the feed's events: on one thread, one at a time, in the order they arrived, each event id
 * at most once. The client moves its resume point past an event only after this returns, so an event
 * whose handling was cut short (the handler threw, or the process died) is delivered again.
 */
@FunctionalInterface
public interface EventHandler {
    /**
     * Handles one valid event.
     *
     * @param event      the validated event
     * @param receivedAt when its message arrived (before validation and queueing)
     * @throws Exception to have the event delivered again (see {@link StreamConfig#handlerAttempts()})
     */
    void onEvent(Event event, Instant receivedAt) throws Exception;
}
