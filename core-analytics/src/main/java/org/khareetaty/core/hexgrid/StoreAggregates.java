package org.khareetaty.core.hexgrid;

import java.sql.Connection;
import java.sql.SQLException;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

/**
 * The gold aggregates of one store, for a caller that holds the store rather than a connection (the
 * command line, the window): catch up with completed imports, rebuild from the incidents, and their size. Each
 * call takes its own connection; a store that cannot be read is a {@link StoreException}.
 */
public final class StoreAggregates {
    private StoreAggregates() {}

    /** Aggregates every completed import not yet aggregated ({@link GoldAggregates#catchUp}); returns how many. */
    public static int catchUp(Store store) {
        try (Connection c = store.connect()) {
            return GoldAggregates.catchUp(c);
        } catch (SQLException e) {
            throw failed(store, e);
        }
    }

    /** Recomputes every aggregate from the incidents ({@link GoldAggregates#rebuild}) and returns what is stored then. */
    public static GoldAggregates.Stats rebuild(Store store) {
        try (Connection c = store.connect()) {
            GoldAggregates.rebuild(c);
            return GoldAggregates.stats(c);
        } catch (SQLException e) {
            throw failed(store, e);
        }
    }

    private static StoreException failed(Store store, SQLException e) {
        return new StoreException(
                "Cannot read the aggregates of the store at " + store.dir() + ": " + e.getMessage(), e);
    }
}
