package org.khareetaty.core.alert.corroboration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.khareetaty.core.alert.ObservedEvent;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.LocalDistance;
import org.khareetaty.core.geo.MetreGrid;

/**
 * The corroboration window: recent events in a grid of buckets as wide as the corroboration radius,
 * one queue per source in each bucket, so that the events of other sources within the radius and
 * the time window of an event are found in the nine buckets around it. Each queue keeps at most the
 * configured number of newest events (a memory bound for a dense stream: the best corroborator of a
 * source is then looked for among its newest events there). Events are dropped once stream time has
 * passed them by the window plus the allowed lateness. Not thread safe.
 */
public final class NearbyEvents {
    private static final int SOURCES = EventSource.values().length;
    private final double radiusM;
    private final long window;
    private final long lateness;
    private final int cap;
    private final MetreGrid grid;
    private final Map<Long, Bucket> buckets = new HashMap<>();
    private long size;

    private static final class Bucket {
        @SuppressWarnings("unchecked")
        final ArrayDeque<ObservedEvent>[] bySource = new ArrayDeque[SOURCES];
    }

    public NearbyEvents(AlertConfig.Corroboration config, Duration lateness) {
        this.radiusM = config.radiusM();
        this.window = config.window().toMillis();
        this.lateness = lateness.toMillis();
        this.cap = config.maxPerSourceCell();
        this.grid = new MetreGrid(radiusM);
    }

    /**
     * For each source other than {@code e}'s, its most confident event within the radius and window
     * of {@code e} (earlier or later in occurrence time).
     */
    public Map<EventSource, ObservedEvent> bestOfOtherSources(ObservedEvent e) {
        Map<EventSource, ObservedEvent> best = new EnumMap<>(EventSource.class);
        double lat = e.event().lat();
        double lon = e.event().lon();
        long t = e.at().toEpochMilli();
        int own = e.event().source().ordinal();
        LocalDistance from = new LocalDistance(lat, lon);
        for (long key : grid.neighbours(lat, lon)) {
            Bucket b = buckets.get(key);
            if (b == null) {
                continue;
            }
            for (int s = 0; s < SOURCES; s++) {
                ArrayDeque<ObservedEvent> q = b.bySource[s];
                if (s == own || q == null) {
                    continue;
                }
                EventSource source = EventSource.values()[s];
                for (ObservedEvent o : q) {
                    if (Math.abs(o.at().toEpochMilli() - t) > window) {
                        continue;
                    }
                    ObservedEvent cur = best.get(source);
                    if ((cur == null || o.confidence() > cur.confidence()) && from.within(o.event().lat(), o.event().lon(), radiusM)) {
                        best.put(source, o);
                    }
                }
            }
        }
        return best;
    }

    /** Adds {@code e} to the window. */
    public void add(ObservedEvent e) {
        Bucket b = buckets.computeIfAbsent(grid.key(e.event().lat(), e.event().lon()), k -> new Bucket());
        int s = e.event().source().ordinal();
        ArrayDeque<ObservedEvent> q = b.bySource[s];
        if (q == null) {
            q = b.bySource[s] = new ArrayDeque<>();
        }
        q.addLast(e);
        size++;
        if (q.size() > cap) {
            q.removeFirst();
            size--;
        }
    }

    /** Drops events older than the window plus the allowed lateness at {@code watermark}. */
    public void expire(Instant watermark) {
        long limit = watermark.toEpochMilli() - window - lateness;
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket b = it.next();
            boolean empty = true;
            for (int s = 0; s < SOURCES; s++) {
                ArrayDeque<ObservedEvent> q = b.bySource[s];
                if (q == null) {
                    continue;
                }
                int before = q.size();
                q.removeIf(o -> o.at().toEpochMilli() < limit);
                size -= before - q.size();
                if (q.isEmpty()) {
                    b.bySource[s] = null;
                } else {
                    empty = false;
                }
            }
            if (empty) {
                it.remove();
            }
        }
    }

    /** Events held. */
    public long size() {
        return size;
    }
}
