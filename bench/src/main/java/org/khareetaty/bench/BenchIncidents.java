package org.khareetaty.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

/**
 * The incidents of a store as compact columns (time, place, offense type, category), in time order:
 * the material the alert benchmark makes its live events from.
 */
record BenchIncidents(long[] millis, double[] lat, double[] lon, String[] type, String[] category) {

    /** Reads every incident of {@code store}. */
    static BenchIncidents read(Store store) {
        try (Connection c = store.connect();
                Statement s = c.createStatement()) {
            int n;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM incidents")) {
                rs.next();
                n = rs.getInt(1);
            }
            if (n == 0) {
                throw new IllegalArgumentException(
                        "The store at " + store.dir() + " has no incidents to make events from: "
                                + "create one with `khareetaty demo --store DIR` and pass --from DIR");
            }
            long[] t = new long[n];
            double[] lat = new double[n];
            double[] lon = new double[n];
            String[] type = new String[n];
            String[] cat = new String[n];
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery(
                    "SELECT occurred_at, lat, lon, offense_type, category FROM incidents ORDER BY occurred_at, id")) {
                int i = 0;
                while (rs.next() && i < n) {
                    t[i] = rs.getObject(1, OffsetDateTime.class).toInstant().toEpochMilli();
                    lat[i] = rs.getDouble(2);
                    lon[i] = rs.getDouble(3);
                    type[i] = rs.getString(4).intern();
                    cat[i] = rs.getString(5).intern();
                    i++;
                }
            }
            return new BenchIncidents(t, lat, lon, type, cat);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the incidents of " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    int size() {
        return millis.length;
    }
}
