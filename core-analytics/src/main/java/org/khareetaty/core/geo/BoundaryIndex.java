package org.khareetaty.core.geo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The store's boundary layers in memory, for point-in-polygon lookups during an import: per layer
 * an STR-tree of polygon envelopes and an indexed point-in-area locator per polygon, so a lookup
 * touches only the few polygons whose envelope holds the point. Read only after construction, so
 * safe for concurrent lookups.
 */
public final class BoundaryIndex {
    private final List<Layer> layers;
    private final int primary;

    /**
     * One boundary layer: its name, the incidents column that holds its zone code, whether it is the
     * primary layer, its polygons, and the zone names by code.
     */
    public record Layer(String name, String zoneColumn, boolean primary, STRtree tree, Map<String, String> names) {}

    private record Zone(String code, IndexedPointInAreaLocator locator, long order) {}

    private BoundaryIndex(List<Layer> layers) {
        this.layers = List.copyOf(layers);
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
                    layers.add(new Layer(
                            rs.getString(1), rs.getString(2), rs.getBoolean(3), new STRtree(), new LinkedHashMap<>()));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT layer, code, name, geom, id FROM boundaries ORDER BY id")) {
                while (rs.next()) {
                    polygons.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Object[] {rs.getString(2), rs.getString(3), rs.getObject(4), rs.getLong(5)});
                }
            }
        }
        for (Layer layer : layers) {
            for (Object[] p : polygons.getOrDefault(layer.name(), List.of())) {
                Geometry g = (Geometry) p[2];
                layer.names().putIfAbsent((String) p[0], (String) p[1]);
                layer.tree()
                        .insert(
                                g.getEnvelopeInternal(),
                                new Zone((String) p[0], new IndexedPointInAreaLocator(g), (Long) p[3]));
            }
            layer.tree().build();
        }
        return new BoundaryIndex(layers);
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
        String[] codes = new String[layers.size()];
        Coordinate c = new Coordinate(lon, lat);
        Envelope e = new Envelope(c);
        for (int i = 0; i < codes.length; i++) {
            codes[i] = codeAt(layers.get(i).tree(), c, e);
        }
        return codes;
    }

    private static String codeAt(STRtree tree, Coordinate c, Envelope e) {
        Zone best = null;
        for (Object o : tree.query(e)) {
            Zone z = (Zone) o;
            if ((best == null || z.order() < best.order()) && z.locator().locate(c) != Location.EXTERIOR) {
                best = z;
            }
        }
        return best == null ? null : best.code();
    }

    /** The name of the zone with {@code code} in the layer at {@code layerIndex}, or null. */
    public String nameOf(int layerIndex, String code) {
        return layers.get(layerIndex).names().get(code);
    }
}
