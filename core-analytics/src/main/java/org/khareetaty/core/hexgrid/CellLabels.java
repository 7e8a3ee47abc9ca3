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
import org.khareetaty.core.geo.ZoneLabel;
import org.khareetaty.core.geo.ZoneNames;

/**
 * Names a cell the way an analyst reads a map, never by its H3 id:
 *
 * <ul>
 *   <li>a fine cell (r8..r10) by the zones of every boundary layer its centre lies in ("Beat 0111 /
 *       District 1 / Loop Community Area", "Hawally Governorate"; see {@link ZoneLabel#of}); where
 *       the centre lies in no zone (the lake shore, the city's edge), by the zones holding most of
 *       its incidents;
 *   <li>a coarse cell (r6, r7, up to {@link #COARSE_RES}), which spans several beats, by the larger
 *       zones holding most of its incidents: every layer but the one of the smallest zones (the
 *       layer with most zones) when there are several ("District 1 / Loop Community Area");
 *   <li>a cell whose zones only incidents kept at the edge of the study area give (given the
 *       nearest zone at import), as "Edge of District 1"; a cell without such incidents by the zones
 *       most of its corners lie in, also "Edge of"; and a cell nothing names (a store without
 *       boundary layers) by its centre, "Cell at 41.8812 N, 87.6298 W".
 * </ul>
 *
 * The words around the names ("Street-scale", "Edge of", "Cell at") are the labels' language's,
 * from the drill-down's sentences ({@link DrillLanguage}): in Arabic "مستوى الشارع", "أطراف", "خلية
 * عند". The static readers of a label ({@link #street}, {@link #inSentence}, {@link #namesCentre})
 * read the labels of either language, so a window in Arabic parses its labels as one in English.
 *
 * An incident counts in the zones stored on it at import ({@link StoredZones}: its own point in
 * polygon, not its cell's centre, kept per incident in the {@link GoldCube}), so a coarse cell is named by the district that the stored zones
 * say holds most of its incidents. At street scale (r9, r10) the block or street most of its
 * incidents give follows ("Street-scale / 037XX N HALSTED ST"); the blocks come from the
 * {@link GoldCube}. Labels are kept once made, so a drill-down session names each cell once.
 */
public final class CellLabels {
    /** Resolution from which the dominant block of a cell's incidents names it. */
    public static final int STREET_RES = 9;
    /** Marks the block or street in an English label. */
    static final String STREET_SCALE = DrillLanguage.EN.streetScale();
    /** The finest resolution named by the larger zones holding most of a cell's incidents. */
    public static final int COARSE_RES = 7;
    /** Starts the English label of a cell named by its centre: nothing else names it. */
    static final String CELL_AT = DrillLanguage.EN.atCentre("");
    /** Starts the English label of a cell named by the zones its corners lie in: none of its incidents lies in one. */
    static final String EDGE_OF = DrillLanguage.EN.edgeOf("");

    private final BoundaryIndex boundaries;
    private final ZoneVotes stored;
    /** The block most incidents of a cell give, or null. */
    private final java.util.function.LongFunction<String> blocks;
    /** The zones' Arabic names when labels are in Arabic, else null (the English rule, {@link ZoneLabel}). */
    private final ZoneNames arabic;
    /** The words around the names: Arabic with {@link #arabic}, else English. */
    private final DrillLanguage words;

    private final Map<Long, String> zones = new ConcurrentHashMap<>();
    private final Map<Long, String> cache = new ConcurrentHashMap<>();

    private CellLabels(
            BoundaryIndex boundaries,
            ZoneVotes stored,
            java.util.function.LongFunction<String> blocks,
            ZoneNames arabic) {
        this.boundaries = boundaries;
        this.stored = stored;
        this.blocks = blocks;
        this.arabic = arabic;
        this.words = arabic == null ? DrillLanguage.EN : DrillLanguage.AR;
    }

    /** Labels for the store's current boundary layers and the incidents of {@code cube}, zones named in English. */
    public static CellLabels of(Connection c, GoldCube cube) throws SQLException {
        return of(c, cube, Locale.ENGLISH);
    }

    /**
     * Labels for the store's current boundary layers and the incidents of {@code cube}, zones named
     * in {@code language}: in Arabic ("ar") by the {@code name_ar} the layer carries (Kuwait's
     * governorates), by the English rule where it carries none; the words around them ("Edge of",
     * "Street-scale", "Cell at") in Arabic too.
     */
    public static CellLabels of(Connection c, GoldCube cube, Locale language) throws SQLException {
        BoundaryIndex boundaries = BoundaryIndex.load(c);
        return new CellLabels(
                boundaries, new StoredZones(cube, boundaries), cube::dominantBlock, arabicNames(c, language));
    }

