package org.khareetaty.geo.basemap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.khareetaty.core.geo.ZoneNames;
import org.khareetaty.core.store.StoreException;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.linemerge.LineMerger;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * What the basemap draws, read from a store's boundary layers: the land (the study area, the union of
 * the primary layer), each layer's zones and borders in Web Mercator world coordinates, the
 * attribution of the boundary data, and a fingerprint that changes whenever a layer is reloaded.
 */
public final class BasemapContent {
    /** Borders closer than this to the study area's edge (about 2 m) are the edge itself, drawn once. */
    private static final double EDGE_TOLERANCE_WORLD = 2.0 / 40_075_016.686 * WebMercator.TILE_SIZE;

    private final List<BasemapLayer> layers;
    private final Geometry land;
    private final Geometry landEdge;
    private final String attribution;
    private final String fingerprint;

    private BasemapContent(List<BasemapLayer> layers, Geometry land, String attribution, String fingerprint) {
        this.layers = List.copyOf(layers);
        this.land = land;
        this.landEdge = land.getBoundary();
        this.attribution = attribution;
        this.fingerprint = fingerprint;
    }

    /**
     * Reads every boundary layer of the store behind {@code c}.
     *
     * @throws StoreException when the store cannot be read
     * @throws IllegalStateException when the store has no boundary layer
     */
    public static BasemapContent read(Connection c) {
        return read(c, null);
    }

    /**
     * Reads the boundary layers named in {@code only} (all when null or empty); the primary layer is
     * always read, as it is the land.
     */
    public static BasemapContent read(Connection c, Set<String> only) {
        try {
            List<LayerRow> rows = layerRows(c);
            if (rows.isEmpty()) {
                throw new IllegalStateException(
                        "The store has no boundary layer to draw a basemap from: load one first "
                                + "(khareetaty boundaries load, or khareetaty demo)");
            }
            String fingerprint = fingerprint(rows);
            if (only != null && !only.isEmpty()) {
                Set<String> known = new TreeSet<>();
                rows.forEach(r -> known.add(r.name));
                for (String name : only) {
                    if (!known.contains(name)) {
                        throw new IllegalArgumentException(
                                "No boundary layer '" + name + "' in the store; its layers are " + known);
                    }
                }
                rows.removeIf(r -> !r.primary && !only.contains(r.name));
            }
            Map<String, List<BasemapZone>> zones = zones(c, rows);
            return build(rows, zones, fingerprint);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the boundary layers for the basemap: " + e.getMessage(), e);
        }
    }

    private record LayerRow(String name, boolean primary, String source, String loadedAt, int features) {}

