package org.khareetaty.app.ui.map;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Polygons drawn with one style: a boundary layer's zones (outline only, labelled when the zone is
 * large enough on screen) or DBSCAN hotspot hulls (filled).
 */
public final class ShapeLayer extends CanvasLayer {
    private static final GeometryFactory GF = new GeometryFactory();
    private List<MapShape> shapes = List.of();
    private Color stroke;
    private Color fill;
    private double lineWidth;
    private boolean labels = true;

    /**
     * @param title     what the layers panel calls it
     * @param stroke    outline colour
     * @param fill      fill colour, or null for none
     * @param lineWidth outline width, pixels
     */
    public ShapeLayer(String title, Color stroke, Color fill, double lineWidth) {
        super(title);
        this.stroke = stroke;
        this.fill = fill;
        this.lineWidth = lineWidth;
    }

    public void setShapes(List<MapShape> shapes) {
        this.shapes = List.copyOf(shapes);
        redraw();
    }

    public List<MapShape> shapes() {
        return shapes;
    }

    public Color stroke() {
        return stroke;
    }

    public void setStroke(Color c) {
        stroke = c;
        redraw();
    }

    public Color fill() {
        return fill;
    }

    public void setFill(Color c) {
        fill = c;
        redraw();
    }

    public void setLabels(boolean on) {
        if (labels != on) {
            labels = on;
            redraw();
        }
    }

    /** True when the zones' names are drawn. */
    public boolean labels() {
        return labels;
    }

    /** The top-most shape containing the point (lon/lat), or null. */
    public MapShape shapeAt(double lon, double lat) {
        var p = GF.createPoint(new Coordinate(lon, lat));
        for (int i = shapes.size() - 1; i >= 0; i--) {
            MapShape s = shapes.get(i);
            if (s.source() != null
                    && s.source().getDimension() == 2
                    && s.source().covers(p)) {
                return s;
            }
        }
        return null;
    }

    @Override
    protected boolean draw(GraphicsContext g, MapTransform t, double width, double height) {
        if (shapes.isEmpty()) {
            return false;
        }
        double minX = t.x(0);
        double maxX = t.x(width);
        double minY = t.y(0);
        double maxY = t.y(height);
        g.setLineWidth(lineWidth);
        g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        for (MapShape s : shapes) {
            double[] e = s.envelope();
            if (e[2] < minX || e[0] > maxX || e[3] < minY || e[1] > maxY) {
                continue;
            }
            Color f = s.fill() != null ? s.fill() : fill;
            for (double[][] r : s.rings()) {
                int n = r[0].length;
                double[] px = new double[n];
                double[] py = new double[n];
                for (int i = 0; i < n; i++) {
                    px[i] = t.px(r[0][i]);
                    py[i] = t.py(r[1][i]);
                }
                if (n == 1) {
                    g.setFill(stroke);
                    g.fillOval(px[0] - 4, py[0] - 4, 8, 8);
                    continue;
                }
                if (f != null) {
                    g.setFill(f);
                    g.fillPolygon(px, py, n);
                }
                g.setStroke(stroke);
                g.strokePolyline(px, py, n);
            }
        }
        if (labels) {
            drawLabels(g, t);
        }
        return !shapes.isEmpty();
    }

    /** Draws the names of the shapes large enough on screen to hold them; returns the names drawn. */
    List<String> drawLabels(GraphicsContext g, MapTransform t) {
        List<String> drawn = new java.util.ArrayList<>();
        g.setFont(Font.font("System", FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (MapShape s : shapes) {
            if (s.label() == null) {
                continue;
            }
            double[] e = s.envelope();
            double w = (e[2] - e[0]) * t.scale();
            if (w < 7 * s.label().length() && !(s.fill() != null || fill != null)) {
                continue;
            }
            double x = t.px(s.labelX());
            double y = t.py(s.labelY());
            g.setStroke(Color.rgb(255, 255, 255, 0.85));
            g.setLineWidth(3);
            g.strokeText(s.label(), x, y);
            g.setFill(stroke.darker());
            g.fillText(s.label(), x, y);
            drawn.add(s.label());
        }
        g.setLineWidth(lineWidth);
        return drawn;
    }
}
