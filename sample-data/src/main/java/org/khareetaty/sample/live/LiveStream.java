package org.khareetaty.sample.live;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.khareetaty.core.event.Event;

/**
 * The generated stream in send order, made a UTC day at a time: an event is released once no event of
 * a later day can be sent before it (events lead their incident by at most {@link #MAX_LEAD}).
 * Numbered from 1 in send order; ties broken by id.
 */
final class LiveStream implements Iterator<Event> {
    /** The earliest an event is sent before its incident's day could begin: corroboration leads by 3 min. */
    static final Duration MAX_LEAD = Duration.ofMinutes(5);

    private static final Comparator<Event> SEND_ORDER =
            Comparator.comparing(Event::sentAt).thenComparing(Event::id);

    private final List<StoreIncident> incidents;
    private final IncidentEvents perIncident;
    private final BackgroundEvents background;
    private final PriorityQueue<Event> pending = new PriorityQueue<>(SEND_ORDER);
    private final LocalDate lastDay;
    private LocalDate nextDay;
    private int nextIncident;
    private long seq;

    LiveStream(LiveStreamSpec spec, List<StoreIncident> incidents) {
        this.incidents = incidents;
        this.perIncident = new IncidentEvents(spec);
        if (incidents.isEmpty()) {
            this.nextDay = null;
            this.lastDay = null;
            this.background = new BackgroundEvents(spec, incidents);
        } else {
            this.nextDay = day(incidents.get(0).occurredAt());
            this.lastDay = day(incidents.get(incidents.size() - 1).occurredAt());
            this.background = new BackgroundEvents(spec, incidents);
        }
    }

    @Override
    public boolean hasNext() {
        fill();
        return !pending.isEmpty();
    }

    @Override
    public Event next() {
        fill();
        Event e = pending.poll();
        if (e == null) {
            throw new NoSuchElementException("the stream has ended");
        }
        return e.withSeq(++seq);
    }

    private void fill() {
        while (nextDay != null
                && !nextDay.isAfter(lastDay)
                && (pending.isEmpty()
                        || !pending.peek().sentAt().isBefore(start(nextDay).minus(MAX_LEAD)))) {
            Instant end = start(nextDay.plusDays(1));
            while (nextIncident < incidents.size()
                    && incidents.get(nextIncident).occurredAt().isBefore(end)) {
                pending.addAll(perIncident.of(incidents.get(nextIncident++)));
            }
            pending.addAll(background.of(nextDay));
            nextDay = nextDay.plusDays(1);
        }
    }

    private static LocalDate day(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    private static Instant start(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
