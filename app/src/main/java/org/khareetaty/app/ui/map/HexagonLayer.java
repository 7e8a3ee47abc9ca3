package org.khareetaty.app.ui.map;

import com.uber.h3core.util.LatLng;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.geo.basemap.WebMercator;

/**
 * The H3 hexagons of the current scope, coloured by a {@link ColourScale}. Cells whose figure says
 * little are hatched with a dashed outline: in volume mode those with fewer than ten incidents, in
 * arrest-rate mode those whose rate is low confidence. The selected cell is outlined in blue.
 */
public final class HexagonLayer extends CanvasLayer {
    private static final ImagePattern HATCH = hatch();
    /** Below this width in pixels a hexagon is drawn as a square (no outline or hatching shows at that size anyway). */
    static final double DOT_SIDE = 4;

    private List<Hex> hexes = List.of();
    private Map<Long, Hex> byCell = Map.of();
    private ColourMode mode = ColourMode.VOLUME;
    private ColourScale scale;
    private long selected;
    private double fillOpacity = 0.7;
    private Color outline = Color.web("#5a5a5a");

    /** A cell with its outline in world coordinates. */
    private record Hex(HexCell cell, double[] x, double[] y, double minX, double minY, double maxX, double maxY) {}

    public HexagonLayer() {
        super("H3 hexagons");
    }

    /** Shows {@code cells}, coloured by {@code mode} on {@code scale}. */
    public void show(List<HexCell> cells, ColourMode mode, ColourScale scale) {
        List<Hex> out = new ArrayList<>(cells.size());
        Map<Long, Hex> index = new HashMap<>();
        for (HexCell c : cells) {
            Hex h = outline(c);
            out.add(h);
            index.put(c.cell(), h);
        }
        this.hexes = out;
        this.byCell = index;
        this.mode = mode;
        this.scale = scale;
        redraw();
    }

    /** Recolours the cells shown with the same outlines (playback frames, restyling). */
    public void recolour(List<HexCell> cells, ColourScale scale) {
        List<Hex> out = new ArrayList<>(cells.size());
        Map<Long, Hex> index = new HashMap<>();
        for (HexCell c : cells) {
            Hex old = byCell.get(c.cell());
            Hex h = old == null ? outline(c) : new Hex(c, old.x, old.y, old.minX, old.minY, old.maxX, old.maxY);
            out.add(h);
            index.put(c.cell(), h);
        }
        this.hexes = out;
        this.byCell = index;
        this.scale = scale;
        redraw();
    }

