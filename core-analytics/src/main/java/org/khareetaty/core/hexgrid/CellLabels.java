package org.khareetaty.core.hexgrid;

import com.uber.h3core.util.LatLng;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.geo.H3Cells;

/**
 * Names a cell the way an analyst reads a map: the zones of every boundary layer its centre lies
 * in ("Beat 0111 / District 1 / Loop Community Area", "Hawally Governorate"; see
 * {@link #zoneLabel}; where the centre lies in no zone, as on a coast, those most of its corners lie
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

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("(?i)0*(\\d+)(st|nd|rd|th)");
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
                out.add(zoneLabel(boundaries.layers().get(i).name(), codes[i], boundaries.nameOf(i, codes[i])));
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

    /**
     * A zone as an analyst names it: a numbered zone after its layer ("District 3", "Beat 0111"), a
     * named one before it ("Washington Park Community Area", "Hawally Governorate"). A name that only
     * spells the code as an ordinal ("3RD" for district 3) gives way to the code; an all-capitals
     * name is set in title case ("WASHINGTON PARK" is "Washington Park").
     */
    static String zoneLabel(String layer, String code, String name) {
        String title = layerTitle(layer);
        String shown = name == null || name.isBlank() || isOrdinalOf(name, code) ? code : readable(name.strip());
        if (shown.chars().anyMatch(Character::isDigit) && shown.indexOf(' ') < 0) {
            return title + " " + shown;
        }
        return shown.toLowerCase(Locale.ROOT).endsWith(title.toLowerCase(Locale.ROOT)) ? shown : shown + " " + title;
    }

    /** The layer name as one of its zones is called: singular, title case ({@code community_areas} is "Community Area"). */
    static String layerTitle(String layer) {
        String words = layer.replace('_', ' ').strip();
        if (words.endsWith("ies")) {
            words = words.substring(0, words.length() - 3) + "y";
        } else if (words.endsWith("s") && !words.endsWith("ss")) {
            words = words.substring(0, words.length() - 1);
        }
        return titleCase(words.toLowerCase(Locale.ROOT));
    }

    private static boolean isOrdinalOf(String name, String code) {
        java.util.regex.Matcher m = ORDINAL.matcher(name.strip());
        return m.matches() && m.group(1).equals(code.strip().replaceFirst("^0+(?=\\d)", ""));
    }

    /** Title case for a name in capitals only; any other name as it is. */
    private static String readable(String name) {
        boolean capitals = name.chars().anyMatch(Character::isLetter) && name.equals(name.toUpperCase(Locale.ROOT));
        return capitals ? titleCase(name.toLowerCase(Locale.ROOT)) : name;
    }

    /** Upper-cases the first letter of each word (after a space, hyphen or apostrophe), and the letter after a leading "Mc". */
    private static String titleCase(String lower) {
        StringBuilder b = new StringBuilder(lower);
        for (int i = 0; i < b.length(); i++) {
            boolean wordStart = i == 0 || " -'/(".indexOf(b.charAt(i - 1)) >= 0;
            if (wordStart) {
                b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
                if (b.length() > i + 2
                        && b.charAt(i) == 'M'
                        && b.charAt(i + 1) == 'c'
                        && Character.isLetter(b.charAt(i + 2))) {
                    b.setCharAt(i + 2, Character.toUpperCase(b.charAt(i + 2)));
                }
            }
        }
        return b.toString();
    }
}
