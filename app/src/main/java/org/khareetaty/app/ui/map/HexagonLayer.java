package org.khareetaty.app.ui.map;

import com.uber.h3core.util.LatLng;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.CellLabels;
import org.khareetaty.core.hexgrid.CellStats;
import org.khareetaty.core.hexgrid.ScopeQuery;
import org.khareetaty.geo.basemap.WebMercator;

/**
 * The H3 hexagons of the current scope, coloured by a {@link ColourScale}. Cells whose figure says
 * little are hatched with a dashed outline: in volume mode those with fewer incidents than
 * {@link ScopeQuery#sparseBelow} gives for the period (ten over four weeks or more), in
 * arrest-rate mode those whose rate is low confidence. The selected cells (a click, a polygon, or rows
 * of the attribute table) are outlined in blue.
 */
public final class HexagonLayer extends CanvasLayer {
    private static final ImagePattern HATCH = hatch();
    /** Below this width in pixels a hexagon is drawn as a square (no outline or hatching shows at that size anyway). */
    static final double DOT_SIDE = 4;

    private List<Hex> hexes = List.of();
    private Map<Long, Hex> byCell = Map.of();
    private ColourMode mode = ColourMode.VOLUME;
    private ColourScale scale;
    private Set<Long> selected = Set.of();
    private Consumer<Set<Long>> onSelect = cells -> {};
    private double fillOpacity = 0.7;
    private int sparseBelow = ScopeQuery.MIN_INCIDENTS;
    private Map<Long, String> streets = Map.of();
    private Color outline = Color.web("#5a5a5a");
    private java.util.function.BooleanSupplier streetsUnder = () -> false;

    /** A cell with its outline in world coordinates. */
    private record Hex(HexCell cell, double[] x, double[] y, double minX, double minY, double maxX, double maxY) {}

    public HexagonLayer() {
        super(Messages.text("layer.hexagons"));
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
        select(cell == 0 ? Set.of() : Set.of(cell));
    }

    /** Outlines {@code cells} as selected, and tells {@link #setOnSelect}'s handler when that changes them. */
    public void select(Set<Long> cells) {
        if (cells.equals(selected)) {
            return;
        }
        selected = Set.copyOf(cells);
        redraw();
        onSelect.accept(selected);
    }

    /** The selected cells. */
    public Set<Long> selected() {
        return selected;
    }

    /** Called with the selected cells whenever they change. */
    public void setOnSelect(Consumer<Set<Long>> onSelect) {
        this.onSelect = onSelect;
    }

    /** Volume mode hatches cells of fewer incidents than this ({@link ScopeQuery#sparseBelow} of the period). */
    public void setSparseBelow(int incidents) {
        sparseBelow = incidents;
        redraw();
    }

    /**
     * Names cells by the block most of their incidents give (r9, r10: "037XX N HALSTED ST"), drawn
     * inside each hexagon wide enough for it: the street context of the map where the basemap has
     * no streets.
     */
    public void setStreets(Map<Long, String> streets) {
        this.streets = Map.copyOf(streets);
        redraw();
    }

    /**
     * Tells the layer whether a street layer is drawn under it now ({@link StreetLayer#shownUnderHexagons}):
     * then the fill is at most {@value #FILL_OVER_STREETS} opaque, so the streets show through, and
     * the cells carry no block names (the streets have their own).
     */
    public void setStreetsUnder(java.util.function.BooleanSupplier streetsUnder) {
        this.streetsUnder = streetsUnder;
        redraw();
    }

    /** The fill opacity over a street layer. */
    static final double FILL_OVER_STREETS = 0.45;

    /** The fill opacity as drawn now (lower over streets). */
    public double drawnFillOpacity() {
        return streetsUnder.getAsBoolean() ? Math.min(fillOpacity, FILL_OVER_STREETS) : fillOpacity;
    }

    /** The streets of street-scale cells (r9, r10) by their labels ({@link CellLabels#street}); none for coarser cells. */
    public static Map<Long, String> streetsOf(List<CellStats> cells) {
        Map<Long, String> out = new HashMap<>();
        for (CellStats c : cells) {
            String street =
                    H3Cells.h3().getResolution(c.cell()) >= CellLabels.STREET_RES ? CellLabels.street(c.label()) : null;
            if (street != null) {
                out.put(c.cell(), street);
            }
        }
        return out;
    }

    /** The street names drawn in the cells. */
    public Map<Long, String> streets() {
        return streets;
    }

    /** Whether volume mode hatches {@code cell} as drawn now (for tests). */
    public boolean hatched(HexCell cell) {
        return weak(cell);
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
        return mode == ColourMode.ARREST_RATE ? c.rateLowConfidence() : c.incidents() < sparseBelow;
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
        List<Hex> chosen = new ArrayList<>();
        boolean overStreets = streetsUnder.getAsBoolean();
        double alpha = drawnFillOpacity();
        for (Hex h : hexes) {
            if (h.maxX < minX || h.minX > maxX || h.maxY < minY || h.minY > maxY) {
                continue;
            }
            if (side < DOT_SIDE) {
                // a hexagon a few pixels wide is drawn as a square of the same area: the same picture,
                // and a rectangle costs the renderer a fraction of a polygon (tens of thousands of them
                // at whole-area views of r9/r10)
                double s = Math.max(1, side * 0.85);
                g.setGlobalAlpha(alpha);
                g.setFill(fill(h.cell));
                g.fillRect(t.px((h.minX + h.maxX) / 2) - s / 2, t.py((h.minY + h.maxY) / 2) - s / 2, s, s);
                if (selected.contains(h.cell.cell())) {
                    chosen.add(h);
                }
                continue;
            }
            int n = h.x.length;
            for (int i = 0; i < n; i++) {
                px[i] = t.px(h.x[i]);
                py[i] = t.py(h.y[i]);
            }
            g.setGlobalAlpha(alpha);
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
            if (selected.contains(h.cell.cell())) {
                chosen.add(h);
            }
        }
        g.setLineDashes(null);
        if (side > STREET_SIDE && !streets.isEmpty() && !overStreets) {
            drawStreets(g, t, minX, maxX, minY, maxY, side);
        }
        g.setStroke(Color.web("#1565c0"));
        g.setLineWidth(chosen.size() > 50 ? 2 : 3);
        for (Hex h : chosen) {
            int n = h.x.length;
            for (int i = 0; i < n; i++) {
                px[i] = t.px(h.x[i]);
                py[i] = t.py(h.y[i]);
            }
            g.strokePolygon(px, py, n);
        }
        return true;
    }

    /** A hexagon at least this wide in pixels carries its street name. */
    static final double STREET_SIDE = 70;

    private static final javafx.scene.text.Font STREET_FONT = javafx.scene.text.Font.font("System", 11);

    private void drawStreets(
            GraphicsContext g, MapTransform t, double minX, double maxX, double minY, double maxY, double side) {
        g.setFont(STREET_FONT);
        g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        g.setTextBaseline(javafx.geometry.VPos.CENTER);
        g.setLineWidth(3);
        for (Hex h : hexes) {
            String name = streets.get(h.cell.cell());
            if (name == null || h.maxX < minX || h.minX > maxX || h.maxY < minY || h.minY > maxY) {
                continue;
            }
            double x = t.px((h.minX + h.maxX) / 2);
            double y = t.py((h.minY + h.maxY) / 2);
            g.setStroke(Color.rgb(255, 255, 255, 0.85));
            g.strokeText(name, x, y, side * 0.8);
            g.setFill(Color.web("#263238"));
            g.fillText(name, x, y, side * 0.8);
        }
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
