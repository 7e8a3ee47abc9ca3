package org.khareetaty.core.alert.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.khareetaty.core.geo.MetreGrid;

/**
 * What the session windows and the spike's incident count keep of open incidents: each at its place, in
 * the buckets of a metre grid as wide as the search radius, so that a search around a point reads the
 * nine buckets around it ({@link #neighbours}, {@link #at}) and expiry walks them all. The searches stay
 * with their owners, who differ in what they look for. Not thread safe.
 */
final class PlaceBuckets<T> {
    private final MetreGrid grid;
    private final Map<Long, List<T>> byBucket = new HashMap<>();
    private int size;

    /** Buckets for searches within {@code radiusM}. */
    PlaceBuckets(double radiusM) {
        this.grid = new MetreGrid(radiusM);
    }

    /** Keeps {@code item} at ({@code lat}, {@code lon}). */
    void add(double lat, double lon, T item) {
        byBucket.computeIfAbsent(grid.key(lat, lon), k -> new ArrayList<>()).add(item);
        size++;
    }

    /** The keys of the buckets that can hold an item within the radius of ({@code lat}, {@code lon}). */
    long[] neighbours(double lat, double lon) {
        return grid.neighbours(lat, lon);
    }

    /** The items of bucket {@code key}, or null when it holds none; not to be changed. */
    List<T> at(long key) {
        return byBucket.get(key);
    }

    /** Drops every item {@code gone} says is gone, telling {@code ended} of each. */
    void expire(Predicate<T> gone, Consumer<T> ended) {
        for (Iterator<List<T>> lists = byBucket.values().iterator(); lists.hasNext(); ) {
            List<T> list = lists.next();
            for (Iterator<T> it = list.iterator(); it.hasNext(); ) {
                T item = it.next();
                if (gone.test(item)) {
                    it.remove();
                    size--;
                    ended.accept(item);
                }
            }
            if (list.isEmpty()) {
                lists.remove();
            }
        }
    }

    /** Items held. */
    int size() {
        return size;
    }

    /** Every item held. */
    List<T> all() {
        List<T> out = new ArrayList<>();
        byBucket.values().forEach(out::addAll);
        return out;
    }
}