    /**
     * These labels' boundary layers and incidents with the zones named in {@code language}, as {@link
     * #of(Connection, GoldCube, Locale)} names them, the layers not read again: a KPI report names its
     * cells in English and in Arabic from one reading of the boundaries.
     */
    public CellLabels in(Connection c, Locale language) throws SQLException {
        return new CellLabels(boundaries, stored, blocks, arabicNames(c, language));
    }

    /** The zones' Arabic names for labels in Arabic ("ar"), else null: the English rule. */
    private static ZoneNames arabicNames(Connection c, Locale language) throws SQLException {
        return "ar".equals(language.getLanguage()) ? ZoneNames.read(c) : null;
    }

    /**
     * The labels of {@code cells} by the store's current boundary layers and the incidents of every
     * completed import, for a caller without a {@link GoldCube} at hand (a KPI report): the same
     * names as the drill-down's, from the drill's aggregates (read in under a second on 8,000,000
     * incidents).
     */
    public static Map<Long, String> ofStore(Connection c, java.util.Collection<Long> cells) throws SQLException {
        return ofStore(c, cells, Locale.ENGLISH);
    }

    /** The labels of {@code cells} as {@link #ofStore(Connection, java.util.Collection)} gives them, in {@code language}. */
    public static Map<Long, String> ofStore(Connection c, java.util.Collection<Long> cells, Locale language)
            throws SQLException {
        return ofStore(c, GoldAggregates.load(c), cells, language);
    }

    /**
     * {@link #ofStore(Connection, java.util.Collection, Locale)} with the store's aggregates already read
     * ({@code cube}).
     */
    public static Map<Long, String> ofStore(
            Connection c, GoldCube cube, java.util.Collection<Long> cells, Locale language) throws SQLException {
        return of(c, cube, language).labels(cells);
    }

    /** The labels of {@code cells}, in their order. */
    public Map<Long, String> labels(java.util.Collection<Long> cells) {
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        for (long cell : cells) {
            out.put(cell, label(cell));
        }
        return out;
    }

    /** Labels for the same boundary layers and the incidents of {@code newer} (which may move a cell's zones). */
    CellLabels with(GoldCube newer) {
        return new CellLabels(boundaries, new StoredZones(newer, boundaries), newer::dominantBlock, arabic);
    }

    /** The zone {@code code} of layer {@code layer} (an index) as a label names it. */
    private String zone(int layer, String code) {
        String name = boundaries.layers().get(layer).name();
        String ar = arabic == null ? null : arabic.arabic(name, code);
        return ar != null ? ar : ZoneLabel.of(name, code, boundaries.nameOf(layer, code));
    }

