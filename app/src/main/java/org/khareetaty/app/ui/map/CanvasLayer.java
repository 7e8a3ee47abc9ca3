package org.khareetaty.app.ui.map;

import com.gluonhq.maps.MapLayer;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.khareetaty.geo.basemap.WebMercator;

/**
 * A map layer drawn on one canvas. The canvas covers the view plus a margin of 30% of the view on
 * every side; panning only moves it, and it is drawn again only when the zoom changes, the
 * content changes ({@link #redraw()}) or the pan leaves the margin. So panning costs the same with
 * twenty hexagons or twenty thousand. A layer that drew nothing hides its canvas, so empty layers
 * cost the renderer nothing.
 */
public abstract class CanvasLayer extends MapLayer {
    /** Margin around the view, as a fraction of its width and height. */
    static final double MARGIN = 0.3;

    private final Canvas canvas = new Canvas();
    private final String title;
    private MapTransform drawnAt;
    private boolean stale = true;
    private long draws;
    private long lastDrawNanos;

    protected CanvasLayer(String title) {
        this.title = title;
        canvas.setMouseTransparent(true);
        setMouseTransparent(true);
        getChildren().add(canvas);
        visibleProperty().addListener(o -> redraw());
    }

    /** What the layers panel calls this layer. */
    public String title() {
        return title;
    }

    /** Marks the content changed: the layer is drawn again at the next layout. */
    public void redraw() {
        stale = true;
        markDirty();
    }

    /** The current view transform, from the base map. */
    public MapTransform transform() {
        return transform(this::getMapPoint);
    }

    /** The view transform from a layer's lat/lon-to-pixel projection, fitted on two points. */
    static MapTransform transform(java.util.function.BiFunction<Double, Double, Point2D> mapPoint) {
        double lat0 = 0;
        double lon0 = 0;
        double lat1 = 45;
        double lon1 = 90;
        Point2D a = mapPoint.apply(lat0, lon0);
        Point2D b = mapPoint.apply(lat1, lon1);
        double scale = (b.getX() - a.getX()) / (WebMercator.unitX(lon1) - WebMercator.unitX(lon0));
        return new MapTransform(
                scale, a.getX() - scale * WebMercator.unitX(lon0), a.getY() - scale * WebMercator.unitY(lat0));
    }

    @Override
    protected void layoutLayer() {
        if (!(getParent() instanceof Region map) || map.getWidth() <= 0) {
            return;
        }
        double w = map.getWidth();
        double h = map.getHeight();
        MapTransform now = transform();
        if (!stale
                && drawnAt != null
                && Math.abs(drawnAt.scale() - now.scale()) < 1e-9 * now.scale()
                && canvas.getWidth() == Math.ceil(w * (1 + 2 * MARGIN))
                && canvas.getHeight() == Math.ceil(h * (1 + 2 * MARGIN))) {
            double tx = now.dx() - drawnAt.dx();
            double ty = now.dy() - drawnAt.dy();
            if (Math.abs(tx) < MARGIN * w && Math.abs(ty) < MARGIN * h) {
                canvas.setTranslateX(tx);
                canvas.setTranslateY(ty);
                return;
            }
        }
        long start = System.nanoTime();
        canvas.setWidth(Math.ceil(w * (1 + 2 * MARGIN)));
        canvas.setHeight(Math.ceil(h * (1 + 2 * MARGIN)));
        canvas.setLayoutX(-MARGIN * w);
        canvas.setLayoutY(-MARGIN * h);
        canvas.setTranslateX(0);
        canvas.setTranslateY(0);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        boolean drew = false;
        if (isVisible()) {
            drew = draw(g, now.shifted(MARGIN * w, MARGIN * h), canvas.getWidth(), canvas.getHeight());
        }
        canvas.setVisible(drew);
        drawnAt = now;
        stale = false;
        draws++;
        lastDrawNanos = System.nanoTime() - start;
    }

    /**
     * Draws the layer.
     *
     * @param g      the canvas
     * @param t      lon/lat ({@link WebMercator}) to canvas pixels
     * @param width  canvas width, pixels
     * @param height canvas height, pixels
     * @return whether anything was drawn
     */
    protected abstract boolean draw(GraphicsContext g, MapTransform t, double width, double height);

    /** Times the layer was drawn in full (for the frame-time benchmark). */
    public long draws() {
        return draws;
    }

    /** Duration of the last full draw, nanoseconds. */
    public long lastDrawNanos() {
        return lastDrawNanos;
    }
}
