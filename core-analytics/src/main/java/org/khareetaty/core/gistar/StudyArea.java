package org.khareetaty.core.gistar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The area a store covers, as polygons: the primary boundary layer when the store has one, else the
 * convex hull of all its incidents. It does not depend on a run's date or category filters: a cell
 * of the area with no incident of the filtered kind is a zero, not a missing value.
 *
 * @param polygons WGS84 lon/lat polygons (empty when the store holds no incident and no layer)
 * @param rule     which of the two
 * @param layer    the primary layer's name, or null
 */
public record StudyArea(List<Geometry> polygons, StudyRegion.Rule rule, String layer) {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    public StudyArea {
        polygons = List.copyOf(polygons);
    }

    /** Reads the study area of a store. */
    public static StudyArea read(Connection c) throws SQLException {
        String layer = null;
        List<Geometry> polygons = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT b.layer, b.geom FROM boundaries b JOIN boundary_layers l ON l.layer = b.layer WHERE l.is_primary ORDER BY b.code");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                layer = rs.getString(1);
                polygons.add((Geometry) rs.getObject(2));
            }
        }
        if (layer != null) {
            return new StudyArea(polygons, StudyRegion.Rule.PRIMARY_LAYER, layer);
        }
        List<Coordinate> points = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT lon, lat FROM incidents");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                points.add(new Coordinate(rs.getDouble(1), rs.getDouble(2)));
            }
        }
        return new StudyArea(hullOf(points), StudyRegion.Rule.INCIDENT_HULL, null);
    }

    /** The convex hull of points (lon/lat) as a one-polygon list, or an empty list if the points span no area. */
    public static List<Geometry> hullOf(List<Coordinate> points) {
        if (points.isEmpty()) {
            return List.of();
        }
        Geometry hull = new ConvexHull(points.toArray(Coordinate[]::new), WGS84).getConvexHull();
        return hull.getDimension() == 2 ? List.of(hull) : List.of();
    }
}
