package org.khareetaty.core.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.ColourClasses;
import org.khareetaty.core.hexgrid.GoldCube;
import org.khareetaty.core.hexgrid.PeriodTally;
import org.khareetaty.core.incidents.IncidentExtent;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * What a report's map shows, read from the store's own data, offline: the basemap (every zone of
 * the store's boundary layers, as the window's offline basemap draws them from the boundaries), the
 * scope's outline, and the coloured areas: the zones of the report's layer, or the H3 cells of a
 * resolution that suits the extent when there is no layer, each with its count in the period,
 * classed by {@link ColourClasses#quantiles} as the window's map classes its hexagons (YlOrRd, 5
 * colours). Shapes are simplified to about a thousandth of the extent, below what a page shows.
 *
 * @param extent      the longitudes and latitudes shown
 * @param basemap     the outlines of the store's zones, every layer
 * @param scope       the scope's shape, or null for the whole area
 * @param areas       the coloured areas with their counts
 * @param areaLayer   what the areas are: a layer's name, or {@code r8} for H3 cells of that resolution
 * @param classes     the areas' colour classes (null when no area has an incident)
 * @param points      points drawn on top (the briefing's incidents), lon/lat
 * @param boundaries  the files the boundary layers were loaded from
 * @param sources     the files the incidents came from
 * @param boxes       the forecast boxes drawn on top, or null when not chosen
 * @param hotspots    the hotspots drawn on top, or null when not chosen
 * @param raster      raster basemap tiles drawn under everything, or null for the boundaries alone
 * @param streets     the store's street lines drawn under the areas, or null for none
 */
public record ReportMap(
        Envelope extent,
        List<Geometry> basemap,
        Geometry scope,
        List<Area> areas,
        String areaLayer,
        ColourClasses classes,
        List<Coordinate> points,
        List<String> boundaries,
        List<String> sources,
        ForecastBoxes boxes,
        MapHotspots hotspots,
        RasterTiles raster,
        StreetLayer streets) {

    /** A coloured area: a zone's code or a cell's id, its shape and its count. */
    public record Area(String key, Geometry shape, long count) {}

    private static final GeometryFactory WGS84 = ReportScope.WGS84;

    /**
     * The KPI report's map of {@code request}: the zones of its layer with their period counts
     * ({@code zoneCounts}, every zone of the table), or the H3 cells of the period without a layer, counted
     * off the drill-down's aggregates ({@code cube}) when the scope allows (else null: from the incidents);
     * the incidents' files ({@code sources}) credited.
     */
    static ReportMap read(
            Connection c,
            KpiRequest request,
            Map<String, Long> zoneCounts,
            KpiCounts.Filter filter,
            GoldCube cube,
            List<String> sources)
            throws SQLException {
        Geometry scope = scopeShape(c, request.scope());
        List<Geometry> basemap = basemap(c);
        Envelope extent = extent(scope, basemap);
        if (extent.isNull()) {
            // a store without boundary layers (a city with a study area only): the incidents' extent
            extent = IncidentExtent.of(c);
        }
        double tolerance = extent.getWidth() / 1000;
        List<Area> areas = new ArrayList<>();
        String areaLayer;
        if (request.layer() != null) {
            areaLayer = request.layer();
            Map<String, Geometry> shapes = shapes(c, request.layer());
            for (Map.Entry<String, Long> zone : zoneCounts.entrySet()) {
                Geometry shape = shapes.get(zone.getKey());
                if (shape != null) {
                    areas.add(new Area(zone.getKey(), simplify(shape, tolerance), zone.getValue()));
                }
            }
        } else {
            int res = resolution(extent);
            areaLayer = "r" + res;
            areas = cube == null ? cells(c, request.period(), filter, res) : cells(cube, request, res);
        }
        if (scope == null && !areas.isEmpty()) {
            extent = new Envelope();
            for (Area a : areas) {
                extent.expandToInclude(a.shape().getEnvelopeInternal());
            }
        }
        return new ReportMap(
                padded(extent),
                basemap.stream().map(g -> simplify(g, tolerance)).toList(),
                scope == null ? null : simplify(scope, tolerance),
                areas,
                areaLayer,
                classes(areas),
                List.of(),
                boundaryFiles(c),
                sources,
                null,
                null,
                null,
                null);
    }

    /** This map with {@code boxes} and {@code hotspots} (either may be null) drawn on it, those in its scope only. */
    ReportMap with(ForecastBoxes boxes, MapHotspots hotspots) {
        return drawn(
                boxes == null ? null : boxes.within(scope),
                hotspots == null ? null : hotspots.within(scope),
                raster,
                streets);
    }

    /**
     * This map drawn over the raster basemap {@code tiles} (null: the boundaries alone) and the street lines of
     * {@code lines} (null: none).
     */
    public ReportMap withBackground(RasterTiles tiles, StreetLayer lines) {
        return drawn(boxes, hotspots, tiles, lines);
    }

    /** This map's areas with these layers drawn over and under them. */
    private ReportMap drawn(ForecastBoxes boxes, MapHotspots hotspots, RasterTiles raster, StreetLayer streets) {
        return new ReportMap(
                extent,
                basemap,
                scope,
                areas,
                areaLayer,
                classes,
                points,
                boundaries,
                sources,
                boxes,
                hotspots,
                raster,
                streets);
    }

    /** The briefing's map of {@code zone}: its outline, the basemap and {@code points}. */
    static ReportMap briefing(Connection c, ReportScope.Zone zone, List<Coordinate> points) throws SQLException {
        Geometry scope = scopeShape(c, zone);
        List<Geometry> basemap = basemap(c);
        Envelope extent = extent(scope, basemap);
        points.forEach(extent::expandToInclude);
        double tolerance = extent.getWidth() / 1000;
        return new ReportMap(
                padded(extent),
                around(basemap, extent).stream()
                        .map(g -> simplify(g, tolerance))
                        .toList(),
                scope == null ? null : simplify(scope, tolerance),
                List.of(),
                null,
                null,
                List.copyOf(points),
                boundaryFiles(c),
                KpiCounts.sources(c),
                null,
                null,
                null,
                null);
    }

    /** The classes of the areas' counts, as the window classes its hexagons by volume; null when there are no incidents. */
    static ColourClasses classes(List<Area> areas) {
        double[] counts = areas.stream().mapToDouble(Area::count).toArray();
        return areas.isEmpty() || java.util.Arrays.stream(counts).max().orElse(0) == 0
                ? null
                : ColourClasses.quantiles(counts, ColourClasses.YL_OR_RD.size(), false, false);
    }

    /**
     * The H3 resolution of a map of {@code extent}: the finest of r7..r10 with at most about 45
     * cells across it (r8 over Chicago, r10 over a district).
     */
    static int resolution(Envelope extent) {
        if (extent.isNull()) {
            return 7;
        }
        double metres = extent.getWidth() * 111_320 * Math.cos(Math.toRadians(extent.centre().y));
        int res = 7;
        for (int r = 8; r <= H3Cells.MAX_RES; r++) {
            double across = metres / (1.7 * H3Cells.h3().getHexagonEdgeLengthAvg(r, com.uber.h3core.LengthUnit.m));
            if (across <= 45) {
                res = r;
            }
        }
        return res;
    }

    private static Envelope extent(Geometry scope, List<Geometry> basemap) {
        Envelope e = new Envelope();
        if (scope != null) {
            e.expandToInclude(scope.getEnvelopeInternal());
        } else {
            basemap.forEach(g -> e.expandToInclude(g.getEnvelopeInternal()));
        }
        return e;
    }

    private static Envelope padded(Envelope e) {
        Envelope out = new Envelope(e);
        if (out.isNull()) {
            return out;
        }
        out.expandBy(Math.max(out.getWidth(), out.getHeight()) * 0.03 + 1e-4);
        return out;
    }

    /**
     * The shapes of {@code basemap} near {@code extent}: those whose envelope meets it widened by its larger side
     * on every side, so any page frame up to 3:1 around it shows all it would have shown. A zone's briefing map
     * simplified every boundary of the city at the zone's fine tolerance: on Chicago's three layers a fifth of a
     * briefing's CPU (JFR, docs/benchmarks.md "Reports").
     */
    private static List<Geometry> around(List<Geometry> basemap, Envelope extent) {
        if (extent.isNull()) {
            return basemap;
        }
        Envelope near = new Envelope(extent);
        near.expandBy(Math.max(extent.getWidth(), extent.getHeight()));
        return basemap.stream()
                .filter(g -> g.getEnvelopeInternal().intersects(near))
                .toList();
    }

    private static Geometry simplify(Geometry g, double tolerance) {
        return TopologyPreservingSimplifier.simplify(g, tolerance);
    }

    private static Geometry scopeShape(Connection c, ReportScope scope) throws SQLException {
        if (scope instanceof ReportScope.Zone z) {
            return shapes(c, z.layer()).get(z.code());
        }
        if (scope instanceof ReportScope.Cell cell) {
            return cell.shape();
        }
        if (scope instanceof ReportScope.Polygon p) {
            return p.shape();
        }
        return null;
    }

    private static List<Geometry> basemap(Connection c) throws SQLException {
        List<Geometry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT geom FROM boundaries ORDER BY layer, code, id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add((Geometry) rs.getObject(1));
            }
        }
        return out;
    }

    /** The shapes of {@code layer}'s zones by code, a zone of several features as one collection. */
    static Map<String, Geometry> shapes(Connection c, String layer) throws SQLException {
        Map<String, List<Geometry>> parts = new LinkedHashMap<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT code, geom FROM boundaries WHERE layer = ? ORDER BY code, id")) {
            ps.setString(1, layer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parts.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add((Geometry) rs.getObject(2));
                }
            }
        }
        Map<String, Geometry> out = new LinkedHashMap<>();
        parts.forEach((code, g) -> out.put(code, g.size() == 1 ? g.get(0) : WGS84.buildGeometry(g)));
        return out;
    }

    private static List<Area> cells(Connection c, ReportPeriod period, KpiCounts.Filter filter, int res)
            throws SQLException {
        List<Area> out = new ArrayList<>();
        String column = "h3_r" + res;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + ", COUNT(*) FROM incidents"
                + " WHERE local_date BETWEEN ? AND ?" + filter.sql() + " GROUP BY " + column)) {
            ps.setObject(1, period.from());
            ps.setObject(2, period.to());
            filter.bind(ps, 3);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long cell = rs.getLong(1);
                    out.add(new Area(Long.toHexString(cell), new ReportScope.Cell(cell).shape(), rs.getLong(2)));
                }
            }
        }
        return out;
    }

    private static List<Area> cells(GoldCube cube, KpiRequest request, int res) {
        ReportPeriod p = request.period();
        List<Area> out = new ArrayList<>();
        PeriodTally.byCell(cube, KpiCounts.cellOf(request.scope()), request.categories(), res, new LocalDate[][] {
                    {p.from(), p.to()}
                })
                .forEach((cell, n) ->
                        out.add(new Area(Long.toHexString(cell), new ReportScope.Cell(cell).shape(), n[0])));
        out.sort(java.util.Comparator.comparing(Area::key));
        return out;
    }

    private static List<String> boundaryFiles(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT layer, source_file FROM boundary_layers ORDER BY loaded_at, layer");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String file = rs.getString(2);
                Path name = file == null ? null : Path.of(file).getFileName();
                out.add(rs.getString(1) + (name == null ? "" : " (" + name + ")"));
            }
        }
        return out;
    }
}
