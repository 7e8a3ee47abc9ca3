package org.khareetaty.core.hexgrid;

import org.khareetaty.core.store.Store;

/**
 * A {@link DrillSession} bound to its store, for callers that hold no connection (the
 * workstation's view models, the {@code drill} command): each call reads on a connection of its
 * own. Thread safe, as the session is. Catching the aggregates up with new imports is
 * {@link StoreAggregates#catchUp}.
 */
public final class StoreDrillSession {
    private final Store store;
    private final DrillSession session;

    private StoreDrillSession(Store store, DrillSession session) {
        this.store = store;
        this.session = session;
    }

    /** Opens a session on {@code store}: reads its aggregates and boundary layers ({@link DrillSession#open}). */
    public static StoreDrillSession open(Store store) {
        return open(store, java.util.Locale.ENGLISH);
    }

    /** {@link #open(Store)} with cells labelled in {@code language} (zones in Arabic where the layers name them so). */
    public static StoreDrillSession open(Store store, java.util.Locale language) {
        return new StoreDrillSession(
                store, store.read("open a drill-down session on", c -> DrillSession.open(c, language)));
    }

    /** The aggregates, brought up to date with the store. */
    public GoldCube cube() {
        return store.read("read the H3 aggregates of", session::cube);
    }

    /** A full drill-down of {@code scope} ({@link DrillSession#drill}). */
    public Drill drill(DrillScope scope) {
        return store.read("drill down into " + scope + " in", c -> session.drill(c, scope));
    }
}
