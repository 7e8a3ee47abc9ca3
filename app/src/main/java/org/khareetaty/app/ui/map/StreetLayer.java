package org.khareetaty.app.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.geo.basemap.WebMercator;
import org.khareetaty.geo.streets.StreetClass;
import org.locationtech.jts.geom.Envelope;

/**
 * The store's street layer ({@code khareetaty streets load}), drawn under the hexagons: from zoom
 * {@value #MIN_ZOOM} the major roads, from 14 every street, from 16 alleys and paths
 * ({@link StreetClass#minZoom}); their names are drawn above the hexagons by a {@link StreetNames}
 * layer that shares the pieces. When the view leaves the box loaded, or the zoom changes level,
 * the pieces of the tiles of a box twice the view's size are read in the background, simplified
 * for the zoom ({@link StreetPiece#of}); a draw strokes only the pieces that meet the canvas.
 */
public final class StreetLayer extends CanvasLayer {
    /** Streets show from this zoom level on (major roads; see {@link StreetClass#minZoom}). */
    public static final int MIN_ZOOM = 12;

    /** What to read: the lon/lat box and the zoom level. */
    public record Request(Envelope box, int zoom) {}

    private final StreetNames names = new StreetNames(this);
    private BiConsumer<Request, Consumer<List<StreetPiece>>> loader = (r, done) -> {};
    private Request loaded;
    private Request requested;
    private List<StreetPiece> pieces = List.of();
    private int drawn;
    private int drawnZoom = -1;
    private java.util.Set<StreetClass> drawnClasses = java.util.Set.of();
    private Runnable onLoaded = () -> {};

    public StreetLayer() {
        super(Messages.text("layer.streets"));
        names.visibleProperty().bind(visibleProperty());
    }

    /** The layer of the streets' names, to be placed above the hexagons. */
    public StreetNames names() {
        return names;
    }

    /** Reads the pieces of a request in the background and hands them back on the JavaFX thread. */
    public void setLoader(BiConsumer<Request, Consumer<List<StreetPiece>>> loader) {
        this.loader = loader;
        reload();
    }

    /** Runs after new pieces arrived and were drawn (the hexagons' fill follows). */
    public void setOnLoaded(Runnable r) {
        onLoaded = r;
    }

    /** Forgets the pieces loaded (a new street layer was loaded). */
    public void reload() {
        loaded = null;
        requested = null;
        pieces = List.of();
        drawn = 0;
        redraw();
        names.redraw();
    }

    /** The zoom level of a transform. */
    static int zoomOf(MapTransform t) {
        return (int) Math.floor(Math.log(t.scale() / WebMercator.TILE_SIZE) / Math.log(2) + 1e-6);
    }

    /** The pieces loaded for the view. */
    List<StreetPiece> pieces() {
        return pieces;
    }

    /** Pieces stroked at the last draw (0 below {@link #MIN_ZOOM} or where the store has no streets). */
    public int drawn() {
        return drawn;
    }

    /** The zoom level of the last draw. */
    public int drawnZoom() {
        return drawnZoom;
    }

    /** The classes of the pieces stroked at the last draw. */
    public java.util.Set<StreetClass> drawnClasses() {
        return drawnClasses;
    }

    /** True when streets lie under the hexagons now: the layer is shown and drew pieces. */
    public boolean shownUnderHexagons() {
        return isVisible() && drawn > 0;
    }

    @Override
    protected boolean draw(GraphicsContext g, MapTransform t, double width, double height) {
        int zoom = zoomOf(t);
        drawnZoom = zoom;
        drawn = 0;
        drawnClasses = java.util.Set.of();
        if (zoom < MIN_ZOOM) {
            return false;
        }
        Envelope view = new Envelope(
                WebMercator.lonOfUnitX(t.x(0)),
                WebMercator.lonOfUnitX(t.x(width)),
                WebMercator.latOfUnitY(t.y(height)),
                WebMercator.latOfUnitY(t.y(0)));
        request(view, zoom);
        if (loaded == null || loaded.zoom() != zoom) {
            return false;
        }
        List<StreetPiece> visible = new ArrayList<>();
        double minX = t.x(0);
        double maxX = t.x(width);
        double minY = t.y(0);
        double maxY = t.y(height);
        for (StreetPiece p : pieces) {
            if (p.meets(minX, minY, maxX, maxY)) {
                visible.add(p);
            }
        }
        // minor streets first, so the major roads cross over them
        visible.sort(Comparator.comparing(StreetPiece::streetClass).reversed());
        double scale = Math.max(0.35, Math.min(2.0, Math.pow(2, zoom - 16)));
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        double[] px = new double[64];
        double[] py = new double[64];
        for (boolean casing : new boolean[] {true, false}) {
            for (StreetPiece p : visible) {
                double w = width(p.streetClass()) * scale;
                if (p.streetClass() == StreetClass.PATH) {
                    if (casing) {
                        continue;
                    }
                    g.setLineDashes(3, 3);
                } else {
                    g.setLineDashes(null);
                }
                g.setStroke(casing ? CASING : fill(p.streetClass()));
                g.setLineWidth(casing ? w + 2 : w);
                int n = p.x().length;
                if (px.length < n) {
                    px = new double[n];
                    py = new double[n];
                }
                for (int i = 0; i < n; i++) {
                    px[i] = t.px(p.x()[i]);
                    py[i] = t.py(p.y()[i]);
                }
                g.strokePolyline(px, py, n);
            }
        }
        g.setLineDashes(null);
        drawn = visible.size();
        drawnClasses = visible.stream().map(StreetPiece::streetClass).collect(java.util.stream.Collectors.toSet());
        return drawn > 0;
    }

    private void request(Envelope view, int zoom) {
        boolean covered =
                loaded != null && loaded.zoom() == zoom && loaded.box().contains(view);
        boolean asked =
                requested != null && requested.zoom() == zoom && requested.box().contains(view);
        if (covered || asked) {
            return;
        }
        Envelope box = new Envelope(view);
        box.expandBy(view.getWidth() / 2, view.getHeight() / 2);
        Request r = new Request(box, zoom);
        requested = r;
        loader.accept(r, got -> {
            if (r == requested) {
                loaded = r;
                pieces = got;
                redraw();
                names.redraw();
                onLoaded.run();
            }
        });
    }

    private static final Color CASING = Color.web("#9e9e9e");

    private static double width(StreetClass c) {
        return switch (c) {
            case MOTORWAY -> 8;
            case PRIMARY -> 7;
            case SECONDARY -> 6;
            case TERTIARY -> 5;
            case STREET -> 4.5;
            case SERVICE -> 2.5;
            case PATH -> 1.5;
        };
    }

    private static Color fill(StreetClass c) {
        return switch (c) {
            case MOTORWAY -> Color.web("#f2a36b");
            case PRIMARY -> Color.web("#fcd68a");
            case SECONDARY -> Color.web("#f7efb5");
            case PATH -> Color.web("#8d6e63");
            default -> Color.WHITE;
        };
    }
}
