package org.khareetaty.core.etl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * states). The search reads every addressed incident of the import twice more, streamed, in about
     * 12 bytes of heap a distinct point (an SQL {@code GROUP BY} of the points held every group in
     * H2's memory: the 2,000,000-row benchmark file ran out of a 1 GB heap); an import with fewer than
     * {@link #MIN_INCIDENTS} addressed incidents, which cannot hold a fallback, is not read.
     */
    static List<Stack> find(Connection c, long importId, long withAddress) throws SQLException {
        if (withAddress < MIN_INCIDENTS) {
            return List.of();
        }
        long first = first(c, importId);
        // pass 1: incidents per point, counted under a 64-bit hash of the point (no object per point: an
        // import of 2,000,000 jittered rows has as many points, and H2's GROUP BY of them ran out of a
        // 1 GB heap); two points sharing a hash only make a candidate that pass 2 counts exactly
        PointCounts counts = new PointCounts();
        read(c, first, importId, (lon, lat, address) -> counts.add(lon, lat));
        // pass 2: the candidates' incidents and distinct addresses, exactly
        Map<List<Double>, Set<String>> addresses = new HashMap<>();
        Map<List<Double>, long[]> incidents = new HashMap<>();
        read(c, first, importId, (lon, lat, address) -> {
            if (counts.get(lon, lat) >= MIN_INCIDENTS) {
                List<Double> point = List.of(lon, lat);
                incidents.computeIfAbsent(point, k -> new long[1])[0]++;
                addresses.computeIfAbsent(point, k -> new HashSet<>()).add(address);
            }
        });
        List<Stack> out = new ArrayList<>();
        incidents.forEach((point, n) -> {
            int distinct = addresses.get(point).size();
            if (n[0] >= MIN_INCIDENTS && distinct >= MIN_ADDRESSES) {
                out.add(new Stack(point.get(0), point.get(1), n[0], distinct));
            }
        });
        out.sort(Comparator.comparingLong(Stack::incidents)
                .reversed()
                .thenComparingDouble(Stack::lon)
                .thenComparingDouble(Stack::lat));
        return out;
    }

    /** One incident's point and address. */
    private interface Row {
        void accept(double lon, double lat, String address);
    }

    /**
     * Streams the import's incidents that have an address (the block, or for a source without one the
     * zones it states, upper-cased): a primary-key range from the import's first id.
     */
    private static void read(Connection c, long first, long importId, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT lon, lat, UPPER(COALESCE(block, claimed_zones)) "
                + "FROM incidents WHERE id >= ? AND import_id = ? AND COALESCE(block, claimed_zones) IS NOT NULL")) {
            ps.setFetchSize(10_000);
            ps.setLong(1, first);
            ps.setLong(2, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs.getDouble(1), rs.getDouble(2), rs.getString(3));
                }
            }
        }
    }

    /** Counts per point under a 64-bit hash of it, in open addressing: 12 bytes a slot, no object per point. */
    private static final class PointCounts {
        private long[] keys = new long[1 << 12];
        private int[] counts = new int[1 << 12];
        private int size;

        void add(double lon, double lat) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            long key = key(lon, lat);
            int i = slot(keys, key);
            if (keys[i] == 0) {
                keys[i] = key;
                size++;
            }
            counts[i]++;
        }

        int get(double lon, double lat) {
            int i = slot(keys, key(lon, lat));
            return counts[i];
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != 0) {
                    int i = slot(keys, oldKeys[j]);
                    keys[i] = oldKeys[j];
                    counts[i] = oldCounts[j];
                }
            }
        }

        /** The slot of {@code key} in {@code keys}: where it is, or the empty one where it would go. */
        private static int slot(long[] keys, long key) {
            int mask = keys.length - 1;
            int i = (int) (key ^ (key >>> 32)) & mask;
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        /** A 64-bit hash of the point, never 0 (the empty slot). */
        private static long key(double lon, double lat) {
            long h = Double.doubleToLongBits(lon) * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(lat);
            h ^= h >>> 33;
            h *= 0xFF51AFD7ED558CCDL;
            h ^= h >>> 33;
            h *= 0xC4CEB9FE1A85EC53L;
            h ^= h >>> 33;
            return h == 0 ? 1 : h;
        }
    }
}
