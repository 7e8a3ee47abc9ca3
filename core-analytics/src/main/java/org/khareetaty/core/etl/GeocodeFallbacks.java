package org.khareetaty.core.etl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.incidents.PlaceFlags;

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
 * and ten incidents keep a handful of corner cases out. A source without an address (the Crime
 * Open Database: no block column) is checked by the zone each record states (its own district): a
 * centroid gathers reports from all over the city, each with its own district, while in the real
 * aggravated-assault file (coordinates to 4 decimals, so up to 11 m apart share a point) no point
 * holds more than 2 districts.
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
     * Flags the incidents of import {@code importId} at {@code stack}'s point ({@code place_flag}
     * {@link PlaceFlags#GEOCODE_FALLBACK}), so that no hotspot analysis reads them; a flag they had
     * (kept at the study area's edge) follows it, since the drill-down's aggregates keep it; the
     * caller commits.
     */
    static void mark(Connection c, long importId, Stack stack) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE incidents SET place_flag = "
                + "CASE WHEN place_flag IS NULL THEN ? ELSE LEFT(? || '; ' || place_flag, 200) END WHERE id >= ? "
                + "AND import_id = ? AND lon = ? AND lat = ?")) {
            String flag = PlaceFlags.GEOCODE_FALLBACK + ": " + stack.addresses()
                    + " addresses at this point; left out of hotspots";
            ps.setString(1, flag);
            ps.setString(2, flag);
            ps.setLong(3, first(c, importId));
            ps.setLong(4, importId);
            ps.setDouble(5, stack.lon());
            ps.setDouble(6, stack.lat());
            ps.executeUpdate();
        }
    }

    private static long first(Connection c, long importId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT first_incident_id FROM imports WHERE id = ?")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The likely fallbacks among the incidents of import {@code importId}, busiest first;
     * {@code withAddress} is how many of them have an address (a block, or the zones the source
     * states). The search reads every incident of the import again (on the 2,000,000-row benchmark
     * file 7% of the import's CPU), so an import with fewer than {@link #MIN_INCIDENTS} addressed
     * incidents, which cannot hold a fallback, is not read.
     */
    static List<Stack> find(Connection c, long importId, long withAddress) throws SQLException {
        if (withAddress < MIN_INCIDENTS) {
            return List.of();
        }
        long first = first(c, importId);
        List<Stack> out = new ArrayList<>();
        // the import's incidents are a primary-key range from its first id
        // the address: the block, or for a source without one (codb) the zones the source states
        try (PreparedStatement ps = c.prepareStatement("SELECT lon, lat, COUNT(*), COUNT(DISTINCT "
                + "UPPER(COALESCE(block, claimed_zones))) FROM incidents WHERE id >= ? AND import_id = ? AND "
                + "COALESCE(block, claimed_zones) IS NOT NULL GROUP BY lon, lat HAVING COUNT(*) >= ? AND "
                + "COUNT(DISTINCT UPPER(COALESCE(block, claimed_zones))) >= ? ORDER BY 3 DESC, 1, 2")) {
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
