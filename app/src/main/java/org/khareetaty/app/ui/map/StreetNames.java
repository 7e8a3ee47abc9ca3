package org.khareetaty.app.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.khareetaty.app.ui.i18n.Messages;

/**
 * The names of the streets of a {@link StreetLayer}, drawn above the hexagons from zoom
 * {@value #MIN_ZOOM} (street scale, r9 and r10): each along the longest straight stretch of a
 * piece that holds it, turned to read left to right, never over another name, and a name at most
 * once within {@value #REPEAT_PX} pixels.
 */
public final class StreetNames extends CanvasLayer {
    /** Names show from this zoom on. */
    public static final int MIN_ZOOM = 15;
    /** The same name is not repeated closer than this, pixels. */
    static final double REPEAT_PX = 300;

    private static final Font FONT = Font.font("System", 11);
    private final StreetLayer streets;
    private final Map<String, Double> widths = new HashMap<>();
    private final List<String> placed = new ArrayList<>();

    StreetNames(StreetLayer streets) {
        super(Messages.text("layer.streetNames"));
        this.streets = streets;
    }

    /** The names drawn at the last draw, in the order placed. */
    public List<String> placed() {
        return List.copyOf(placed);
    }

    private record Label(String name, double x, double y, double radius) {}

    @Override
    protected boolean draw(GraphicsContext g, MapTransform t, double width, double height) {
        placed.clear();
        if (StreetLayer.zoomOf(t) < MIN_ZOOM) {
            return false;
        }
        double minX = t.x(0);
        double maxX = t.x(width);
        double minY = t.y(0);
        double maxY = t.y(height);
        List<Label> labels = new ArrayList<>();
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(3);
        List<StreetPiece> pieces = new ArrayList<>(streets.pieces());
        // major roads are named first
        pieces.sort(java.util.Comparator.comparing(StreetPiece::streetClass));
        for (StreetPiece p : pieces) {
            if (p.name() == null || !p.meets(minX, minY, maxX, maxY)) {
                continue;
            }
            double textWidth = widths.computeIfAbsent(p.name(), StreetNames::measure);
            int best = -1;
            double bestLength = 0;
            for (int i = 0; i + 1 < p.x().length; i++) {
                double dx = (p.x()[i + 1] - p.x()[i]) * t.scale();
                double dy = (p.y()[i + 1] - p.y()[i]) * t.scale();
                double len = Math.hypot(dx, dy);
                if (len > bestLength) {
                    bestLength = len;
                    best = i;
                }
            }
            if (best < 0 || bestLength < textWidth + 12) {
                continue;
            }
            double x0 = t.px(p.x()[best]);
            double y0 = t.py(p.y()[best]);
            double x1 = t.px(p.x()[best + 1]);
            double y1 = t.py(p.y()[best + 1]);
            Label l = new Label(p.name(), (x0 + x1) / 2, (y0 + y1) / 2, textWidth / 2 + 4);
            if (l.x < 0 || l.x > width || l.y < 0 || l.y > height || clashes(l, labels)) {
                continue;
            }
            labels.add(l);
            double angle = Math.toDegrees(Math.atan2(y1 - y0, x1 - x0));
            if (angle > 90) {
                angle -= 180;
            } else if (angle < -90) {
                angle += 180;
            }
            g.save();
            g.translate(l.x, l.y);
            g.rotate(angle);
            g.setStroke(HALO);
            g.strokeText(l.name, 0, 0);
            g.setFill(INK);
            g.fillText(l.name, 0, 0);
            g.restore();
            placed.add(l.name);
        }
        return !labels.isEmpty();
    }

    private static boolean clashes(Label l, List<Label> labels) {
        for (Label o : labels) {
            double d = Math.hypot(l.x - o.x, l.y - o.y);
            if (d < l.radius + o.radius || (o.name.equals(l.name) && d < REPEAT_PX)) {
                return true;
            }
        }
        return false;
    }

    private static double measure(String name) {
        Text t = new Text(name);
        t.setFont(FONT);
        return t.getLayoutBounds().getWidth();
    }

    private static final Color HALO = Color.rgb(255, 255, 255, 0.9);
    private static final Color INK = Color.web("#37474f");
}
