package org.khareetaty.core.stream;

import java.util.LinkedHashMap;
import java.util.Map;

/** The most recent processed event ids, oldest forgotten first. Used on the handler thread only. */
final class RecentIds {
    private final LinkedHashMap<String, Boolean> ids;

    RecentIds(int capacity) {
        this.ids = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    boolean contains(String id) {
        return ids.containsKey(id);
    }

    void add(String id) {
        ids.put(id, Boolean.TRUE);
    }
}
