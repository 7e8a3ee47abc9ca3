package org.khareetaty.app.ui.map;

import java.util.ArrayList;
import java.util.List;
import org.khareetaty.geo.basemap.WebMercator;
import org.khareetaty.geo.streets.StreetClass;
import org.khareetaty.geo.streets.StreetLine;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * A street piece ready to draw: simplified for its zoom and projected to {@link WebMercator} unit
 * coordinates, off the JavaFX thread ({@link #of}), so a draw only multiplies and strokes.
 *
 * @param name        the street's name, or null
 * @param streetClass its class
 * @param x           unit x of each vertex
 * @param y           unit y of each vertex
 * @param box         minX, minY, maxX, maxY in unit coordinates
 */
public record StreetPiece(String name, StreetClass streetClass, double[] x, double[] y, double[] box) {
    /**
     * The pieces of {@code lines} for drawing at {@code zoom}: each simplified (Douglas-Peucker)
     * to half a pixel at that zoom, which drops the vertices no one could see.
     */
    public static List<StreetPiece> of(List<StreetLine> lines, int zoom) {
        double halfPixelDegrees = 0.5 * 360 / (WebMercator.TILE_SIZE * Math.pow(2, zoom));
        List<StreetPiece> out = new ArrayList<>(lines.size());
        for (StreetLine l : lines) {
            Geometry g = l.line().getNumPoints() > 2
                    ? DouglasPeuckerSimplifier.simplify(l.line(), halfPixelDegrees)
                    : l.line();
            Coordinate[] c = g.getCoordinates();
            if (c.length < 2) {
                continue;
            }
            double[] x = new double[c.length];
            double[] y = new double[c.length];
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int i = 0; i < c.length; i++) {
                x[i] = WebMercator.unitX(c[i].x);
                y[i] = WebMercator.unitY(c[i].y);
                box[0] = Math.min(box[0], x[i]);
                box[1] = Math.min(box[1], y[i]);
                box[2] = Math.max(box[2], x[i]);
                box[3] = Math.max(box[3], y[i]);
            }
            out.add(new StreetPiece(l.name(), l.streetClass(), x, y, box));
        }
        return out;
    }

    /** True when the piece's box meets the unit-coordinate box. */
    boolean meets(double minX, double minY, double maxX, double maxY) {
        return box[2] >= minX && box[0] <= maxX && box[3] >= minY && box[1] <= maxY;
    }
}
