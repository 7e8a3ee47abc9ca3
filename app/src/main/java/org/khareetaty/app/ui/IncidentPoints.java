package org.khareetaty.app.ui;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.khareetaty.core.geo.H3Cover;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.store.IncidentsInBox;
import org.locationtech.jts.geom.Envelope;

/** The incident points of a lon/lat box in the scope's dates and categories, through the store's H3 range index. */
final class IncidentPoints {
    /** At most this many points are drawn. */
    static final int LIMIT = 20_000;

    private IncidentPoints() {
    }

    /** {lon[], lat[]} of the incidents in {@code box} that fall in {@code scope}'s dates and categories. */
    static double[][] inBox(Connection c, Envelope box, DrillScope scope) throws SQLException {
        List<H3Cover.Range> ranges = H3Cover.ranges(box);
        StringBuilder sql = new StringBuilder("SELECT lon, lat FROM (" + IncidentsInBox.select("i.lon, i.lat, i.local_date, i.category",
                ranges.size()) + ") WHERE local_date BETWEEN ? AND ?");
        if (!scope.categories().isEmpty()) {
            sql.append(" AND category IN (").append("?, ".repeat(scope.categories().size() - 1)).append("?)");
        }
        sql.append(" FETCH FIRST ").append(LIMIT).append(" ROWS ONLY");
        double[] lon = new double[LIMIT];
        double[] lat = new double[LIMIT];
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = IncidentsInBox.bind(ps, ranges, box);
            ps.setObject(i++, scope.from());
            ps.setObject(i++, scope.to());
            for (String cat : scope.categories()) {
                ps.setString(i++, cat);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lon[n] = rs.getDouble(1);
                    lat[n] = rs.getDouble(2);
                    n++;
                }
            }
        }
        return new double[][] {java.util.Arrays.copyOf(lon, n), java.util.Arrays.copyOf(lat, n)};
    }
}
