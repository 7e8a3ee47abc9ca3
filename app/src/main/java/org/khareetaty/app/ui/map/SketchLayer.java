package org.khareetaty.app.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.geo.basemap.WebMercator;

/** The polygon being drawn by the select tool, and the last selection. */
public final class SketchLayer extends CanvasLayer {
    private final List<double[]> vertices = new ArrayList<>();
    private boolean closed;

    public SketchLayer() {
        super(Messages.text("info.selection"));
    }

    /** Adds a vertex (lon, lat), starting a new polygon after a closed one. */
    public void add(double lon, double lat) {
        if (closed) {
            vertices.clear();
            closed = false;
        }
        vertices.add(new double[] {lon, lat});
        redraw();
    }

    /** Closes the polygon; returns its vertices, or null with fewer than three. */
    public List<double[]> close() {
        if (vertices.size() < 3) {
            return null;
        }
        closed = true;
        redraw();
        return List.copyOf(vertices);
    }

    /** The selection's corners (lon, lat) once the polygon is closed, else null. */
    public List<double[]> closedPolygon() {
        return closed ? List.copyOf(vertices) : null;
    }

    public void clear() {
        vertices.clear();
        closed = false;
        redraw();
    }

    @Override
    protected boolean draw(GraphicsContext g, MapTransform t, double width, double height) {
        int n = vertices.size();
        if (n == 0) {
            return false;
        }
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = t.px(WebMercator.unitX(vertices.get(i)[0]));
            py[i] = t.py(WebMercator.unitY(vertices.get(i)[1]));
        }
        g.setStroke(Color.web("#1565c0"));
        g.setLineWidth(2);
        g.setLineDashes(closed ? null : new double[] {6, 4});
        if (closed) {
            g.setFill(Color.rgb(21, 101, 192, 0.12));
            g.fillPolygon(px, py, n);
            g.strokePolygon(px, py, n);
        } else {
            g.strokePolyline(px, py, n);
        }
        g.setLineDashes(null);
        g.setFill(Color.web("#1565c0"));
        for (int i = 0; i < n; i++) {
            g.fillOval(px[i] - 3, py[i] - 3, 6, 6);
        }
        return true;
    }
}
