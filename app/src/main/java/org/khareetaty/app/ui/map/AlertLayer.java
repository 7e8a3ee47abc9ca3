package org.khareetaty.app.ui.map;

import java.util.Comparator;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.geo.basemap.WebMercator;

/**
 * The open alerts as points coloured by priority, the most urgent drawn on top; the alert selected
 * in the queue is ringed.
 */
public final class AlertLayer extends CanvasLayer {
    /**
     * One alert on the map.
     *
     * @param rank 0 for P0 .. 3 for P3: lower ranks are drawn last (on top) and larger
     */
    public record AlertPoint(long id, double lon, double lat, int rank, Color colour) {}

    private List<AlertPoint> points = List.of();
    private long selected = -1;

    public AlertLayer() {
        super(Messages.text("layer.alerts"));
    }

    /** Shows these alerts. */
    public void show(List<AlertPoint> alerts) {
        points = alerts.stream()
                .sorted(Comparator.comparingInt(AlertPoint::rank).reversed())
                .toList();
        redraw();
    }

    /** Rings alert {@code id} (-1: none). */
    public void select(long id) {
        selected = id;
        redraw();
    }

    /** The alerts shown. */
    public List<AlertPoint> points() {
        return points;
    }

    @Override
    protected boolean draw(GraphicsContext g, MapTransform t, double width, double height) {
        AlertPoint ringed = null;
        for (AlertPoint p : points) {
            double x = t.px(WebMercator.unitX(p.lon()));
            double y = t.py(WebMercator.unitY(p.lat()));
            double r = 9 - 1.2 * p.rank();
            g.setFill(p.colour());
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            if (p.id() == selected) {
                ringed = p;
            }
        }
        if (ringed != null) {
            double x = t.px(WebMercator.unitX(ringed.lon()));
            double y = t.py(WebMercator.unitY(ringed.lat()));
            g.setStroke(Color.web("#212121"));
            g.setLineWidth(2.5);
            g.strokeOval(x - 15, y - 15, 30, 30);
        }
        return !points.isEmpty();
    }
}
