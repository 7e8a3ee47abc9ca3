package org.khareetaty.core.hexgrid;

import java.sql.Connection;
import java.sql.SQLException;
import org.khareetaty.core.store.Store;

/**
 * Drill-downs of one store for a caller that holds the store rather than a connection (the command
 * line): a {@link DrillSession} opened after catching the aggregates up with completed imports, and
 * a connection of its own for each call. Thread safe, as the session is.
 */
public final class StoreDrill {
    private final Store store;
    private final DrillSession session;
    private final int aggregated;

    private StoreDrill(Store store, DrillSession session, int aggregated) {
        this.store = store;
        this.session = session;
        this.aggregated = aggregated;
    }

    /**
     * Aggregates any completed import not yet aggregated, then reads the store's aggregates and labels.
     *
     * @throws org.khareetaty.core.store.StoreException when the store cannot be read
     */
    public static StoreDrill open(Store store) {
        try (Connection c = store.connect()) {
            int merged = GoldAggregates.catchUp(c);
            return new StoreDrill(store, DrillSession.open(c), merged);
        } catch (SQLException e) {
            throw StoreAggregates.failed(store, e);
        }
    }

    /** How many imports {@link #open} aggregated first (0 when the aggregates were current). */
    public int aggregatedImports() {
        return aggregated;
    }

    /** The aggregates, brought up to date with the store. */
    public GoldCube cube() {
        try (Connection c = store.connect()) {
            return session.cube(c);
        } catch (SQLException e) {
            throw StoreAggregates.failed(store, e);
        }
    }

    /** A full drill-down of {@code scope}: cells, breadcrumbs, KPIs, profiles, quick hits and warnings. */
    public Drill drill(DrillScope scope) {
        try (Connection c = store.connect()) {
            return session.drill(c, scope);
        } catch (SQLException e) {
            throw StoreAggregates.failed(store, e);
        }
    }
}
