package org.khareetaty.bench;

import java.time.Instant;
import java.util.Iterator;
import org.khareetaty.core.event.Event;
import org.khareetaty.feed.RecordedEvents;

/**
 * A generated stream recorded at a fixed rate, for the feed server to play: event {@code i}
 * (counted from 0) is recorded as sent at {@code start + i / rate}, so the server, which paces by
 * the gaps between recorded {@code sent_at}, plays exactly {@code rate} events per second; its
 * {@code occurred_at} is moved with it, keeping the generator's occurred-to-sent lag (a CAD call a
 * minute or two after the incident, a sensor a few seconds). With the server's retiming the events
 * then look live: event time runs with the wall clock, minus each event's lag. Sequence numbers are
 * kept. Ends after {@code count} events.
 */
final class PacedEvents implements RecordedEvents {
    private final Iterator<Event> events;
    private final Instant start;
    private final double rate;
    private final long count;
    private long i;

    /**
     * @param events the generated stream, in the order to send (e.g. {@link BenchEventStream})
     * @param start  the recorded send time of the first event
     * @param rate   events per second, above 0
     * @param count  events to play
     */
    PacedEvents(Iterator<Event> events, Instant start, double rate, long count) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be a positive number of events per second, got " + rate);
        }
        this.events = events;
        this.start = start;
        this.rate = rate;
        this.count = count;
    }

    @Override
    public Event next() {
        if (i >= count || !events.hasNext()) {
            return null;
        }
        Event e = events.next();
        Instant sent = start.plusNanos(Math.round(i++ * 1e9 / rate));
        Instant occurred = sent.minus(java.time.Duration.between(e.occurredAt(), e.sentAt()));
        return new Event(
                e.id(),
                e.seq(),
                e.source(),
                e.type(),
                occurred,
                sent,
                e.lat(),
                e.lon(),
                e.confidence(),
                e.reporter(),
                e.attributes());
    }
}
