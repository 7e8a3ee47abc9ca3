package org.khareetaty.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.stream.EventHandler;

/** An event handler that records every event it is given, and the thread it ran on. */
class Handled implements EventHandler {
    final List<Event> events = new ArrayList<>();
    final java.util.Set<String> threads = new java.util.HashSet<>();

    @Override
    public synchronized void onEvent(Event event, Instant receivedAt) throws Exception {
        threads.add(Thread.currentThread().getName());
        events.add(event);
    }

    synchronized int size() {
        return events.size();
    }

    synchronized List<Event> snapshot() {
        return new ArrayList<>(events);
    }

    /** How many times each id was handled. */
    synchronized Map<String, Integer> countsById() {
        Map<String, Integer> m = new TreeMap<>();
        for (Event e : events) {
            m.merge(e.id(), 1, Integer::sum);
        }
        return m;
    }
}
