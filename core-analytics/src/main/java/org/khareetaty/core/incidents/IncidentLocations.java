package org.khareetaty.core.incidents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.khareetaty.core.geo.H3Cover;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.store.IncidentsInBox;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.locationtech.jts.geom.Envelope;

/**
 * Where the incidents of a lon/lat box in a scope's dates and categories lie, through the store's
 * H3 range index ({@link IncidentsInBox}): the map's point layer. Each call reads on a connection of its own.
 */
public final class IncidentLocations {
    /** At most this many locations are read. */
    public static final int LIMIT = 20_000;

    private final Store store;

    public IncidentLocations(Store store) {
        this.store = store;
    }

    /**
     * Incident locations as two parallel arrays, for drawing without a record per point.
     *
     * @param lon longitudes, one per incident
     * @param lat latitudes, in the same order
     */
    public record Locations(double[] lon, double[] lat) {
        /** Number of incidents. */
        public int size() {
            return lon.length;
        }
    }

    /** The locations of the incidents in {@code box} that fall in {@code scope}'s dates and categories, at most {@link #LIMIT}. */
    public Locations inBox(Envelope box, DrillScope scope) {
        List<H3Cover.Range> ranges = H3Cover.ranges(box);
        StringBuilder sql = new StringBuilder("SELECT lon, lat FROM ("
                + IncidentsInBox.select("i.lon, i.lat, i.local_date, i.category", ranges.size())
                + ") WHERE local_date BETWEEN ? AND ?");
        ScopeCategories.appendFilter(sql, scope);
        sql.append(" FETCH FIRST ").append(LIMIT).append(" ROWS ONLY");
        double[] lon = new double[LIMIT];
        double[] lat = new double[LIMIT];
        int n = 0;
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = IncidentsInBox.bind(ps, ranges, box);
            ps.setObject(i++, scope.from());
            ps.setObject(i++, scope.to());
            ScopeCategories.bind(ps, i, scope);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lon[n] = rs.getDouble(1);
                    lat[n] = rs.getDouble(2);
                    n++;
                }
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the incident locations in " + box + " from the store at " + store.dir() + ": "
                            + e.getMessage(),
                    e);
        }
        return new Locations(Arrays.copyOf(lon, n), Arrays.copyOf(lat, n));
    }
}
