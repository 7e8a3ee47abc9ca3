package org.khareetaty.core.hexgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.core.testing.StoreQueries.rows;

import com.uber.h3core.util.LatLng;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.ImportResult;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.TestBoundaries;

/**
 * Issue 13 item 12: no raw H3 ids as names, on the real Chicago 25k sample with the real beats,
 * districts and community areas. The expected zones come from the incidents' own stored zones (each
 * incident's point in polygon at import, or its nearest zone when kept at the edge), counted in SQL
 * per cell at the cell's own resolution column ({@code h3_r7}): an oracle apart from the labels'
 * sums over r10 runs, and every cell must match it (ties to the lower code).
 */
class CellNamesChicagoTest {
    @TempDir
    static Path dir;

    static Store store;
    static CellLabels labels;
    static BoundaryIndex boundaries;

    @BeforeAll
    static void importSample() throws Exception {
        store = Store.open(dir.resolve("store"));
        TestBoundaries.load(
                store, SharedData.file("chicago/police_beats.geojson"), "beats", "beat_num", "beat_num", true);
        TestBoundaries.chicagoDistricts(store, false);
        TestBoundaries.load(
                store,
                SharedData.file("chicago/community_areas.geojson"),
                "community_areas",
                "area_numbe",
                "community",
                false);
        ImportResult r = new Importer(store)
                .importFile(
                        SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"),
                        ImportOptions.defaults(),
                        ProgressListener.NONE);
        var n = r.counts();
        assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
        GoldCube cube = StoreDrillSession.open(store).cube();
        try (Connection c = store.connect()) {
            labels = CellLabels.of(c, cube);
            boundaries = BoundaryIndex.load(c);
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void noCellHoldingIncidentsIsNamedByItsH3IdAtAnyResolution() {
        int edge = 0;
        for (int res = H3Cells.MIN_RES; res <= H3Cells.MAX_RES; res++) {
            for (List<String> row : rows(store, "SELECT DISTINCT h3_r" + res + " FROM incidents")) {
                long cell = Long.parseLong(row.get(0));
                String label = labels.label(cell);
                assertFalse(label.contains(Long.toHexString(cell)), label);
                assertFalse(label.startsWith(CellLabels.CELL_AT), "the city's layers name every cell: " + label);
                edge += label.startsWith(CellLabels.EDGE_OF) ? 1 : 0;
            }
        }
        // cells all of whose incidents lie at the edge of the city (kept within 25 m, or within an r10 cell of it)
        System.out.println("cells named 'Edge of': " + edge);
        assertTrue(edge > 0 && edge < 400, "edge cells: " + edge);
    }

    /**
     * In Arabic the same cells are named by the same zones (Chicago's layers carry no Arabic names:
     * theirs are data) and blocks, the words around them Arabic: "أطراف" for "Edge of" on exactly the
     * English edge cells, "مستوى الشارع" for "Street-scale"; and the readers of a label read both.
     */
    @Test
    void theArabicLabelsAreTheEnglishOnesWithArabicWords() throws Exception {
        CellLabels arabic;
        try (Connection c = store.connect()) {
            arabic = CellLabels.of(c, StoreDrillSession.open(store).cube(), java.util.Locale.forLanguageTag("ar"));
        }
        int edge = 0;
        int street = 0;
        for (int res = H3Cells.MIN_RES; res <= H3Cells.MAX_RES; res++) {
            for (List<String> row : rows(store, "SELECT DISTINCT h3_r" + res + " FROM incidents")) {
                long cell = Long.parseLong(row.get(0));
                String en = labels.label(cell);
                String ar = arabic.label(cell);
                String expected =
                        en.startsWith(CellLabels.EDGE_OF) ? "أطراف " + en.substring(CellLabels.EDGE_OF.length()) : en;
                expected = expected.replace(" / " + CellLabels.STREET_SCALE + " / ", " / مستوى الشارع / ");
                assertEquals(expected, ar, Long.toHexString(cell));
                assertEquals(CellLabels.namesEdge(en), CellLabels.namesEdge(ar), ar);
                assertEquals(CellLabels.street(en), CellLabels.street(ar), ar);
                assertEquals(
                        CellLabels.inSentence(en).replace(CellLabels.EDGE_OF, "أطراف "), CellLabels.inSentence(ar), ar);
                edge += CellLabels.namesEdge(ar) ? 1 : 0;
                street += CellLabels.street(ar) != null ? 1 : 0;
            }
        }
        assertTrue(edge > 0 && street > 1000, edge + " edge cells, " + street + " named by a block");
    }

    /**
     * A report names its few cells from the stored aggregates, without a drill-down session: the
     * names must be the drill-down's, at every resolution, the "Edge of" cells included.
     */
    @Test
    void aReportNamesItsCellsFromTheirOwnIncidentsAsTheDrillDownDoes() throws Exception {
        List<Long> cells = new java.util.ArrayList<>();
        for (int res = H3Cells.MIN_RES; res <= H3Cells.MAX_RES; res++) {
            // every 7th cell of each resolution: several hundred, edge cells among them
            List<List<String>> rows = rows(store, "SELECT DISTINCT h3_r" + res + " FROM incidents ORDER BY 1");
            for (int i = 0; i < rows.size(); i += 7) {
                cells.add(Long.parseLong(rows.get(i).get(0)));
            }
        }
        Map<Long, String> named;
        try (Connection c = store.connect()) {
            named = CellLabels.ofStore(c, cells);
        }
        List<String> differ = new java.util.ArrayList<>();
        int edge = 0;
        for (long cell : cells) {
            edge += named.get(cell).startsWith(CellLabels.EDGE_OF) ? 1 : 0;
            if (!named.get(cell).equals(labels.label(cell))) {
                differ.add(Long.toHexString(cell) + ": " + named.get(cell) + ", drill: " + labels.label(cell));
            }
        }
        assertTrue(cells.size() >= 500 && edge > 0, cells.size() + " cells, " + edge + " at the edge");
        assertEquals(List.of(), differ, "report names differing from the drill-down's");
    }

    /**
     * The zones and edge flags the importer keeps per incident in the aggregates as it writes the
     * incidents are those a rebuild reads back from the incidents' stored columns.
     */
    @Test
    void theZonesKeptAtImportAreThoseReadBackFromTheIncidents() throws Exception {
        try (Connection c = store.connect()) {
            GoldCube imported = GoldAggregates.load(c);
            assertTrue(imported.places.length > 1, "zone combinations: " + imported.places.length);
            GoldAggregates.rebuild(c);
            assertEquals(GoldAggregatesTest.canonical(imported), GoldAggregatesTest.canonical(GoldAggregates.load(c)));
        }
    }

    @Test
    void coarseCellsAreNamedByTheDistrictAndCommunityAreaHoldingMostOfTheirIncidents() {
        Map<String, String> areaNames = new HashMap<>();
        for (List<String> row : rows(store, "SELECT code, name FROM boundaries WHERE layer = 'community_areas'")) {
            areaNames.put(row.get(0), row.get(1));
        }
        int checked = 0;
        List<String> differ = new java.util.ArrayList<>();
        for (int res = 6; res <= CellLabels.COARSE_RES; res++) {
            Map<Long, String> district = leaders(res, "zone_districts");
            Map<Long, String> area = leaders(res, "zone_community_areas");
            for (List<String> row : rows(store, "SELECT DISTINCT h3_r" + res + " FROM incidents")) {
                long cell = Long.parseLong(row.get(0));
                String label = labels.label(cell);
                assertFalse(label.contains("Beat "), "a coarse cell spans many beats: " + label);
                if (district.containsKey(cell) && area.containsKey(cell)) {
                    String expected = "District " + district.get(cell) + " / "
                            + org.khareetaty.core.geo.ZoneLabel.of(
                                    "community_areas", area.get(cell), areaNames.get(area.get(cell)));
                    if (!label.equals(expected) && !label.equals(CellLabels.EDGE_OF + expected)) {
                        differ.add("r" + res + " " + Long.toHexString(cell) + ": " + label + ", expected " + expected);
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked >= 100, "coarse cells checked: " + checked);
        assertEquals(List.of(), differ, "coarse cells named otherwise than by their stored zones");
    }

    @Test
    void aCoarseCellIsEdgeOfOnlyWhenNoneOfItsIncidentsLiesInsideTheCity() {
        int edge = 0;
        for (int res = 6; res <= CellLabels.COARSE_RES; res++) {
            String h3 = "h3_r" + res;
            for (List<String> row : rows(
                    store,
                    "SELECT " + h3
                            + ", COUNT(*) FILTER (WHERE place_flag IS NULL OR place_flag NOT LIKE '% m outside the study area%') "
                            + "FROM incidents GROUP BY " + h3)) {
                boolean onlyAtEdge = Long.parseLong(row.get(1)) == 0;
                String label = labels.label(Long.parseLong(row.get(0)));
                assertEquals(onlyAtEdge, label.startsWith(CellLabels.EDGE_OF), label);
                edge += onlyAtEdge ? 1 : 0;
            }
        }
        System.out.println("coarse cells of edge incidents only: " + edge);
    }

    @Test
    void fineCellsWhoseCentreLiesOutsideEveryBeatAreNamedByTheBeatOfMostOfTheirIncidents() {
        int outside = 0;
        int checked = 0;
        for (int res = CellLabels.COARSE_RES + 1; res <= H3Cells.MAX_RES; res++) {
            Map<Long, String> beat = leaders(res, "zone_beats");
            for (List<String> row : rows(store, "SELECT DISTINCT h3_r" + res + " FROM incidents")) {
                long cell = Long.parseLong(row.get(0));
                LatLng centre = H3Cells.h3().cellToLatLng(cell);
                if (boundaries.zonesOf(centre.lng, centre.lat)[0] != null) {
                    continue;
                }
                outside++;
                if (beat.containsKey(cell)) {
                    String label = labels.label(cell);
                    String expected = "Beat " + beat.get(cell) + " / ";
                    assertTrue(
                            label.startsWith(expected) || label.startsWith(CellLabels.EDGE_OF + expected),
                            label + ", expected " + expected);
                    checked++;
                }
            }
        }
        // the lake shore and the city's edge: cells of the sample whose centre lies in no beat
        assertTrue(outside >= 20 && checked >= 10, outside + " cells outside, " + checked + " clear-cut");
    }

    /** Per cell at {@code res}, the zone of {@code column} holding most incidents (ties to the lower code). */
    private static Map<Long, String> leaders(int res, String column) {
        return org.khareetaty.core.testing.StoreQueries.zoneLeaders(store, "h3_r" + res, column);
    }
}
