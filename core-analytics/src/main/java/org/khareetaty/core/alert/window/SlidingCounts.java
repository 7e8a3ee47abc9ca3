package org.khareetaty.core.alert.window;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sliding-window counts per grid cell: windows of {@code length} (1 hour) starting every
 * {@code slide} (15 minutes), kept as panes of one slide each, so a window is the sum of its
 * length/slide panes and an event touches one pane. Besides the events, each pane counts the
 * incidents begun in it (what a spike is made of) and keeps the sum of severities and the set of
 * sources of its events (for a spike's severity and corroboration terms).
 * Panes are dropped once no window that could still take a late event needs them. Not thread safe.
 */
public final class SlidingCounts {
    private final long length;
    private final long slide;
    private final long lateness;
    private final TreeMap<Long, Map<Long, Pane>> panes = new TreeMap<>();

    /** One cell's share of a pane. */
    private static final class Pane {
        int count;
        int incidents;
        double severity;
        int sources;
    }

    /** A window's totals for one cell: events, incidents begun, severity sum, and a bit per {@code EventSource} ordinal. */
    public record Totals(int count, int incidents, double severitySum, int sourceMask) {
        /** Independent sources in the window. */
        public int sources() {
            return Integer.bitCount(sourceMask);
        }
    }

    public SlidingCounts(Duration length, Duration slide, Duration lateness) {
        this.length = length.toMillis();
        this.slide = slide.toMillis();
        this.lateness = lateness.toMillis();
    }

    /** Counts an event of {@code cell} at {@code t} with its severity and source ordinal. */
    public void add(long cell, Instant t, double severity, int sourceOrdinal) {
        long start = Math.floorDiv(t.toEpochMilli(), slide) * slide;
        Pane p = panes.computeIfAbsent(start, k -> new HashMap<>()).computeIfAbsent(cell, k -> new Pane());
        p.count++;
        p.severity += severity;
        p.sources |= 1 << sourceOrdinal;
    }

    /** Counts an incident of {@code cell} begun at {@code t}. */
    public void addIncident(long cell, Instant t) {
        long start = Math.floorDiv(t.toEpochMilli(), slide) * slide;
        panes.computeIfAbsent(start, k -> new HashMap<>()).computeIfAbsent(cell, k -> new Pane()).incidents++;
    }

    /** Moves an incident begun at {@code t} from {@code from}'s count to {@code to}'s (a pane already dropped: to's alone). */
    public void moveIncident(long from, long to, Instant t) {
        long start = Math.floorDiv(t.toEpochMilli(), slide) * slide;
        Map<Long, Pane> pane = panes.get(start);
        Pane p = pane == null ? null : pane.get(from);
        if (p != null && p.incidents > 0) {
            p.incidents--;
        }
        addIncident(to, t);
    }

    /** The end of the latest window that holds {@code t}: the end of {@code t}'s pane. */
    public Instant windowEndFor(Instant t) {
        return Instant.ofEpochMilli(Math.floorDiv(t.toEpochMilli(), slide) * slide + slide);
    }

    /** The totals of {@code cell} in the window {@code [end - length, end)}. */
    public Totals totals(long cell, Instant end) {
        long e = end.toEpochMilli();
        int count = 0;
        int incidents = 0;
        double sev = 0;
        int mask = 0;
        for (Map<Long, Pane> pane : panes.subMap(e - length, true, e, false).values()) {
            Pane p = pane.get(cell);
            if (p != null) {
                count += p.count;
                incidents += p.incidents;
                sev += p.severity;
                mask |= p.sources;
            }
        }
        return new Totals(count, incidents, sev, mask);
    }

    /** The window length. */
    public Duration length() {
        return Duration.ofMillis(length);
    }

    /** Drops panes that no window still open to late events needs. */
    public void expire(Instant watermark) {
        long limit = watermark.toEpochMilli() - lateness - length - slide;
        panes.headMap(limit, false).clear();
    }

    /** Panes held. */
    public int panes() {
        return panes.size();
    }
}
