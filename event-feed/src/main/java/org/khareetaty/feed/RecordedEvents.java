package org.khareetaty.feed;

import java.io.IOException;
import java.util.Iterator;
import org.khareetaty.core.event.Event;

/**
 * What a feed plays: events in the order they were sent, with increasing sequence numbers and their
 * recorded {@code sent_at} (the feed paces by the gaps between them). A replay file
 * ({@link ReplayFile}) or a generator ({@link #of(Iterator)}).
 */
public interface RecordedEvents extends AutoCloseable {
    /** The next event, or null at the end. */
    Event next() throws IOException;

    @Override
    default void close() throws IOException {}

    /** Events from an iterator, e.g. a stream generator. */
    static RecordedEvents of(Iterator<Event> events) {
        return () -> events.hasNext() ? events.next() : null;
    }
}
