package org.khareetaty.core.geo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * The store's boundary layers in memory, for point-in-polygon lookups: per layer an STR-tree of
 * the polygons ({@link #load}), or, for an import's lookups by the million, a {@link ZoneGrid}
 * whose cells inside a zone answer at once ({@link #gridded}). Both give the same answers. Read
 * only after construction, so safe for concurrent lookups.
 */
public final class BoundaryIndex {
    private final List<Layer> layers;
    private final List<List<ZoneGrid.Zone>> zones;
    private final List<ZoneLookup> lookups;
    private final int primary;

    /**
     * One boundary layer: its name, the incidents column that holds its zone code, whether it is the
     * primary layer, and the zone names by code.
     */
    public record Layer(String name, String zoneColumn, boolean primary, Map<String, String> names) {}

    private BoundaryIndex(List<Layer> layers, List<List<ZoneGrid.Zone>> zones, List<ZoneLookup> lookups) {
        this.layers = List.copyOf(layers);
        this.zones = List.copyOf(zones);
        this.lookups = List.copyOf(lookups);
        int p = -1;
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).primary()) {
                p = i;
            }
        }
        this.primary = p;
    }

    /** Reads every boundary layer of the store. */
    public static BoundaryIndex load(Connection c) throws SQLException {
        Map<String, List<Object[]>> polygons = new LinkedHashMap<>();
        List<Layer> layers = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "SELECT layer, zone_column, is_primary FROM boundary_layers ORDER BY loaded_at, layer")) {
                while (rs.next()) {
                    layers.add(new Layer(rs.getString(1), rs.getString(2), rs.getBoolean(3), new LinkedHashMap<>()));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT layer, code, name, geom, id FROM boundaries ORDER BY id")) {
                while (rs.next()) {
                    polygons.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Object[] {rs.getString(2), rs.getString(3), rs.getObject(4), rs.getLong(5)});
                }
            }
        }
        List<List<ZoneGrid.Zone>> zones = new ArrayList<>();
        for (Layer layer : layers) {
            List<ZoneGrid.Zone> zs = new ArrayList<>();
            for (Object[] p : polygons.getOrDefault(layer.name(), List.of())) {
                layer.names().putIfAbsent((String) p[0], (String) p[1]);
                zs.add(new ZoneGrid.Zone((String) p[0], (Geometry) p[2], (Long) p[3]));
            }
            zones.add(zs);
        }
        return new BoundaryIndex(
                layers, zones, zones.stream().<ZoneLookup>map(ZonePolygons::new).toList());
    }

    /**
     * The same layers with a {@link ZoneGrid} each, for an import: building the grids of Chicago's
     * three layers takes about 0.3 s of CPU, and a lookup then costs a fifth to a seventh of the
     * STR-tree's (docs/store.md, "Zone lookup").
     */
    public BoundaryIndex gridded() {
        return new BoundaryIndex(
                layers, zones, zones.stream().<ZoneLookup>map(ZoneGrid::of).toList());
    }

    /** The layers in load order. */
    public List<Layer> layers() {
        return layers;
    }

    /** Index of the primary layer in {@link #layers()}, or -1. */
    public int primaryIndex() {
        return primary;
    }

    /**
     * The zone code of each layer (in {@link #layers()} order) that contains the point, null where
     * none does. A point on a shared edge goes to the polygon loaded first.
     */
    public String[] zonesOf(double lon, double lat) {
        String[] codes = new String[lookups.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = lookups.get(i).codeAt(lon, lat);
        }
        return codes;
    }

    /** The name of the zone with {@code code} in the layer at {@code layerIndex}, or null. */
    public String nameOf(int layerIndex, String code) {
        return layers.get(layerIndex).names().get(code);
    }
}
