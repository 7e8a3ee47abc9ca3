package org.khareetaty.app.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.khareetaty.geo.basemap.WebMercator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A polygon (or line, or point) in {@link WebMercator} world coordinates, with a label and an
 * optional fill of its own, ready to draw.
 *
 * @param rings    every ring (or line) as {x[], y[]}
 * @param label    text drawn at {@code labelX, labelY}, or null
 * @param labelX   world x of the label
 * @param labelY   world y of the label
 * @param fill     its own fill, or null for the layer's
 * @param envelope minX, minY, maxX, maxY in world coordinates
 * @param source   the geometry in lon/lat
 * @param data     what the shape stands for (a zone code, a hotspot), for identify
 */
public record MapShape(
        List<double[][]> rings,
        String label,
        double labelX,
        double labelY,
        Color fill,
        double[] envelope,
        Geometry source,
        Object data) {

    /** Projects a lon/lat geometry; points become one-vertex rings. */
    public static MapShape of(Geometry g, String label, Color fill, Object data) {
        List<double[][]> rings = new ArrayList<>();
        collect(g, rings);
        double[] env = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[][] r : rings) {
            for (int i = 0; i < r[0].length; i++) {
                env[0] = Math.min(env[0], r[0][i]);
                env[1] = Math.min(env[1], r[1][i]);
                env[2] = Math.max(env[2], r[0][i]);
                env[3] = Math.max(env[3], r[1][i]);
            }
        }
        Point at = g.isEmpty() ? null : g.getInteriorPoint();
        double lx = at == null ? 0 : WebMercator.unitX(at.getX());
        double ly = at == null ? 0 : WebMercator.unitY(at.getY());
        return new MapShape(rings, label, lx, ly, fill, env, g, data);
    }

    private static void collect(Geometry g, List<double[][]> rings) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                rings.add(ring(p.getExteriorRing().getCoordinates()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings.add(ring(p.getInteriorRingN(h).getCoordinates()));
                }
            } else if (part instanceof LineString l) {
                rings.add(ring(l.getCoordinates()));
            } else if (part instanceof Point p) {
                rings.add(ring(p.getCoordinates()));
            } else if (part.getNumGeometries() > 1 || part != g) {
                collect(part, rings);
            }
        }
    }

    private static double[][] ring(Coordinate[] cs) {
        double[] x = new double[cs.length];
        double[] y = new double[cs.length];
        for (int i = 0; i < cs.length; i++) {
            x[i] = WebMercator.unitX(cs[i].x);
            y[i] = WebMercator.unitY(cs[i].y);
        }
        return new double[][] {x, y};
    }
}
