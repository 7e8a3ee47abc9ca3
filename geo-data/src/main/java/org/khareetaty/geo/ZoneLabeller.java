package org.khareetaty.geo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Labels incidents already in the store with a layer's zone codes: an STR-tree (Leutenegger et al.
 * 1997) over the layer's polygons finds the candidates by bounding box, then an exact
 * {@code covers} test on prepared geometries decides, so no incident is tested against every
 * polygon. Incidents are read in id order in batches; only rows whose zone changes are updated. A
 * point covered by several polygons (on a shared edge, or overlapping zones) takes the zone that
 * comes first in the file.
 */
final class ZoneLabeller {
    private static final int BATCH = 5_000;

    private record Zone(int order, String code, PreparedGeometry polygon) {}

    private final STRtree index = new STRtree();
    private final GeometryFactory points = new GeometryFactory();

    ZoneLabeller(List<Boundary> boundaries) {
        for (int i = 0; i < boundaries.size(); i++) {
            Boundary b = boundaries.get(i);
            index.insert(
                    b.geometry().getEnvelopeInternal(),
                    new Zone(i, b.code(), PreparedGeometryFactory.prepare(b.geometry())));
        }
        index.build();
    }

    /** The zone code at a longitude/latitude, or null outside every polygon. */
    String zoneAt(double lon, double lat) {
        Point p = points.createPoint(new Coordinate(lon, lat));
        Zone best = null;
        for (Object o : index.query(new Envelope(lon, lon, lat, lat))) {
            Zone z = (Zone) o;
            if ((best == null || z.order() < best.order()) && z.polygon().covers(p)) {
                best = z;
            }
        }
        return best == null ? null : best.code();
    }

    /** Sets {@code zoneColumn} of every incident; returns how many fall in a zone. */
    long label(Connection c, String zoneColumn, ProgressTracker progress) throws SQLException {
        long total;
        try (var s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM incidents")) {
            rs.next();
            total = rs.getLong(1);
        }
        progress.phase("label incidents with " + zoneColumn, total);
        String select =
                "SELECT id, lon, lat, " + zoneColumn + " FROM incidents WHERE id > ? ORDER BY id LIMIT " + BATCH;
        String update = "UPDATE incidents SET " + zoneColumn + " = ? WHERE id = ?";
        long lastId = Long.MIN_VALUE;
        long done = 0;
        long zoned = 0;
        try (PreparedStatement read = c.prepareStatement(select);
                PreparedStatement write = c.prepareStatement(update)) {
            while (true) {
                read.setLong(1, lastId);
                List<Object[]> changes = new ArrayList<>();
                int rows = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        lastId = rs.getLong(1);
                        String zone = zoneAt(rs.getDouble(2), rs.getDouble(3));
                        if (zone != null) {
                            zoned++;
                        }
                        if (!java.util.Objects.equals(zone, rs.getString(4))) {
                            changes.add(new Object[] {zone, lastId});
                        }
                    }
                }
                for (Object[] change : changes) {
                    write.setString(1, (String) change[0]);
                    write.setLong(2, (Long) change[1]);
                    write.addBatch();
                }
                if (!changes.isEmpty()) {
                    write.executeBatch();
                }
                done += rows;
                progress.step(done, zoned);
                if (rows < BATCH) {
                    break;
                }
            }
        }
        progress.finish(done, zoned);
        return zoned;
    }
}
