package org.khareetaty.core.alert.corroboration;

import java.time.Duration;
import java.time.Instant;
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
 * one ring per source in each bucket, so that the events of other sources within the radius and
 * the time window of an event are found in the nine buckets around it. Each ring keeps at most the
 * configured number of newest events (a memory bound for a dense stream: the best corroborator of a
 * source is then looked for among its newest events there), with their time, place and confidence
 * in primitive arrays so that a lookup does not chase an object per candidate. Events are dropped
 * once stream time has passed them by the window plus the allowed lateness. Not thread safe.
 */
public final class NearbyEvents {
    private static final int SOURCES = EventSource.values().length;
    private final double radiusM;
    private final long window;
    private final long lateness;
    private final int cap;
    private final MetreGrid grid;
    private final Map<Long, Ring[]> buckets = new HashMap<>();
    private long size;

    /** The newest events of one source in one bucket, oldest overwritten first. */
    private static final class Ring {
        final long[] at;
        final double[] lat;
        final double[] lon;
        final double[] confidence;
        final ObservedEvent[] events;
        int next;
        int count;

        Ring(int cap) {
            at = new long[cap];
            lat = new double[cap];
            lon = new double[cap];
            confidence = new double[cap];
            events = new ObservedEvent[cap];
        }

        /** Adds {@code e}; true when the ring was full and the oldest event was overwritten. */
        boolean add(ObservedEvent e) {
            int i = next;
            boolean full = count == at.length;
            at[i] = e.at().toEpochMilli();
            lat[i] = e.event().lat();
            lon[i] = e.event().lon();
            confidence[i] = e.confidence();
            events[i] = e;
            next = (i + 1) % at.length;
            if (!full) {
                count++;
            }
            return full;
        }

        /** Forgets events older than {@code limit}; returns how many. */
        int expire(long limit) {
            int removed = 0;
            int start = (next - count + at.length) % at.length;
            for (int k = 0; k < count; k++) {
                int i = (start + k) % at.length;
                if (events[i] != null && at[i] < limit) {
                    events[i] = null;
                    removed++;
                }
            }
            // compact: keep the live ones in arrival order
            if (removed > 0) {
                int live = 0;
                ObservedEvent[] keep = new ObservedEvent[count - removed];
                for (int k = 0; k < count; k++) {
                    int i = (start + k) % at.length;
                    if (events[i] != null) {
                        keep[live++] = events[i];
                    }
                }
                java.util.Arrays.fill(events, null);
                count = 0;
                next = 0;
                for (ObservedEvent e : keep) {
                    add(e);
                }
            }
            return removed;
        }
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
        double lat = e.event().lat();
        double lon = e.event().lon();
        long t = e.at().toEpochMilli();
        int own = e.event().source().ordinal();
        LocalDistance from = new LocalDistance(lat, lon);
        double r2 = radiusM * radiusM;
        ObservedEvent[] best = new ObservedEvent[SOURCES];
        double[] bestConfidence = new double[SOURCES];
        boolean any = false;
        for (long key : grid.neighbours(lat, lon)) {
            Ring[] rings = buckets.get(key);
            if (rings == null) {
                continue;
            }
            for (int s = 0; s < SOURCES; s++) {
                Ring r = rings[s];
                if (s == own || r == null) {
                    continue;
                }
                for (int i = 0; i < r.count; i++) {
                    if (Math.abs(r.at[i] - t) <= window
                            && (best[s] == null || r.confidence[i] > bestConfidence[s])
                            && from.squaredMetres(r.lat[i], r.lon[i]) <= r2) {
                        best[s] = r.events[i];
                        bestConfidence[s] = r.confidence[i];
                        any = true;
                    }
                }
            }
        }
        if (!any) {
            return Map.of();
        }
        Map<EventSource, ObservedEvent> out = new EnumMap<>(EventSource.class);
        for (int s = 0; s < SOURCES; s++) {
            if (best[s] != null) {
                out.put(EventSource.values()[s], best[s]);
            }
        }
        return out;
    }

    /** Adds {@code e} to the window. */
    public void add(ObservedEvent e) {
        Ring[] rings =
                buckets.computeIfAbsent(grid.key(e.event().lat(), e.event().lon()), k -> new Ring[SOURCES]);
        int s = e.event().source().ordinal();
        if (rings[s] == null) {
            rings[s] = new Ring(cap);
        }
        if (!rings[s].add(e)) {
            size++;
        }
    }

    /** Drops events older than the window plus the allowed lateness at {@code watermark}. */
    public void expire(Instant watermark) {
        long limit = watermark.toEpochMilli() - window - lateness;
        for (Iterator<Ring[]> it = buckets.values().iterator(); it.hasNext(); ) {
            Ring[] rings = it.next();
            boolean empty = true;
            for (int s = 0; s < SOURCES; s++) {
                Ring r = rings[s];
                if (r == null) {
                    continue;
                }
                size -= r.expire(limit);
                if (r.count == 0) {
                    rings[s] = null;
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
