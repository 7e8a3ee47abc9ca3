package org.khareetaty.core.gistar;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.incidents.PlaceFlags;

/** Incidents per H3 cell in a {@link GiStarScope}, from the store's {@code incidents} table. */
public final class IncidentCounts {
    private IncidentCounts() {}

    /** Cell id to incident count, for the cells with at least one incident in scope. */
    public static Map<Long, Long> perCell(Connection c, GiStarScope scope) throws SQLException {
        // the column name is built from a validated integer 6..10, never from user text
        String column = "h3_r" + scope.resolution();
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (scope.from() != null) {
            where.add("local_date >= ?");
            args.add(Date.valueOf(scope.from()));
        }
        if (scope.to() != null) {
            where.add("local_date <= ?");
            args.add(Date.valueOf(scope.to()));
        }
        if (!scope.categories().isEmpty()) {
            where.add("category IN ("
                    + String.join(
                            ", ", scope.categories().stream().map(x -> "?").toList()) + ")");
            args.addAll(scope.categories());
        }
        where.add(PlaceFlags.NOT_AT_FALLBACK);
        String sql = "SELECT " + column + ", COUNT(*) FROM incidents WHERE " + String.join(" AND ", where)
                + " GROUP BY " + column;
        Map<Long, Long> counts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }
}
