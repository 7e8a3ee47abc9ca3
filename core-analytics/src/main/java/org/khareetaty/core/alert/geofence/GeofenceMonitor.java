package org.khareetaty.core.alert.geofence;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.alert.ObservedEvent;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Watches events against the geofences: finds the geofences an event falls in (STR-tree of
 * envelopes, then point-in-polygon) and applies each one's rule. A count rule keeps the occurrence
 * times of the matching events inside its geofence for its window (in stream time). Not thread safe.
 */
public final class GeofenceMonitor {
    private final STRtree tree = new STRtree();
    private final List<Watched> watched = new ArrayList<>();

    /** A geofence whose rule an event satisfied, with the count in its window (1 for any/type rules). */
    public record Firing(Geofence geofence, int count) {}

    private static final class Watched {
        final Geofence fence;
        final IndexedPointInAreaLocator inside;
        final ArrayDeque<Long> times = new ArrayDeque<>();

        Watched(Geofence fence) {
            this.fence = fence;
            this.inside = new IndexedPointInAreaLocator(fence.polygon());
        }
    }

    public GeofenceMonitor(List<Geofence> fences) {
        for (Geofence f : fences) {
            Watched w = new Watched(f);
            watched.add(w);
            tree.insert(f.polygon().getEnvelopeInternal(), w);
        }
        tree.build();
    }

    /** The geofences whose rule {@code e} satisfies; a count rule also counts it when {@code count} is true. */
    public List<Firing> check(ObservedEvent e, boolean count) {
        if (watched.isEmpty()) {
            return List.of();
        }
        Coordinate c = new Coordinate(e.event().lon(), e.event().lat());
        List<Firing> out = new ArrayList<>();
        for (Object o : tree.query(new Envelope(c))) {
            Watched w = (Watched) o;
            GeofenceRule rule = w.fence.rule();
            if (!rule.matches(e.type()) || w.inside.locate(c) == Location.EXTERIOR) {
                continue;
            }
            if (rule.kind() != GeofenceRule.Kind.COUNT) {
                out.add(new Firing(w.fence, 1));
                continue;
            }
            long t = e.at().toEpochMilli();
            if (count) {
                w.times.addLast(t);
            }
            long from = t - rule.window().toMillis();
            int n = 0;
            for (long x : w.times) {
                if (x > from && x <= t) {
                    n++;
                }
            }
            if (n >= rule.count()) {
                out.add(new Firing(w.fence, n));
            }
        }
        return out;
    }

    /** Forgets event times no count window can need at {@code watermark} with {@code lateness} allowed. */
    public void expire(Instant watermark, java.time.Duration lateness) {
        long w = watermark.toEpochMilli() - lateness.toMillis();
        for (Watched x : watched) {
            long limit = w - x.fence.rule().window().toMillis();
            x.times.removeIf(t -> t <= limit);
        }
    }

    /** Geofences watched. */
    public int size() {
        return watched.size();
    }
}
