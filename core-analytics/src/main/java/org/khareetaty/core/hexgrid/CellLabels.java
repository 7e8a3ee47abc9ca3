package org.khareetaty.core.hexgrid;

import com.uber.h3core.util.LatLng;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.geo.H3Cells;

/**
 * Names a cell the way an analyst reads a map: the zones of every boundary layer its centre lies
 * in ("District 1 / Beat 0111"), and at street scale (r9, r10) the block or street most of its
 * incidents give ("Street-scale / 037XX N HALSTED ST"). Layer names become singular title case
 * ({@code community_areas} is "Community area"); a zone shows its name when it has one. The blocks
 * come from the {@link GoldCube}; labels are kept once made, so a drill-down session names each
 * cell once.
 */
public final class CellLabels {
    /** Resolution from which the dominant block of a cell's incidents names it. */
    public static final int STREET_RES = 9;
    private final BoundaryIndex boundaries;
    private final GoldCube cube;
    private final Map<Long, String> zones;
    private final Map<Long, String> cache = new ConcurrentHashMap<>();

    private CellLabels(BoundaryIndex boundaries, GoldCube cube, Map<Long, String> zones) {
        this.boundaries = boundaries;
        this.cube = cube;
        this.zones = zones;
    }

    /** Labels for the store's current boundary layers and the incidents of {@code cube}. */
    public static CellLabels of(Connection c, GoldCube cube) throws SQLException {
        return new CellLabels(BoundaryIndex.load(c), cube, new ConcurrentHashMap<>());
    }

    /** Labels for the same boundary layers (keeping the zones already found) and the incidents of {@code newer}. */
    CellLabels with(GoldCube newer) {
        return new CellLabels(boundaries, newer, zones);
    }

    /** The label of {@code cell}; the H3 id when no layer and no block names it. */
    public String label(long cell) {
        String cached = cache.get(cell);
        if (cached != null) {
            return cached;
        }
        StringJoiner label = new StringJoiner(" / ");
        String places = zones(cell);
        if (!places.isEmpty()) {
            label.add(places);
        }
        if (H3Cells.h3().getResolution(cell) >= STREET_RES) {
            String block = cube.dominantBlock(cell);
            if (block != null) {
                label.add("Street-scale").add(block);
            }
        }
        String text = label.length() == 0 ? Long.toHexString(cell) : label.toString();
        cache.put(cell, text);
        return text;
    }

    /** The zones of the cell's centre, e.g. "District 1 / Beat 0111", or "" without layers. */
    public String zones(long cell) {
        return zones.computeIfAbsent(cell, this::zonesOfCentre);
    }

    private String zonesOfCentre(long cell) {
        LatLng centre = H3Cells.h3().cellToLatLng(cell);
        String[] codes = boundaries.zonesOf(centre.lng, centre.lat);
        StringJoiner out = new StringJoiner(" / ");
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != null) {
                String name = boundaries.nameOf(i, codes[i]);
                out.add(layerTitle(boundaries.layers().get(i).name()) + " " + (name == null ? codes[i] : name));
            }
        }
        return out.toString();
    }

    static String layerTitle(String layer) {
        String singular = layer.endsWith("s") ? layer.substring(0, layer.length() - 1) : layer;
        String words = singular.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
