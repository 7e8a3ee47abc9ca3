package org.khareetaty.core.incidents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.locationtech.jts.geom.Envelope;

/** The lon/lat box of a store's incidents: a map's frame where no boundary layer gives one. */
public final class IncidentExtent {
    private IncidentExtent() {}

    /** The box of every incident; a null envelope ({@link Envelope#isNull()}) when there is none. */
    public static Envelope of(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(lon), MAX(lon), MIN(lat), MAX(lat) FROM incidents");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getObject(1) == null
                    ? new Envelope()
                    : new Envelope(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4));
        }
    }
}
