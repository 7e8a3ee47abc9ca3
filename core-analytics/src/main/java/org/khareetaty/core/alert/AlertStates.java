package org.khareetaty.core.alert;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyst's state changes of the alerts of each store, as {@link Alerts} makes them, for the
 * engines of the same process: an engine updating an open alert reads its state here instead of
 * from the store. A store is open in one process at a time, so every change goes through here.
 */
final class AlertStates {
    private static final Map<Path, Map<Long, AlertState>> BY_STORE = new ConcurrentHashMap<>();

    private AlertStates() {
    }

    /** The states changed so far in the store at {@code dir}: alert id to its latest state. */
    static Map<Long, AlertState> of(Path dir) {
        return BY_STORE.computeIfAbsent(dir.toAbsolutePath().normalize(), k -> new ConcurrentHashMap<>());
    }

    /** Records that alert {@code id} of the store at {@code dir} is now in {@code state}. */
    static void changed(Path dir, long id, AlertState state) {
        of(dir).put(id, state);
    }
}