    /** The label of {@code cell}; its centre ({@link #CELL_AT}) when no layer and no block names it. */
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
            String block = blocks.apply(cell);
            if (block != null) {
                label.add(words.streetScale()).add(block);
            }
        }
        String text = label.length() == 0 ? words.centreOf(cell) : label.toString();
        cache.put(cell, text);
        return text;
    }

    /** A cell by its centre, in English: "Cell at 41.8812 N, 87.6298 W". */
    public static String centreOf(long cell) {
        return DrillLanguage.EN.centreOf(cell);
    }

    /** A cell by its centre in {@code language}: "Cell at 41.8812 N, 87.6298 W", "خلية عند خط العرض ...". */
    public static String centreOf(long cell, Locale language) {
        return DrillLanguage.of(language).centreOf(cell);
    }

    /** True when {@code label} (of either language) names a cell by its centre ({@link #centreOf}). */
    public static boolean namesCentre(String label) {
        return java.util.Arrays.stream(DrillLanguage.values()).anyMatch(l -> l.namesCentre(label));
    }

    /** True when {@code label} (of either language) names a cell at the edge of its zones ("Edge of ..."). */
    public static boolean namesEdge(String label) {
        return java.util.Arrays.stream(DrillLanguage.values()).anyMatch(l -> l.namesEdge(label));
    }

    /**
     * A label as a sentence names the place: the street first, its zones after it in brackets
     * ("037XX N HALSTED ST (Beat 1925 / District 19)"); a label without a street as it is.
     */
    public static String inSentence(String label) {
        for (DrillLanguage language : DrillLanguage.values()) {
            String street = " / " + language.streetScale() + " / ";
            int at = label.indexOf(street);
            if (at >= 0) {
                return label.substring(at + street.length()) + " (" + label.substring(0, at) + ")";
            }
            if (label.startsWith(language.streetScale() + " / ")) {
                return label.substring(language.streetScale().length() + 3);
            }
        }
        return label;
    }

    /**
     * A drilled-into cell as a sentence names it, so a sentence about the cell is not read as one
     * about the zone around it: "the r7 cell in District 1 / Beat 0111", "the r9 cell on 037XX N
     * HALSTED ST (Beat 1925 / District 19)"; "the r7 cell" when nothing names it.
     */
    public static String cellInSentence(long cell, String label) {
        return DrillLanguage.EN.cellInSentence(cell, label);
    }

    /** The block or street a label names at street scale ("037XX N HALSTED ST"), or null when it names none. */
    public static String street(String label) {
        for (DrillLanguage language : DrillLanguage.values()) {
            String marker = language.streetScale() + " / ";
            int at = label.indexOf(marker);
            if (at >= 0) {
                return label.substring(at + marker.length());
            }
        }
        return null;
    }

    /**
     * The zones naming the cell (see the class comment), e.g. "Beat 0111 / District 1", "District 1
     * / Loop Community Area" for a coarse cell, "Edge of District 1", or "" without layers.
     */
    public String zones(long cell) {
        return zones.computeIfAbsent(cell, this::zonesNaming);
    }

    private String zonesNaming(long cell) {
        boolean coarse = H3Cells.h3().getResolution(cell) <= COARSE_RES;
        boolean[] layers = coarse ? largerLayers() : allLayers();
        String[] codes = new String[layers.length];
        if (!coarse) {
            LatLng centre = H3Cells.h3().cellToLatLng(cell);
            codes = boundaries.zonesOf(centre.lng, centre.lat);
        }
        boolean edge = false;
        if (missing(codes, layers)) {
            // named "Edge of" when only incidents kept at the edge give the cell its first zone or
            // its primary one
            int p = boundaries.primaryIndex();
            boolean primaryMissing = p >= 0 && layers[p] && codes[p] == null;
            String[] inside = stored.leaders(cell, layers, true);
            boolean edgeOnly = (none(codes) && none(inside)) || (primaryMissing && inside[p] == null);
            if (fill(codes, stored.leaders(cell, layers, false)) && edgeOnly) {
                edge = true;
            }
        }
        if (none(codes)) {
            codes = zonesOfCorners(cell, layers);
            edge = !none(codes);
        }
        StringJoiner out = new StringJoiner(" / ");
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != null) {
                out.add(zone(i, codes[i]));
            }
        }
        return out.length() == 0 ? "" : edge ? words.edgeOf(out.toString()) : out.toString();
    }

    /** True when a layer in use has no zone in {@code codes}. */
    private static boolean missing(String[] codes, boolean[] use) {
        for (int i = 0; i < codes.length; i++) {
            if (use[i] && codes[i] == null) {
                return true;
            }
        }
        return false;
    }

    /** Fills the layers {@code codes} has no zone for from {@code more}; true when it filled one. */
    private static boolean fill(String[] codes, String[] more) {
        boolean filled = false;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == null && more[i] != null) {
                codes[i] = more[i];
                filled = true;
            }
        }
        return filled;
    }

    private static boolean none(String[] codes) {
        return java.util.Arrays.stream(codes).allMatch(java.util.Objects::isNull);
    }

    private boolean[] allLayers() {
        boolean[] all = new boolean[boundaries.layers().size()];
        java.util.Arrays.fill(all, true);
        return all;
    }

    /** Every layer but the one with most zones (the smallest), when there are several. */
    private boolean[] largerLayers() {
        boolean[] use = allLayers();
        if (use.length > 1) {
            int finest = 0;
            for (int i = 1; i < use.length; i++) {
                if (boundaries.layers().get(i).names().size()
                        > boundaries.layers().get(finest).names().size()) {
                    finest = i;
                }
            }
            use[finest] = false;
        }
        return use;
    }

    /**
     * For a cell none of whose incidents lies in a zone (at the edge of the study area): per layer
     * used, the zone most of its corners lie in (ties to the lower code).
     */
    private String[] zonesOfCorners(long cell, boolean[] use) {
        List<Map<String, Long>> votes = new java.util.ArrayList<>();
        for (int i = 0; i < use.length; i++) {
            votes.add(new java.util.TreeMap<>());
        }
        for (LatLng corner : H3Cells.h3().cellToBoundary(cell)) {
            String[] at = boundaries.zonesOf(corner.lng, corner.lat);
            for (int i = 0; i < at.length; i++) {
                if (use[i] && at[i] != null) {
                    votes.get(i).merge(at[i], 1L, Long::sum);
                }
            }
        }
        return winners(votes);
    }

    /** Per layer, the code with most votes (ties to the lower code), or null. */
    static String[] winners(List<Map<String, Long>> votes) {
        String[] codes = new String[votes.size()];
        for (int i = 0; i < codes.length; i++) {
            long best = 0;
            for (Map.Entry<String, Long> e : votes.get(i).entrySet()) {
                if (e.getValue() > best) {
                    best = e.getValue();
                    codes[i] = e.getKey();
                }
            }
        }
        return codes;
    }
}
