package org.khareetaty.core.etl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the likely geocoder fallbacks among an import's incidents: exact points that hold at least
 * {@link #MIN_INCIDENTS} incidents with at least {@link #MIN_ADDRESSES} different addresses (the
 * block, compared without case). A geocoder that cannot place an address often returns the city's
 * or county's centroid instead, so one point gathers addresses from all over the map.
 *
 * <p>The threshold, from the real Chicago sample (25,000 rows, 20,427 distinct points, geocoded to
 * the block): 20,407 points hold one block, 20 hold two or three spellings, and ignoring case no
 * point holds more than two blocks (a corner between two blocks); its busiest point holds 50
 * incidents of one block. Five different addresses at one exact point is then far beyond chance,
 * and ten incidents keep a handful of corner cases out. Sources without an address (no block
 * column) are not checked.
 */
final class GeocodeFallbacks {
    /** Incidents at one point before it can be a fallback. */
    static final int MIN_INCIDENTS = 10;
    /** Different addresses (blocks, without case) at one point that make it a fallback. */
    static final int MIN_ADDRESSES = 5;

    /** One point that holds many addresses. */
    record Stack(double lon, double lat, long incidents, long addresses) {
        /** The flag code, with the point as {@code --geocode-fallback} takes it. */
        String code() {
            return Flag.GEOCODE_FALLBACK + lon + "," + lat;
        }
    }

    private GeocodeFallbacks() {}

    /**
     * The likely fallbacks among the incidents of import {@code importId}, busiest first;
     * {@code withBlock} is how many of them have a block. The search reads every incident of the
     * import again (on the 2,000,000-row benchmark file 7% of the import's CPU), so an import with
     * fewer than {@link #MIN_INCIDENTS} addressed incidents, which cannot hold a fallback, is not read.
     */
    static List<Stack> find(Connection c, long importId, long withBlock) throws SQLException {
        if (withBlock < MIN_INCIDENTS) {
            return List.of();
        }
        long first;
        try (PreparedStatement ps = c.prepareStatement("SELECT first_incident_id FROM imports WHERE id = ?")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                first = rs.getLong(1);
            }
        }
        List<Stack> out = new ArrayList<>();
        // the import's incidents are a primary-key range from its first id
        try (PreparedStatement ps = c.prepareStatement("SELECT lon, lat, COUNT(*), COUNT(DISTINCT UPPER(block)) "
                + "FROM incidents WHERE id >= ? AND import_id = ? AND block IS NOT NULL GROUP BY lon, lat "
                + "HAVING COUNT(*) >= ? AND COUNT(DISTINCT UPPER(block)) >= ? ORDER BY 3 DESC, 1, 2")) {
            ps.setLong(1, first);
            ps.setLong(2, importId);
            ps.setInt(3, MIN_INCIDENTS);
            ps.setInt(4, MIN_ADDRESSES);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Stack(rs.getDouble(1), rs.getDouble(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        return out;
    }
}
