package org.khareetaty.core.alert.window;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tumbling-window event counts per grid cell: fixed, non-overlapping windows aligned to the epoch
 * (5 minutes by default: 12:00-12:05, 12:05-12:10, ...). An event is counted in the window of its
 * occurrence time, also when it arrives late within the allowed lateness; a window is dropped once
 * stream time has passed its end by the allowed lateness. Not thread safe.
 */
public final class TumblingCounts {
    private final long size;
    private final long lateness;
    private final TreeMap<Long, Map<Long, int[]>> windows = new TreeMap<>();

    public TumblingCounts(Duration size, Duration lateness) {
        this.size = size.toMillis();
        this.lateness = lateness.toMillis();
    }

    /** The start of the window holding {@code t}. */
    public Instant windowStart(Instant t) {
        return Instant.ofEpochMilli(Math.floorDiv(t.toEpochMilli(), size) * size);
    }

    /** Counts an event of {@code cell} at {@code t}. */
    public void add(long cell, Instant t) {
        long start = Math.floorDiv(t.toEpochMilli(), size) * size;
        windows.computeIfAbsent(start, k -> new HashMap<>()).computeIfAbsent(cell, k -> new int[1])[0]++;
    }

    /** The count of {@code cell} in the window holding {@code t} (0 when the window was dropped or is empty). */
    public int count(long cell, Instant t) {
        Map<Long, int[]> w = windows.get(Math.floorDiv(t.toEpochMilli(), size) * size);
        int[] c = w == null ? null : w.get(cell);
        return c == null ? 0 : c[0];
    }

    /** Every cell's count in the window starting at {@code start}. */
    public Map<Long, Integer> counts(Instant start) {
        Map<Long, Integer> out = new HashMap<>();
        windows.getOrDefault(start.toEpochMilli(), Map.of()).forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    /** Drops the windows that ended more than the allowed lateness before {@code watermark}. */
    public void expire(Instant watermark) {
        long limit = watermark.toEpochMilli() - lateness - size;
        windows.headMap(limit, false).clear();
    }

    /** Windows held. */
    public int windows() {
        return windows.size();
    }
}
