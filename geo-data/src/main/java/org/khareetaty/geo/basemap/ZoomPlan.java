package org.khareetaty.geo.basemap;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Everything drawn at one zoom, prepared once: shapes simplified to a quarter pixel (Douglas and
 * Peucker 1973) in that zoom's pixel coordinates, cut into short pieces and indexed, so a tile
 * draws only what crosses it; and the labels placed for that zoom.
 */
final class ZoomPlan {
    /** Vertices per indexed line piece. */
    private static final int PIECE = 64;

    private static final double SIMPLIFY_PIXELS = 0.25;

    /** A shape and the pixel width it is stroked with (0 for a fill). */
    record Piece(Shape shape, Envelope bounds, double width) {}

    /** A layer's border pieces at this zoom. */
    record Borders(int rank, double width, STRtree pieces) {}

    final int z;
    final double scale;
    final STRtree land = new STRtree();
    final STRtree edge = new STRtree();
    final double edgeWidth;
    /** From the finest visible layer to the coarsest: the drawing order. */
    final List<Borders> borders = new ArrayList<>();

    final List<MapLabel> labels;
    final STRtree labelIndex = new STRtree();
    private final PreparedGeometry preparedLand;

    /** @param placer places the zones' names, or null for none */
    ZoomPlan(BasemapContent content, BasemapStyle style, LabelPlacer placer, int z) {
        this.z = z;
        this.scale = Math.pow(2, z);
        double tolerance = SIMPLIFY_PIXELS / scale;
        this.preparedLand = PreparedGeometryFactory.prepare(content.land());
        Geometry simpleLand = DouglasPeuckerSimplifier.simplify(content.land(), tolerance);
        for (int i = 0; i < simpleLand.getNumGeometries(); i++) {
            Geometry part = simpleLand.getGeometryN(i);
            if (part instanceof Polygon p && !p.isEmpty()) {
                Path2D.Double path = polygonPath(p);
                land.insert(scaled(p.getEnvelopeInternal()), new Piece(path, scaled(p.getEnvelopeInternal()), 0));
            }
        }
        this.edgeWidth = style.edgeWidth(z);
        indexLines(DouglasPeuckerSimplifier.simplify(content.landEdge(), tolerance), edge, edgeWidth);
        List<BasemapLayer> visible = content.layers().stream()
                .filter(l -> l.visibleAt(z, style.minZonePixels()))
                .toList();
        for (int i = visible.size() - 1; i >= 0; i--) {
            BasemapLayer layer = visible.get(i);
            double width = style.lineWidth(layer.rank(), z);
            STRtree tree = new STRtree();
            indexLines(DouglasPeuckerSimplifier.simplify(layer.borders(), tolerance), tree, width);
            borders.add(new Borders(layer.rank(), width, tree));
        }
        this.labels = placer == null ? List.of() : placer.place(visible, z);
        for (MapLabel l : labels) {
            labelIndex.insert(
                    new Envelope(
                            l.box().getMinX(),
                            l.box().getMaxX(),
                            l.box().getMinY(),
                            l.box().getMaxY()),
                    l);
        }
        land.build();
        edge.build();
        labelIndex.build();
    }

    /** Whether the world point lies inside the study area. */
    boolean onLand(double worldX, double worldY) {
        return preparedLand.containsProperly(
                preparedLand.getGeometry().getFactory().createPoint(new Coordinate(worldX, worldY)));
    }

    private void indexLines(Geometry lines, STRtree tree, double width) {
        for (int i = 0; i < lines.getNumGeometries(); i++) {
            if (!(lines.getGeometryN(i) instanceof LineString line) || line.getNumPoints() < 2) {
                continue;
            }
            Coordinate[] cs = line.getCoordinates();
            for (int start = 0; start < cs.length - 1; start += PIECE) {
                int end = Math.min(cs.length - 1, start + PIECE);
                Path2D.Double path = new Path2D.Double();
                Envelope env = new Envelope();
                for (int k = start; k <= end; k++) {
                    double x = cs[k].x * scale;
                    double y = cs[k].y * scale;
                    if (k == start) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                    env.expandToInclude(x, y);
                }
                tree.insert(env, new Piece(path, env, width));
            }
        }
        tree.build();
    }

    private Path2D.Double polygonPath(Polygon p) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        ring(path, p.getExteriorRing().getCoordinates());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            ring(path, p.getInteriorRingN(h).getCoordinates());
        }
        return path;
    }

    private void ring(Path2D.Double path, Coordinate[] cs) {
        for (int k = 0; k < cs.length; k++) {
            if (k == 0) {
                path.moveTo(cs[k].x * scale, cs[k].y * scale);
            } else {
                path.lineTo(cs[k].x * scale, cs[k].y * scale);
            }
        }
        path.closePath();
    }

    private Envelope scaled(Envelope world) {
        return new Envelope(
                world.getMinX() * scale, world.getMaxX() * scale, world.getMinY() * scale, world.getMaxY() * scale);
    }
}
