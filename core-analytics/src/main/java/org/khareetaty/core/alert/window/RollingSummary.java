package org.khareetaty.core.alert.window;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.khareetaty.core.event.EventSource;

/**
 * The rolling summary (24 hours by default) in hourly buckets: events and incidents begun per
 * cell, events per source and per category. It gives each cell's baseline hourly rate of incidents
 * for the spike prediction and the stream's recent totals for display. Buckets older than the summary length (plus the allowed lateness)
 * are dropped. Not thread safe.
 */
public final class RollingSummary {
    private static final long HOUR = 3_600_000;
    private final long length;
    private final long lateness;
    private final TreeMap<Long, Hour> hours = new TreeMap<>();

    private static final class Hour {
        final Map<Long, int[]> cells = new HashMap<>();
        final Map<Long, int[]> incidents = new HashMap<>();
        final long[] bySource = new long[EventSource.values().length];
        final Map<String, long[]> byCategory = new HashMap<>();
        long total;
    }

    /** Totals over the summary period. */
    public record Totals(
            Instant from,
            Instant to,
            long events,
            Map<EventSource, Long> bySource,
            Map<String, Long> byCategory,
            int cells) {}

    public RollingSummary(Duration length, Duration lateness) {
        this.length = length.toMillis();
        this.lateness = lateness.toMillis();
    }

    /** Counts an event. */
    public void add(long cell, Instant t, EventSource source, String category) {
        Hour h = hours.computeIfAbsent(Math.floorDiv(t.toEpochMilli(), HOUR) * HOUR, k -> new Hour());
        h.cells.computeIfAbsent(cell, k -> new int[1])[0]++;
        h.bySource[source.ordinal()]++;
        h.byCategory.computeIfAbsent(category, k -> new long[1])[0]++;
        h.total++;
    }

    /** Counts an incident of {@code cell} begun at {@code t}. */
    public void addIncident(long cell, Instant t) {
        hours.computeIfAbsent(Math.floorDiv(t.toEpochMilli(), HOUR) * HOUR, k -> new Hour())
                .incidents
                .computeIfAbsent(cell, k -> new int[1])[0]++;
    }

    /** Moves an incident begun at {@code t} from {@code from}'s count to {@code to}'s (a bucket already dropped: to's alone). */
    public void moveIncident(long from, long to, Instant t) {
        Hour h = hours.get(Math.floorDiv(t.toEpochMilli(), HOUR) * HOUR);
        int[] c = h == null ? null : h.incidents.get(from);
        if (c != null && c[0] > 0) {
            c[0]--;
        }
        addIncident(to, t);
    }

    /** Incidents of {@code cell} begun in the hourly buckets that start in {@code [from, to)}. */
    public int cellIncidents(long cell, Instant from, Instant to) {
        int n = 0;
        for (Hour h : hours.subMap(from.toEpochMilli(), true, to.toEpochMilli(), false)
                .values()) {
            int[] c = h.incidents.get(cell);
            if (c != null) {
                n += c[0];
            }
        }
        return n;
    }

    /** Events of {@code cell} in the hourly buckets that start in {@code [from, to)}. */
    public int cellCount(long cell, Instant from, Instant to) {
        int n = 0;
        for (Hour h : hours.subMap(from.toEpochMilli(), true, to.toEpochMilli(), false)
                .values()) {
            int[] c = h.cells.get(cell);
            if (c != null) {
                n += c[0];
            }
        }
        return n;
    }

    /** The start of the hour holding {@code t}. */
    public static Instant hourOf(Instant t) {
        return Instant.ofEpochMilli(Math.floorDiv(t.toEpochMilli(), HOUR) * HOUR);
    }

    /** Totals of the summary period ending with the hour of {@code watermark}. */
    public Totals totals(Instant watermark) {
        long to = Math.floorDiv(watermark.toEpochMilli(), HOUR) * HOUR + HOUR;
        long from = to - length;
        long events = 0;
        Map<EventSource, Long> bySource = new java.util.EnumMap<>(EventSource.class);
        Map<String, Long> byCategory = new TreeMap<>();
        java.util.Set<Long> cells = new java.util.HashSet<>();
        for (Hour h : hours.subMap(from, true, to, false).values()) {
            events += h.total;
            for (EventSource s : EventSource.values()) {
                if (h.bySource[s.ordinal()] > 0) {
                    bySource.merge(s, h.bySource[s.ordinal()], Long::sum);
                }
            }
            h.byCategory.forEach((k, v) -> byCategory.merge(k, v[0], Long::sum));
            cells.addAll(h.cells.keySet());
        }
        return new Totals(
                Instant.ofEpochMilli(from), Instant.ofEpochMilli(to), events, bySource, byCategory, cells.size());
    }

    /** Drops hours wholly older than the summary length plus the allowed lateness. */
    public void expire(Instant watermark) {
        long limit = watermark.toEpochMilli() - length - lateness - HOUR;
        hours.headMap(limit, false).clear();
    }

    /** Hourly buckets held. */
    public int buckets() {
        return hours.size();
    }
}
