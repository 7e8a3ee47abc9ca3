package org.khareetaty.core.hexgrid;

import com.uber.h3core.util.LatLng;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.geo.ZoneLabel;

/**
 * Names a cell the way an analyst reads a map: the zones of every boundary layer its centre lies
 * in ("Beat 0111 / District 1 / Loop Community Area", "Hawally Governorate"; see
 * {@link ZoneLabel#of}; where the centre lies in no zone, as on a coast, those most of its corners lie
 * in), and at street scale (r9, r10) the block or street most of its incidents give
 * ("Street-scale / 037XX N HALSTED ST"). The blocks
 * come from the {@link GoldCube}; labels are kept once made, so a drill-down session names each
 * cell once.
 */
public final class CellLabels {
    /** Resolution from which the dominant block of a cell's incidents names it. */
    public static final int STREET_RES = 9;
    /** Marks the block or street in a label. */
    static final String STREET_SCALE = "Street-scale";

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
                label.add(STREET_SCALE).add(block);
            }
        }
        String text = label.length() == 0 ? Long.toHexString(cell) : label.toString();
        cache.put(cell, text);
        return text;
    }

    /**
     * A label as a sentence names the place: the street first, its zones after it in brackets
     * ("037XX N HALSTED ST (Beat 1925 / District 19)"); a label without a street as it is.
     */
    public static String inSentence(String label) {
        String street = " / " + STREET_SCALE + " / ";
        int at = label.indexOf(street);
        if (at >= 0) {
            return label.substring(at + street.length()) + " (" + label.substring(0, at) + ")";
        }
        return label.startsWith(STREET_SCALE + " / ") ? label.substring(STREET_SCALE.length() + 3) : label;
    }

    /**
     * A drilled-into cell as a sentence names it, so a sentence about the cell is not read as one
     * about the zone around it: "the r7 cell in District 1 / Beat 0111", "the r9 cell on 037XX N
     * HALSTED ST (Beat 1925 / District 19)"; "the r7 cell" when nothing names it.
     */
    public static String cellInSentence(long cell, String label) {
        String res = "the r" + H3Cells.h3().getResolution(cell) + " cell";
        if (label.equals(Long.toHexString(cell))) {
            return res;
        }
        boolean street = label.contains(STREET_SCALE);
        return res + (street ? " on " : " in ") + inSentence(label);
    }

    /** The block or street a label names at street scale ("037XX N HALSTED ST"), or null when it names none. */
    public static String street(String label) {
        String marker = STREET_SCALE + " / ";
        int at = label.indexOf(marker);
        return at < 0 ? null : label.substring(at + marker.length());
    }

    /** The zones of the cell's centre, e.g. "District 1 / Beat 0111", or "" without layers. */
    public String zones(long cell) {
        return zones.computeIfAbsent(cell, this::zonesOfCentre);
    }

    private String zonesOfCentre(long cell) {
        LatLng centre = H3Cells.h3().cellToLatLng(cell);
        String[] codes = boundaries.zonesOf(centre.lng, centre.lat);
        if (java.util.Arrays.stream(codes).allMatch(java.util.Objects::isNull)) {
            codes = zonesOfCorners(cell);
        }
        StringJoiner out = new StringJoiner(" / ");
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != null) {
                out.add(ZoneLabel.of(boundaries.layers().get(i).name(), codes[i], boundaries.nameOf(i, codes[i])));
            }
        }
        return out.toString();
    }

    /**
     * For a cell whose centre lies in no zone (on a coast, at the edge of the study area): per layer,
     * the zone most of its corners lie in (ties to the first corner's).
     */
    private String[] zonesOfCorners(long cell) {
        String[] codes = new String[boundaries.layers().size()];
        List<Map<String, Integer>> votes = new java.util.ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            votes.add(new java.util.LinkedHashMap<>());
        }
        for (LatLng corner : H3Cells.h3().cellToBoundary(cell)) {
            String[] at = boundaries.zonesOf(corner.lng, corner.lat);
            for (int i = 0; i < at.length; i++) {
                if (at[i] != null) {
                    votes.get(i).merge(at[i], 1, Integer::sum);
                }
            }
        }
        for (int i = 0; i < codes.length; i++) {
            codes[i] = votes.get(i).entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(null);
        }
        return codes;
    }
}