    /** Outlines (world coordinates) by cell, computed off the JavaFX thread by {@link #prepare}. */
    private static final java.util.concurrent.ConcurrentHashMap<Long, double[][]> OUTLINES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Computes the outlines of {@code cells} ahead of {@link #show}, on the calling (background)
     * thread, so showing tens of thousands of hexagons costs the JavaFX thread no H3 calls.
     */
    public static void prepare(List<HexCell> cells) {
        if (OUTLINES.size() > 300_000) {
            OUTLINES.clear();
        }
        for (HexCell c : cells) {
            OUTLINES.computeIfAbsent(c.cell(), HexagonLayer::project);
        }
    }

    private static double[][] project(long cell) {
        List<LatLng> boundary = H3Cells.h3().cellToBoundary(cell);
        double[] x = new double[boundary.size()];
        double[] y = new double[boundary.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = WebMercator.unitX(boundary.get(i).lng);
            y[i] = WebMercator.unitY(boundary.get(i).lat);
        }
        return new double[][] {x, y};
    }

    private static Hex outline(HexCell c) {
        double[][] xy = OUTLINES.computeIfAbsent(c.cell(), HexagonLayer::project);
        double[] x = xy[0];
        double[] y = xy[1];
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        return new Hex(c, x, y, minX, minY, maxX, maxY);
    }

    /** The cells shown. */
    public List<HexCell> cells() {
        return hexes.stream().map(Hex::cell).toList();
    }

    /** The colour scale in use, or null when nothing is shown. */
    public ColourScale scale() {
        return scale;
    }

    /** The fill colour of a cell as drawn (for tests and the legend). */
    public Color colourOf(long cell) {
        Hex h = byCell.get(cell);
        return h == null || scale == null ? null : fill(h.cell);
    }

    /** The shown cell containing the point, or null. */
    public HexCell cellAt(double lon, double lat) {
        if (hexes.isEmpty()) {
            return null;
        }
        int res = H3Cells.h3().getResolution(hexes.get(0).cell.cell());
        Hex h = byCell.get(H3Cells.h3().latLngToCell(lat, lon, res));
        return h == null ? null : h.cell;
    }

    /** Outlines {@code cell} as selected (0 for none). */
    public void select(long cell) {
        selected = cell;
        redraw();
    }

    /** Fill opacity, 0..1. */
    public void setFillOpacity(double opacity) {
        fillOpacity = opacity;
        redraw();
    }

    public double fillOpacity() {
        return fillOpacity;
    }

    /** Outline colour. */
    public void setOutline(Color colour) {
        outline = colour;
        redraw();
    }

    public Color outlineColour() {
        return outline;
    }

    private Color fill(HexCell c) {
        if (mode == ColourMode.ARREST_RATE) {
            Double r = c.arrestRate();
            return r == null ? ColourScale.NO_DATA : scale.colour(r);
        }
        return scale.colour(c.incidents());
    }

    private boolean weak(HexCell c) {
        return mode == ColourMode.ARREST_RATE ? c.rateLowConfidence() : c.sparse();
    }

    @Override
    protected boolean draw(GraphicsContext g, MapTransform t, double width, double height) {
        if (scale == null || hexes.isEmpty()) {
            return false;
        }
        double minX = t.x(0);
        double maxX = t.x(width);
        double minY = t.y(0);
        double maxY = t.y(height);
        double[] px = new double[7];
        double[] py = new double[7];
        double side = t.scale() * (hexes.isEmpty() ? 0 : hexes.get(0).maxX - hexes.get(0).minX);
        g.setLineWidth(side > 12 ? 1.0 : 0.4);
        Hex chosen = null;
        for (Hex h : hexes) {
            if (h.maxX < minX || h.minX > maxX || h.maxY < minY || h.minY > maxY) {
                continue;
            }
            if (side < DOT_SIDE) {
                // a hexagon a few pixels wide is drawn as a square of the same area: the same picture,
                // and a rectangle costs the renderer a fraction of a polygon (tens of thousands of them
                // at whole-area views of r9/r10)
                double s = Math.max(1, side * 0.85);
                g.setGlobalAlpha(fillOpacity);
                g.setFill(fill(h.cell));
                g.fillRect(t.px((h.minX + h.maxX) / 2) - s / 2, t.py((h.minY + h.maxY) / 2) - s / 2, s, s);
                if (h.cell.cell() == selected) {
                    chosen = h;
                }
                continue;
            }
            int n = h.x.length;
            for (int i = 0; i < n; i++) {
                px[i] = t.px(h.x[i]);
                py[i] = t.py(h.y[i]);
            }
            g.setGlobalAlpha(fillOpacity);
            g.setFill(fill(h.cell));
            g.fillPolygon(px, py, n);
            boolean weak = weak(h.cell);
            if (weak && side > 6) {
                g.setFill(HATCH);
                g.fillPolygon(px, py, n);
            }
            g.setGlobalAlpha(1);
            if (side > 4) {
                g.setStroke(outline);
                g.setLineDashes(weak ? new double[] {4, 3} : null);
                g.strokePolygon(px, py, n);
            }
            if (h.cell.cell() == selected) {
                chosen = h;
            }
        }
        g.setLineDashes(null);
        if (chosen != null) {
            int n = chosen.x.length;
            for (int i = 0; i < n; i++) {
                px[i] = t.px(chosen.x[i]);
                py[i] = t.py(chosen.y[i]);
            }
            g.setStroke(Color.web("#1565c0"));
            g.setLineWidth(3);
            g.strokePolygon(px, py, n);
        }
        return true;
    }

    private static ImagePattern hatch() {
        int s = 8;
        WritableImage img = new WritableImage(s, s);
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                boolean line = (i + j) % s == 0 || (i + j) % s == 1;
                img.getPixelWriter().setColor(i, j, line ? Color.rgb(60, 60, 60, 0.55) : Color.TRANSPARENT);
            }
        }
        return new ImagePattern(img, 0, 0, s, s, false);
    }
}
