package org.khareetaty.core.hexgrid;

import com.uber.h3core.util.LatLng;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.geo.H3Cover;

/**
 * Names a cell the way an analyst reads a map: the zones of every boundary layer its centre lies
 * in ("District 1 / Beat 0111"), and at street scale (r9, r10) the block or street most of its
 * incidents give ("Street-scale / 037XX N HALSTED ST"). Layer names become singular title case
 * ({@code community_areas} is "Community area"); a zone shows its name when it has one.
 */
public final class CellLabels {
    /** Resolution from which the dominant block of a cell's incidents names it. */
    public static final int STREET_RES = 9;
    private final BoundaryIndex boundaries;
    private final Map<Long, String> cache = new HashMap<>();

    private CellLabels(BoundaryIndex boundaries) {
        this.boundaries = boundaries;
    }

    /** Labels for the store's current boundary layers. */
    public static CellLabels of(Connection c) throws SQLException {
        return new CellLabels(BoundaryIndex.load(c));
    }

    /** The label of {@code cell}; the H3 id when no layer and no block names it. */
    public String label(Connection c, long cell) throws SQLException {
        String cached = cache.get(cell);
        if (cached != null) {
            return cached;
        }
        StringJoiner label = new StringJoiner(" / ");
        String zones = zones(cell);
        if (!zones.isEmpty()) {
            label.add(zones);
        }
        if (H3Cells.h3().getResolution(cell) >= STREET_RES) {
            String block = dominantBlock(c, cell);
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

    private static String dominantBlock(Connection c, long cell) throws SQLException {
        H3Cover.Range r = H3Cover.descendants(cell);
        try (PreparedStatement ps = c.prepareStatement("SELECT block FROM incidents WHERE h3_r10 BETWEEN ? AND ? "
                + "AND block IS NOT NULL GROUP BY block ORDER BY COUNT(*) DESC, block FETCH FIRST 1 ROW ONLY")) {
            ps.setLong(1, r.lo());
            ps.setLong(2, r.hi());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
