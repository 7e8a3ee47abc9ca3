package org.khareetaty.core.geo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The edge of the study area: for a point that a {@link BoundaryIndex} lookup found outside every
 * polygon of the primary layer, the nearest zone within a tolerance in metres. Boundary files are
 * digitised to the kerb or the street's centre line, while geocoders put an address on the far side
 * of a boundary street, a few centimetres to tens of metres outside: such a point is kept and takes
 * the nearest zone of each layer it lies outside of (within the same tolerance).
 *
 * <p>Distances are measured on the plane tangent at the point (equirectangular, as
 * {@link LocalDistance}): within tens of metres it differs from the great-circle distance by far less
 * than a millimetre. Ties go to the polygon loaded first. Called only after a lookup misses, so the
 * cost of a lookup inside the study area is unchanged. Read only after construction.
 */
public final class StudyAreaEdge {
    /** The default tolerance: a boundary street's width, kerb to kerb and pavements, in Chicago and Kuwait City. */
    public static final double DEFAULT_METRES = 25;

    private static final GeometryFactory POINTS = new GeometryFactory();

    private final List<STRtree> layers;
    private final int primary;
    private final String primaryName;
    private final double metres;

    /**
     * A point kept at the edge.
     *
     * @param zones  the zone code of each layer, as {@link BoundaryIndex#zonesOf}, with the nearest
     *               zone where the point lay outside every polygon of a layer
     * @param metres how far the point lies outside the primary layer's nearest polygon
     * @param code   the primary layer's nearest zone
     */
    public record Snapped(String[] zones, double metres, String code) {}

    private record Zone(String code, Geometry geometry, long order) {}

    private StudyAreaEdge(List<STRtree> layers, int primary, String primaryName, double metres) {
        this.layers = layers;
        this.primary = primary;
        this.primaryName = primaryName;
        this.metres = metres;
    }

    /**
     * The edge of the study area of {@code index}'s primary layer, with the polygons of its layers
     * read from the store; null when the store has no primary layer or {@code metres} is 0.
     */
    public static StudyAreaEdge load(Connection c, BoundaryIndex index, double metres) throws SQLException {
        if (index.primaryIndex() < 0 || metres <= 0) {
            return null;
        }
        List<STRtree> trees = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, geom, id FROM boundaries WHERE layer = ?")) {
            for (BoundaryIndex.Layer layer : index.layers()) {
                STRtree tree = new STRtree();
                ps.setString(1, layer.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Geometry g = (Geometry) rs.getObject(2);
                        tree.insert(g.getEnvelopeInternal(), new Zone(rs.getString(1), g, rs.getLong(3)));
                    }
                }
                tree.build();
                trees.add(tree);
            }
        }
        int p = index.primaryIndex();
        return new StudyAreaEdge(trees, p, index.layers().get(p).name(), metres);
    }

    /** The tolerance in metres. */
    public double metres() {
        return metres;
    }

    /** The primary layer's name. */
    public String layer() {
        return primaryName;
    }

    /**
     * The point kept at the edge, or null when no polygon of the primary layer lies within the
     * tolerance.
     *
     * @param zones the point's zones as {@link BoundaryIndex#zonesOf} found them (primary: null)
     */
    public Snapped snap(double lon, double lat, String[] zones) {
        Nearest edge = nearest(layers.get(primary), lon, lat);
        if (edge == null) {
            return null;
        }
        String[] snapped = zones.clone();
        snapped[primary] = edge.zone().code();
        for (int i = 0; i < snapped.length; i++) {
            if (snapped[i] == null) {
                Nearest n = nearest(layers.get(i), lon, lat);
                snapped[i] = n == null ? null : n.zone().code();
            }
        }
        return new Snapped(snapped, edge.metres(), edge.zone().code());
    }

    private record Nearest(Zone zone, double metres) {}

    private Nearest nearest(STRtree tree, double lon, double lat) {
        double kx = Math.cos(Math.toRadians(lat)) * GreatCircle.METRES_PER_DEGREE;
        double ky = GreatCircle.METRES_PER_DEGREE;
        Envelope near = new Envelope(lon - metres / kx, lon + metres / kx, lat - metres / ky, lat + metres / ky);
        List<?> candidates = tree.query(near);
        if (candidates.isEmpty()) {
            return null;
        }
        AffineTransformation toMetres =
                AffineTransformation.translationInstance(-lon, -lat).scale(kx, ky);
        Point origin = POINTS.createPoint(new Coordinate(0, 0));
        Nearest best = null;
        for (Object o : candidates) {
            Zone z = (Zone) o;
            double d = toMetres.transform(z.geometry()).distance(origin);
            if (d <= metres
                    && (best == null
                            || d < best.metres()
                            || (d == best.metres() && z.order() < best.zone().order()))) {
                best = new Nearest(z, d);
            }
        }
        return best;
    }
}
