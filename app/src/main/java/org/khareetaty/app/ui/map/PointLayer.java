package org.khareetaty.app.ui.map;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.geo.basemap.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * Incident points, shown only from {@link #MIN_ZOOM} (street scale): when the view leaves the box
 * loaded, the points of a box twice the view's size are read in the background.
 */
public final class PointLayer extends CanvasLayer {
    /** Points show from this zoom level on. */
    public static final double MIN_ZOOM = 14;

    private BiConsumer<Envelope, Consumer<double[][]>> loader = (e, c) -> {};
    private Envelope loaded;
    private Envelope requested;
    private double[][] points = new double[2][0];
    private Color colour = Color.web("#263238");

    public PointLayer() {
        super(Messages.text("layer.points"));
    }

    /** Reads the incidents (lon, lat arrays) of a lon/lat box in the background and hands them back on the FX thread. */
    public void setLoader(BiConsumer<Envelope, Consumer<double[][]>> loader) {
        this.loader = loader;
    }

    /** Forgets the points loaded (the filters changed). */
    public void reload() {
        loaded = null;
        requested = null;
        points = new double[2][0];
        redraw();
    }

    public void setColour(Color c) {
        colour = c;
        redraw();
    }

    public Color colour() {
        return colour;
    }

    /** Points drawn at the last draw. */
    public int count() {
        return points[0].length;
    }

    @Override
    protected boolean draw(GraphicsContext g, MapTransform t, double width, double height) {
        if (t.scale() < 256 * Math.pow(2, MIN_ZOOM)) {
            return false;
        }
        Envelope view = new Envelope(
                WebMercator.lonOfUnitX(t.x(0)),
                WebMercator.lonOfUnitX(t.x(width)),
                WebMercator.latOfUnitY(t.y(height)),
                WebMercator.latOfUnitY(t.y(0)));
        if ((loaded == null || !loaded.contains(view)) && (requested == null || !requested.contains(view))) {
            Envelope box = new Envelope(view);
            box.expandBy(view.getWidth() / 2, view.getHeight() / 2);
            requested = box;
            loader.accept(box, pts -> {
                if (box == requested) {
                    loaded = box;
                    points = pts;
                    redraw();
                }
            });
        }
        g.setFill(colour);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        double[] lon = points[0];
        double[] lat = points[1];
        for (int i = 0; i < lon.length; i++) {
            double x = t.px(WebMercator.unitX(lon[i]));
            double y = t.py(WebMercator.unitY(lat[i]));
            g.fillOval(x - 3, y - 3, 6, 6);
            g.strokeOval(x - 3, y - 3, 6, 6);
        }
        return lon.length > 0;
    }
}
