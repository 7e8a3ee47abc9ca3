package org.khareetaty.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.khareetaty.core.geo.H3Cover;
import org.locationtech.jts.geom.Envelope;

/**
 * Incidents inside a lon/lat box through the store's spatial index: the box is covered with H3
 * cells ({@link H3Cover}), each cell is one range scan of the {@code h3_r10} B-tree, and the exact
 * box test keeps the incidents inside.
 */
public final class IncidentsInBox {
    private IncidentsInBox() {}

    /**
     * {@code SELECT columns FROM incidents i} restricted to the box, as a query over the ranges of
     * {@code ranges} (bind them with {@link #bind}).
     */
    public static String select(String columns, int ranges) {
        StringBuilder sql = new StringBuilder();
        for (int k = 0; k < ranges; k++) {
            if (k > 0) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT ")
                    .append(columns)
                    .append(" FROM incidents i WHERE i.h3_r10 BETWEEN ? AND ?")
                    .append(" AND i.lon BETWEEN ? AND ? AND i.lat BETWEEN ? AND ?");
        }
        return sql.toString();
    }

    /** Binds the ranges and the box to a statement built by {@link #select}; returns the next parameter index. */
    public static int bind(PreparedStatement ps, List<H3Cover.Range> ranges, Envelope box) throws SQLException {
        int i = 1;
        for (H3Cover.Range r : ranges) {
            ps.setLong(i++, r.lo());
            ps.setLong(i++, r.hi());
            ps.setDouble(i++, box.getMinX());
            ps.setDouble(i++, box.getMaxX());
            ps.setDouble(i++, box.getMinY());
            ps.setDouble(i++, box.getMaxY());
        }
        return i;
    }

    /** Number of incidents inside the box. */
    public static long count(Connection c, Envelope box) throws SQLException {
        List<H3Cover.Range> ranges = H3Cover.ranges(box);
        try (PreparedStatement ps =
                c.prepareStatement("SELECT COUNT(*) FROM (" + select("i.id", ranges.size()) + ")")) {
            bind(ps, ranges, box);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
