package org.khareetaty.core.hotspot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.incidents.PlaceFlags;

/**
 * The incidents a run clusters, as primitive columns in input order (by zone, then incident id).
 * Offense types and zones are interned to small codes so a million incidents cost ~40 bytes each.
 */
final class IncidentPoints {
    long[] ids = new long[1024];
    double[] lon = new double[1024];
    double[] lat = new double[1024];
    long[] micros = new long[1024];
    int[] offense = new int[1024];
    int[] zone = new int[1024];
    int size;
    final List<String> offenses = new ArrayList<>();
    final List<String> zones = new ArrayList<>();

    private IncidentPoints() {}

    /** Reads the incidents that pass the run's filters; {@code zoneColumn} is null for the whole area. */
    static IncidentPoints load(Connection c, HotspotParameters p, String zoneColumn) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, lon, lat, occurred_at, offense_type, ")
                .append(zoneColumn == null ? "CAST(NULL AS VARCHAR)" : zoneColumn)
                .append(" FROM incidents WHERE ")
                .append(PlaceFlags.NOT_AT_FALLBACK);
        List<Object> args = new ArrayList<>();
        if (!p.categories().isEmpty()) {
            sql.append(" AND category IN (")
                    .append(String.join(
                            ", ", java.util.Collections.nCopies(p.categories().size(), "?")))
                    .append(')');
            args.addAll(p.categories());
        }
        if (p.from() != null) {
            sql.append(" AND local_date >= ?");
            args.add(p.from());
        }
        if (p.to() != null) {
            sql.append(" AND local_date <= ?");
            args.add(p.to());
        }
        if (zoneColumn != null) {
            sql.append(" AND ")
                    .append(zoneColumn)
                    .append(" IS NOT NULL ORDER BY ")
                    .append(zoneColumn)
                    .append(", id");
        } else {
            sql.append(" ORDER BY id");
        }
        IncidentPoints points = new IncidentPoints();
        Map<String, Integer> offenseCodes = new HashMap<>();
        Map<String, Integer> zoneCodes = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setFetchSize(10_000);
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant t = rs.getObject(4, OffsetDateTime.class).toInstant();
                    String z = rs.getString(6);
                    points.add(
                            rs.getLong(1),
                            rs.getDouble(2),
                            rs.getDouble(3),
                            t.getEpochSecond() * 1_000_000 + t.getNano() / 1000,
                            code(offenseCodes, points.offenses, rs.getString(5)),
                            z == null ? -1 : code(zoneCodes, points.zones, z));
                }
            }
        }
        return points;
    }

    private static int code(Map<String, Integer> codes, List<String> names, String name) {
        return codes.computeIfAbsent(name, k -> {
            names.add(k);
            return names.size() - 1;
        });
    }

    private void add(long id, double x, double y, long t, int off, int z) {
        if (size == ids.length) {
            int cap = size * 2;
            ids = Arrays.copyOf(ids, cap);
            lon = Arrays.copyOf(lon, cap);
            lat = Arrays.copyOf(lat, cap);
            micros = Arrays.copyOf(micros, cap);
            offense = Arrays.copyOf(offense, cap);
            zone = Arrays.copyOf(zone, cap);
        }
        ids[size] = id;
        lon[size] = x;
        lat[size] = y;
        micros[size] = t;
        offense[size] = off;
        zone[size] = z;
        size++;
    }

    /** Trims the columns to their size. */
    IncidentPoints trimmed() {
        ids = Arrays.copyOf(ids, size);
        lon = Arrays.copyOf(lon, size);
        lat = Arrays.copyOf(lat, size);
        micros = Arrays.copyOf(micros, size);
        offense = Arrays.copyOf(offense, size);
        zone = Arrays.copyOf(zone, size);
        return this;
    }

    static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
    }
}