    private static List<LayerRow> layerRows(Connection c) throws SQLException {
        List<LayerRow> rows = new ArrayList<>();
        try (var s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT layer, is_primary, source_file, "
                        + "CAST(loaded_at AS VARCHAR), feature_count FROM boundary_layers ORDER BY layer")) {
            while (rs.next()) {
                rows.add(new LayerRow(
                        rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
            }
        }
        return rows;
    }

    private static Map<String, List<BasemapZone>> zones(Connection c, List<LayerRow> rows) throws SQLException {
        Map<String, List<BasemapZone>> byLayer = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code, name, attributes, geom FROM boundaries WHERE layer = ? ORDER BY code, id")) {
            for (LayerRow row : rows) {
                ps.setString(1, row.name);
                Map<String, List<Geometry>> parts = new LinkedHashMap<>();
                Map<String, String[]> names = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String code = rs.getString(1);
                        parts.computeIfAbsent(code, k -> new ArrayList<>()).add(rs.getObject(4, Geometry.class));
                        names.putIfAbsent(code, new String[] {rs.getString(2), ZoneNames.arabicName(rs.getString(3))});
                    }
                }
                List<BasemapZone> zones = new ArrayList<>();
                parts.forEach((code, geoms) -> {
                    Geometry world = toWorld(geoms.size() == 1 ? geoms.get(0) : UnaryUnionOp.union(geoms));
                    zones.add(new BasemapZone(row.name, code, names.get(code)[0], names.get(code)[1], world));
                });
                byLayer.put(row.name, zones);
            }
        }
        return byLayer;
    }

    /**
     * The fingerprint of the store's boundary layers (names, sources, load times, sizes), read
     * without drawing anything: equal to {@link #fingerprint()} of content read from the same store.
     */
    public static String layersFingerprint(Connection c) {
        try {
            return fingerprint(layerRows(c));
        } catch (SQLException e) {
            throw new StoreException("Cannot read the boundary layers for the basemap: " + e.getMessage(), e);
        }
    }

    /**
     * The credit for the store's boundary layers ({@link #attribution()}), read without drawing
     * anything, or empty when the store has no layer.
     */
    public static java.util.Optional<String> layersAttribution(Connection c) {
        try {
            List<LayerRow> rows = layerRows(c);
            return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(attribution(rows));
        } catch (SQLException e) {
            throw new StoreException("Cannot read the boundary layers for the basemap: " + e.getMessage(), e);
        }
    }

    private static BasemapContent build(List<LayerRow> rows, Map<String, List<BasemapZone>> zones, String fingerprint) {
        LayerRow primary = rows.stream().filter(LayerRow::primary).findFirst().orElse(rows.get(0));
        List<Geometry> primaryZones =
                zones.get(primary.name).stream().map(BasemapZone::world).toList();
        Geometry land = union(primaryZones);
        IndexedFacetDistance edge = new IndexedFacetDistance(land.getBoundary());
        List<LayerRow> byCoarseness = new ArrayList<>(rows);
        byCoarseness.sort(
                Comparator.comparingInt((LayerRow r) -> zones.get(r.name).size())
                        .thenComparing(LayerRow::name));
        List<BasemapLayer> layers = new ArrayList<>();
        for (int rank = 0; rank < byCoarseness.size(); rank++) {
            LayerRow row = byCoarseness.get(rank);
            List<BasemapZone> layerZones = zones.get(row.name);
            layers.add(new BasemapLayer(
                    row.name,
                    row == primary,
                    rank,
                    layerZones,
                    borders(layerZones, edge, land.getFactory()),
                    medianExtent(layerZones)));
        }
        return new BasemapContent(layers, land, attribution(rows), fingerprint);
    }

    /**
     * The union of a layer's zones: a coverage union (JTS {@code CoverageUnion}, fast, matching
     * shared edges) when the zones tile without gaps or overlaps, else a full overlay union.
     */
    private static Geometry union(List<Geometry> zones) {
        try {
            Geometry u = CoverageUnion.union(zones.toArray(Geometry[]::new));
            if (u != null && u.isValid()) {
                return u;
            }
        } catch (RuntimeException e) {
            // not a clean coverage: the overlay union below copes
        }
        return UnaryUnionOp.union(zones);
    }

    /**
     * The zones' borders inside the study area, each shared edge once: a segment that two zones
     * share is kept once; a segment of one zone only is kept unless it lies on the study area's
     * edge (the coast, the city limit), which is drawn on its own. Counting segments instead of
     * noding the linework keeps this linear in the number of vertices.
     */
    private static Geometry borders(List<BasemapZone> zones, IndexedFacetDistance edge, GeometryFactory f) {
        Map<Segment, Integer> counts = new LinkedHashMap<>();
        for (BasemapZone z : zones) {
            for (int i = 0; i < z.world().getNumGeometries(); i++) {
                if (z.world().getGeometryN(i) instanceof Polygon p) {
                    countSegments(p.getExteriorRing().getCoordinates(), counts);
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        countSegments(p.getInteriorRingN(h).getCoordinates(), counts);
                    }
                }
            }
        }
        LineMerger merger = new LineMerger();
        counts.forEach((s, n) -> {
            Coordinate a = new Coordinate(s.x0, s.y0);
            Coordinate b = new Coordinate(s.x1, s.y1);
            if (n >= 2
                    || edge.distance(f.createPoint(new Coordinate((s.x0 + s.x1) / 2, (s.y0 + s.y1) / 2)))
                            > EDGE_TOLERANCE_WORLD) {
                merger.add(f.createLineString(new Coordinate[] {a, b}));
            }
        });
        @SuppressWarnings("unchecked")
        var merged = (java.util.Collection<Geometry>) merger.getMergedLineStrings();
        return f.buildGeometry(merged);
    }

    /** A segment with its ends in a fixed order, so the two zones sharing it count the same segment. */
    private record Segment(double x0, double y0, double x1, double y1) {
        static Segment of(Coordinate a, Coordinate b) {
            boolean swap = a.x > b.x || (a.x == b.x && a.y > b.y);
            return swap ? new Segment(b.x, b.y, a.x, a.y) : new Segment(a.x, a.y, b.x, b.y);
        }
    }

    private static void countSegments(Coordinate[] ring, Map<Segment, Integer> counts) {
        for (int k = 1; k < ring.length; k++) {
            if (!ring[k - 1].equals2D(ring[k])) {
                counts.merge(Segment.of(ring[k - 1], ring[k]), 1, Integer::sum);
            }
        }
    }

    private static double medianExtent(List<BasemapZone> zones) {
        double[] sizes = zones.stream()
                .mapToDouble(z -> Math.sqrt(z.world().getArea()))
                .sorted()
                .toArray();
        return sizes.length == 0 ? 0 : sizes[sizes.length / 2];
    }

    /** Credits for the boundary data, from the layers' source files. */
    private static String attribution(List<LayerRow> rows) {
        Set<String> credits = new TreeSet<>();
        for (LayerRow r : rows) {
            String source = r.source == null ? "" : r.source;
            String lower = source.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("naturalearth") || lower.contains("natural_earth")) {
                credits.add("Natural Earth");
            } else if (lower.contains("chicago")) {
                credits.add("City of Chicago");
            } else {
                String file = source.replace('\\', '/');
                credits.add(file.substring(file.lastIndexOf('/') + 1));
            }
        }
        return "Boundaries: " + String.join(", ", credits);
    }

    private static String fingerprint(List<LayerRow> rows) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (LayerRow r : rows) {
                md.update((r.name + "|" + r.primary + "|" + r.source + "|" + r.loadedAt + "|" + r.features + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(Arrays.copyOf(md.digest(), 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a WGS84 geometry in world coordinates. */
    static Geometry toWorld(Geometry lonLat) {
        Geometry g = lonLat.copy();
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lon = seq.getX(i);
                double lat = seq.getY(i);
                seq.setOrdinate(i, 0, WebMercator.worldX(lon));
                seq.setOrdinate(i, 1, WebMercator.worldY(lat));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        g.setSRID(0);
        return g;
    }

    /** Layers from the coarsest (rank 0) to the finest. */
    public List<BasemapLayer> layers() {
        return layers;
    }

    /** The study area in world coordinates. */
    public Geometry land() {
        return land;
    }

    /** The study area's edge (coast, city limit) in world coordinates. */
    public Geometry landEdge() {
        return landEdge;
    }

    /** The study area's envelope in world coordinates. */
    public Envelope worldExtent() {
        return land.getEnvelopeInternal();
    }

    /** Credits for the boundary data ("Boundaries: Natural Earth"). */
    public String attribution() {
        return attribution;
    }

    /** Changes whenever a layer is loaded, replaced or removed. */
    public String fingerprint() {
        return fingerprint;
    }
}
