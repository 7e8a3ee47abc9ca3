package org.khareetaty.core.alert;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.khareetaty.core.store.Store;

/**
 * The analyst's state changes of one open store's alerts, as {@link Alerts} makes them, for the
 * engine on the same store: an engine updating an open alert reads its state here instead of from
 * the store. A store is open in one process at a time, and an engine reads the stored states when it
 * opens, so the changes made through the same open store are all it needs. Thread safe.
 */
final class AlertStates {
    private final Map<Long, AlertState> byId = new ConcurrentHashMap<>();

    /** The state changes of {@code store} (one instance per open store). */
    static AlertStates of(Store store) {
        return store.shared(AlertStates.class, AlertStates::new);
    }

    /** Alert {@code id}'s latest state changed by an analyst, or null when none changed it. */
    AlertState get(long id) {
        return byId.get(id);
    }

    /** Records that alert {@code id} is now in {@code state}. */
    void changed(long id, AlertState state) {
        byId.put(id, state);
    }
}
