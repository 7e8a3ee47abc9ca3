package org.khareetaty.core.stream;

import org.khareetaty.core.event.Event;

/**
 * Says whether an event was already processed in an earlier run, so that idempotence by id survives
 * a restart: the client asks it about every event id that is not in its in-memory set of recent
 * ids, before calling the handler. A persistent store answers it, e.g. by an indexed lookup of the
 * event id, or cheaply by "seq at or below my persisted watermark, and id recorded". Called on the
 * handler's thread.
 */
@FunctionalInterface
public interface ProcessedEventCheck {
    /** Checks nothing: only the in-memory set of recent ids is used. */
    ProcessedEventCheck NONE = e -> false;

    /** True when {@code event} (by its id) was processed before and must be skipped. */
    boolean alreadyProcessed(Event event) throws Exception;
}
