package org.khareetaty.geo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.khareetaty.core.incidents.IncidentExtent;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** The lon/lat box a store covers: what "zoom to full extent" shows. */
public final class StoreExtent {
    private StoreExtent() {}

    /** The box of the primary boundary layer, else of every boundary, else of the incidents; null when the store holds none. */
    public static Envelope of(Store store) {
        try (Connection c = store.connect();
                Statement s = c.createStatement()) {
            Envelope e = new Envelope();
            try (ResultSet rs =
                    s.executeQuery("SELECT b.geom FROM boundaries b JOIN boundary_layers l ON l.layer = b.layer "
                            + "WHERE l.is_primary OR NOT EXISTS (SELECT 1 FROM boundary_layers WHERE is_primary)")) {
                while (rs.next()) {
                    e.expandToInclude(((Geometry) rs.getObject(1)).getEnvelopeInternal());
                }
            }
            if (!e.isNull()) {
                return e;
            }
            Envelope incidents = IncidentExtent.of(c);
            return incidents.isNull() ? null : incidents;
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot read the extent of the store at " + store.dir() + ": " + e.getMessage(), e);
        }
    }
}
