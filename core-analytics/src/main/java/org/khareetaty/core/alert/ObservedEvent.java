package org.khareetaty.core.alert;

import java.time.Instant;
import org.khareetaty.core.event.Event;

/**
 * An event as the engine saw it: the event, its grid cell, its classified type, and the
 * spatial-sensitivity term of where it happened.
 *
 * @param cell     H3 cell at the configured window resolution
 * @param type     the event type, lower case
 * @param category offense category ({@code violent}, {@code weapons}, ...)
 * @param severity threat severity 0..1
 * @param spatial  spatial-sensitivity term 0..1 (0 when enrichment failed)
 * @param zone     zone code of the primary boundary layer, or null
 */
public record ObservedEvent(
        Event event, long cell, String type, String category, double severity, double spatial, String zone) {

    /** The event id. */
    public String id() {
        return event.id();
    }

    /** When the event occurred. */
    public Instant at() {
        return event.occurredAt();
    }

    /** The source's confidence. */
    public double confidence() {
        return event.confidence();
    }
}
