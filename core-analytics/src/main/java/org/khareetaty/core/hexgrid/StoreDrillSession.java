package org.khareetaty.core.hexgrid;

import java.sql.Connection;
import java.sql.SQLException;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

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
        return new StoreDrillSession(store, read(store, "open a drill-down session on", DrillSession::open));
    }

    /** The aggregates, brought up to date with the store. */
    public GoldCube cube() {
        return read(store, "read the H3 aggregates of", session::cube);
    }

    /** A full drill-down of {@code scope} ({@link DrillSession#drill}). */
    public Drill drill(DrillScope scope) {
        return read(store, "drill down into " + scope + " in", c -> session.drill(c, scope));
    }

    private interface Read<T> {
        T on(Connection c) throws SQLException;
    }

    private static <T> T read(Store store, String what, Read<T> read) {
        try (Connection c = store.connect()) {
            return read.on(c);
        } catch (SQLException e) {
            throw new StoreException("Cannot " + what + " the store at " + store.dir() + ": " + e.getMessage(), e);
        }
    }
}
