package org.khareetaty.core.incidents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.geo.H3Cover;
import org.khareetaty.core.hexgrid.DataWarning;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

/** The incidents of a drill-down scope as rows, latest first: the street-scale attribute table. Each call reads on a connection of its own. */
public final class IncidentRows {
    /** At most this many incidents are listed (the latest). */
    public static final int LIMIT = 5000;

    private final Store store;

    public IncidentRows(Store store) {
        this.store = store;
    }

    /** The incidents of {@code scope} (under its parent cell, in its dates and categories), latest first, at most {@link #LIMIT}. */
    public List<IncidentRow> latest(DrillScope scope) {
        return latest(scope, null);
    }

    /**
     * The incidents of {@code scope} a data-quality warning counts ({@link DataWarning#countsIncidents}),
     * latest first, at most {@link #LIMIT}: those of the dominant category or source, with a date
     * only, or whose own zone disagrees with the map, or those of the scope's last day in the cell
     * that spiked; all of the scope's when {@code warning} is null.
     */
    public List<IncidentRow> latest(DrillScope scope, DataWarning warning) {
        StringBuilder sql = new StringBuilder(
                "SELECT id, occurred_at, source_zone, category, offense_type, offense_description, block, "
                        + "arrest, h3_r10, lon, lat, COALESCE(case_number, source_id) FROM incidents WHERE local_date BETWEEN ? AND ?");
        if (scope.parent() != null) {
            sql.append(" AND h3_r10 BETWEEN ? AND ?");
        }
        ScopeCategories.appendFilter(sql, scope);
        sql.append(warningFilter(warning));
        sql.append(" ORDER BY occurred_at DESC, id FETCH FIRST ").append(LIMIT).append(" ROWS ONLY");
        List<IncidentRow> out = new ArrayList<>();
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            ps.setObject(i++, scope.from());
            ps.setObject(i++, scope.to());
            if (scope.parent() != null) {
                H3Cover.Range r = H3Cover.descendants(scope.parent());
                ps.setLong(i++, r.lo());
                ps.setLong(i++, r.hi());
            }
            i = ScopeCategories.bind(ps, i, scope);
            bindWarning(ps, i, scope, warning);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDateTime local = rs.getObject(2, OffsetDateTime.class)
                            .atZoneSameInstant(ZoneId.of(rs.getString(3)))
                            .toLocalDateTime();
                    Object arrest = rs.getObject(8);
                    out.add(new IncidentRow(
                            rs.getLong(1),
                            rs.getString(12),
                            local,
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            arrest == null ? null : (Boolean) arrest,
                            rs.getLong(9),
                            rs.getDouble(10),
                            rs.getDouble(11)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the incidents of " + scope + " from the store at " + store.dir() + ": "
                            + e.getMessage(),
                    e);
        }
        return out;
    }

    private static void bindWarning(PreparedStatement ps, int i, DrillScope scope, DataWarning warning)
            throws SQLException {
        if (warning == null) {
            return;
        }
        if (warning.kind() == DataWarning.Kind.SPIKE) {
            ps.setObject(i++, scope.to());
            if (warning.value() != null) {
                H3Cover.Range r = H3Cover.descendants(Long.parseUnsignedLong(warning.value(), 16));
                ps.setLong(i++, r.lo());
                ps.setLong(i, r.hi());
            }
        } else if (warning.value() != null) {
            ps.setString(i, warning.value());
        }
    }

    private static String warningFilter(DataWarning warning) {
        if (warning == null) {
            return "";
        }
        return switch (warning.kind()) {
            case DOMINANT_CATEGORY -> " AND category = ?";
            case DOMINANT_SOURCE -> " AND source = ?";
            case DATE_ONLY -> " AND time_precision = 'day'";
            case ZONE_MISMATCH -> " AND zone_mismatch IS NOT NULL";
            case SPIKE -> " AND local_date = ?" + (warning.value() == null ? "" : " AND h3_r10 BETWEEN ? AND ?");
            case SPARSE_CELLS, EMPTY_PERIODS ->
                throw new IllegalArgumentException(
                        "The warning counts " + warning.kind() + ", not incidents: " + warning.text());
        };
    }
}
