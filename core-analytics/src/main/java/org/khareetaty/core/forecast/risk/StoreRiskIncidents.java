package org.khareetaty.core.forecast.risk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.khareetaty.core.error.KhareetatyException;
import org.khareetaty.core.incidents.PlaceFlags;
import org.khareetaty.core.store.Store;

/**
 * The query class of hotspot forecasts: every incident's local day, location and kind of place from the
 * store ({@code location_description}, the Crime Open Database's {@code loc_cat}), for a
 * category filter, up to a last day (inclusive; null for all).
 */
public final class StoreRiskIncidents {
    private StoreRiskIncidents() {}

    /** The incidents of {@code categories} (all when empty) dated up to {@code through}, by day. */
    public static RiskIncidents load(Store store, List<String> categories, LocalDate through) {
        RiskIncidents in = store.read("read the incident locations of", c -> read(c, categories, through));
        if (in.size() == 0) {
            throw new KhareetatyException("the store has no incidents"
                    + (categories.isEmpty() ? "" : " of " + String.join(", ", categories))
                    + (through == null ? "" : " up to " + through) + ": import some first");
        }
        return in;
    }

    private static RiskIncidents read(Connection c, List<String> categories, LocalDate through) throws SQLException {
        StringBuilder sql = new StringBuilder(
                "SELECT local_date, lon, lat, location_description FROM incidents WHERE " + PlaceFlags.NOT_AT_FALLBACK);
        List<Object> args = new ArrayList<>();
        if (!categories.isEmpty()) {
            sql.append(" AND category IN (")
                    .append(String.join(", ", Collections.nCopies(categories.size(), "?")))
                    .append(')');
            args.addAll(categories);
        }
        if (through != null) {
            sql.append(" AND local_date <= ?");
            args.add(through);
        }
        sql.append(" ORDER BY local_date, id");
        int[] day = new int[1024];
        double[] lon = new double[1024];
        double[] lat = new double[1024];
        byte[] place = new byte[1024];
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setFetchSize(10_000);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n == day.length) {
                        day = Arrays.copyOf(day, n * 2);
                        lon = Arrays.copyOf(lon, n * 2);
                        lat = Arrays.copyOf(lat, n * 2);
                        place = Arrays.copyOf(place, n * 2);
                    }
                    day[n] = (int) rs.getObject(1, LocalDate.class).toEpochDay();
                    lon[n] = rs.getDouble(2);
                    lat[n] = rs.getDouble(3);
                    place[n] = (byte) PlaceKind.of(rs.getString(4)).ordinal();
                    n++;
                }
            }
        }
        return new RiskIncidents(
                Arrays.copyOf(day, n), Arrays.copyOf(lon, n), Arrays.copyOf(lat, n), Arrays.copyOf(place, n));
    }
}
