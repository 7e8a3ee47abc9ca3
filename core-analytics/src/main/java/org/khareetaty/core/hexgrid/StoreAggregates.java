package org.khareetaty.core.hexgrid;

import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

/**
 * The gold aggregates of one store, for a caller that holds the store rather than a connection (the
 * command line, the window): catch up with completed imports, rebuild from the incidents, and their size. Each
 * call takes its own connection; a store that cannot be read is a {@link StoreException}.
 */
public final class StoreAggregates {
    private static final String WHAT = "read the aggregates of";

    private StoreAggregates() {}

    /** Aggregates every completed import not yet aggregated ({@link GoldAggregates#catchUp}); returns how many. */
    public static int catchUp(Store store) {
        return store.read(WHAT, GoldAggregates::catchUp);
    }

    /** Recomputes every aggregate from the incidents ({@link GoldAggregates#rebuild}) and returns what is stored then. */
    public static GoldAggregates.Stats rebuild(Store store) {
        return store.read(WHAT, c -> {
            GoldAggregates.rebuild(c);
            return GoldAggregates.stats(c);
        });
    }
}
