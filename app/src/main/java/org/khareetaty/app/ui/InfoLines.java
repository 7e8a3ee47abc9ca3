package org.khareetaty.app.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.map.HexCell;
import org.khareetaty.app.ui.map.MapConsole;
import org.khareetaty.app.ui.map.MapShape;
import org.khareetaty.app.ui.map.ShapeLayer;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.CellLabels;
import org.khareetaty.core.hexgrid.CellStats;
import org.khareetaty.core.hexgrid.Drill;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** The lines the info panel shows: what identify finds under a click, and what a drawn polygon selects. */
final class InfoLines {
    private static final GeometryFactory GF = new GeometryFactory();

    private InfoLines() {}

    /**
     * The point clicked, the zone of each boundary layer under it, the hexagon's counts and arrest
     * rate (with its label from {@code drill}, when shown), and the hotspot and Gi* cell under it.
     *
     * @param cell  the hexagon clicked, or null
     * @param drill the drill-down shown, or null
     */
    static List<String> identify(MapConsole console, MapConsole.Click click, HexCell cell, Drill drill) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%.5f, %.5f", click.lat(), click.lon()));
        for (Map.Entry<String, ShapeLayer> e : console.boundaryLayers().entrySet()) {
            MapShape zone = e.getValue().shapeAt(click.lon(), click.lat());
            if (zone != null) {
                lines.add(e.getKey() + ": " + zone.label()
                        + (zone.label().equals(zone.data()) ? "" : " (" + zone.data() + ")"));
            }
        }
        if (cell != null) {
            // the cell by its name; its H3 id only on request (the panel's Copy H3 id)
            lines.add(Messages.text("info.cell", H3Cells.h3().getResolution(cell.cell()), name(cell.cell(), drill)));
            lines.add(Messages.text(cell.sparse() ? "info.incidents.sparse" : "info.incidents", cell.incidents()));
            Double rate = cell.arrestRate();
            lines.add(
                    rate == null
                            ? Messages.text("info.arrests.none")
                            : Messages.text(
                                            "info.arrests",
                                            String.format(Locale.ROOT, "%.1f%%", 100 * rate),
                                            cell.arrests(),
                                            cell.known())
                                    + (cell.rateLowConfidence() ? Messages.text("info.lowConfidence") : ""));
        }
        MapShape hot = console.hotspots().isVisible() ? console.hotspots().shapeAt(click.lon(), click.lat()) : null;
        if (hot != null) {
            lines.add(hot.label() + ": " + hot.data());
        }
        MapShape gi = console.giStar().isVisible() ? console.giStar().shapeAt(click.lon(), click.lat()) : null;
        if (gi != null) {
            lines.add("Gi*: " + gi.data());
        }
        return lines;
    }

    /** The drill-down's label of {@code cell}, or its centre when the drill-down does not show it. */
    private static String name(long cell, Drill drill) {
        return drill == null
                ? CellLabels.centreOf(cell, Messages.locale())
                : drill.cells().stream()
                        .filter(c -> c.cell() == cell)
                        .map(CellStats::label)
                        .findFirst()
                        .orElseGet(() -> CellLabels.centreOf(cell, Messages.locale()));
    }

    /** The cells whose centre lies inside the polygon of {@code vertices} (lon/lat), none when it crosses itself. */
    static Set<Long> inside(List<double[]> vertices, List<HexCell> cells) {
        Polygon polygon = polygon(vertices);
        return polygon.isValid() ? inside(polygon, cells) : Set.of();
    }

    private static Set<Long> inside(Polygon polygon, List<HexCell> cells) {
        Set<Long> out = new HashSet<>();
        for (HexCell c : cells) {
            var centre = H3Cells.h3().cellToLatLng(c.cell());
            if (polygon.contains(GF.createPoint(new Coordinate(centre.lng, centre.lat)))) {
                out.add(c.cell());
            }
        }
        return out;
    }

    private static Polygon polygon(List<double[]> vertices) {
        Coordinate[] ring = new Coordinate[vertices.size() + 1];
        for (int i = 0; i < vertices.size(); i++) {
            ring[i] = new Coordinate(vertices.get(i)[0], vertices.get(i)[1]);
        }
        ring[vertices.size()] = ring[0];
        return GF.createPolygon(ring);
    }

    /**
     * The cells of {@code cells} whose centre lies inside the polygon of {@code vertices} (lon, lat),
     * their incidents and share of the scope, and their arrest rate; a request to draw again when the
     * polygon crosses itself.
     */
    static List<String> selection(List<double[]> vertices, List<HexCell> cells) {
        Polygon polygon = polygon(vertices);
        if (!polygon.isValid()) {
            return List.of(Messages.text("info.polygon.invalid"));
        }
        Set<Long> chosen = inside(polygon, cells);
        long inside = 0;
        long incidents = 0;
        long known = 0;
        long arrests = 0;
        for (HexCell c : cells) {
            if (chosen.contains(c.cell())) {
                inside++;
                incidents += c.incidents();
                known += c.known();
                arrests += c.arrests();
            }
        }
        long total = cells.stream().mapToLong(HexCell::incidents).sum();
        List<String> lines = new ArrayList<>();
        lines.add(Messages.text("info.polygon.cells", inside));
        lines.add(Messages.text(
                "info.polygon.incidents",
                incidents,
                String.format(Locale.ROOT, "%.0f%%", total == 0 ? 0 : 100.0 * incidents / total)));
        lines.add(
                known == 0
                        ? Messages.text("info.arrests.none")
                        : Messages.text(
                                "info.arrests",
                                String.format(Locale.ROOT, "%.1f%%", 100.0 * arrests / known),
                                arrests,
                                known));
        return lines;
    }
}
