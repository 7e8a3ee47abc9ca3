package org.khareetaty.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;

/** The per-feature rules (repair, reject with a reason) and the whole-file errors, on small files. */
class BoundaryRulesTest {
    @TempDir
    static Path dir;

    static Store store;

    static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[-87.70,41.80],[-87.60,41.80],"
            + "[-87.60,41.90],[-87.70,41.90],[-87.70,41.80]]]}";
    static final String BOW_TIE = "{\"type\":\"Polygon\",\"coordinates\":[[[-87.70,41.80],[-87.60,41.90],"
            + "[-87.60,41.80],[-87.70,41.90],[-87.70,41.80]]]}";
    static final String UNCLOSED = "{\"type\":\"Polygon\",\"coordinates\":[[[-87.70,41.80],[-87.60,41.80],"
            + "[-87.60,41.90],[-87.70,41.90]]]}";
    static final String LINE = "{\"type\":\"LineString\",\"coordinates\":[[-87.70,41.80],[-87.60,41.90]]}";
    static final String EMPTY = "{\"type\":\"MultiPolygon\",\"coordinates\":[]}";
    static final String SPIKE_ONLY = "{\"type\":\"Polygon\",\"coordinates\":[[[-87.70,41.80],[-87.60,41.80],"
            + "[-87.70,41.80],[-87.60,41.80],[-87.70,41.80]]]}";
    static final String PROJECTED = "{\"type\":\"Polygon\",\"coordinates\":[[[1170000,1900000],[1180000,1900000],"
            + "[1180000,1910000],[1170000,1910000],[1170000,1900000]]]}";
    static final String BAD_POSITION =
            "{\"type\":\"Polygon\",\"coordinates\":[[[\"x\",41.8],[-87.6,41.8]," + "[-87.6,41.9],[-87.7,41.8]]]}";

    static LayerLoadResult mixed;

    @BeforeAll
    static void loadAFileWithEveryKindOfProblem() throws IOException {
        store = Store.open(dir.resolve("store"));
        Path file = geoJson(
                "mixed.geojson",
                feature("{\"code\":\"A\",\"name\":\"good\"}", SQUARE),
                feature("{\"code\":\"B\",\"name\":\"bow-tie\"}", BOW_TIE),
                feature("{\"code\":\"C\",\"name\":\"a road\"}", LINE),
                feature("{\"name\":\"no code\"}", SQUARE),
                feature("{\"code\":\"  \",\"name\":\"blank code\"}", SQUARE),
                feature("{\"code\":\"F\",\"name\":\"empty\"}", EMPTY),
                feature("{\"code\":\"G\",\"name\":\"no geometry\"}", "null"),
                feature("{\"code\":\"H\",\"name\":\"unclosed\"}", UNCLOSED),
                feature("{\"code\":\"I\",\"name\":\"collapsed\"}", SPIKE_ONLY),
                feature("{\"code\":\"J\",\"name\":\"projected\"}", PROJECTED),
                feature("{\"code\":\"K\",\"name\":\"bad position\"}", BAD_POSITION),
                feature("{\"code\":7,\"name\":\"numeric code\"}", SQUARE));
        mixed = new BoundaryLoader()
                .load(store, file, new LayerSpec("mixed", "code", "name", null, false), ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void accountsForEveryFeatureRead() {
        assertEquals(12, mixed.featuresRead());
        assertEquals(mixed.featuresRead(), mixed.loaded() + mixed.rejectedCount());
        assertEquals(4, mixed.loaded(), "A, B (repaired), H (closed), 7");
    }

    @Test
    void repairsABowTieAndCountsIt() throws Exception {
        FeatureRepair bowTie = mixed.repairs().stream()
                .filter(r -> r.code().equals("B"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, bowTie.featureIndex());
        assertTrue(bowTie.problem().startsWith("Self-intersection"), bowTie.problem());
        assertEquals(
                List.of("MULTIPOLYGON"),
                StoreRows.strings(
                        store,
                        "SELECT ST_GeometryType(geom) FROM boundaries WHERE layer = 'mixed' AND code = 'B' AND repaired"));
        assertEquals(
                1,
                StoreRows.count(
                        store,
                        "SELECT COUNT(*) FROM boundaries WHERE layer = 'mixed' AND code = 'B' AND ST_IsValid(geom)"));
    }

    @Test
    void closesAnUnclosedRingAndCountsItAsRepaired() {
        FeatureRepair unclosed = mixed.repairs().stream()
                .filter(r -> r.code().equals("H"))
                .findFirst()
                .orElseThrow();
        assertTrue(unclosed.problem().startsWith("closed ring 0"), unclosed.problem());
        assertEquals(2, mixed.repaired());
    }

    @Test
    void rejectsEachBadFeatureWithItsIndexAndReason() {
        assertEquals(
                List.of(
                        "2 not_polygonal",
                        "3 missing_code",
                        "4 missing_code",
                        "5 empty_geometry",
                        "6 missing_geometry",
                        "8 unrepairable_geometry",
                        "9 coordinates_out_of_range",
                        "10 unreadable_geometry"),
                mixed.rejected().stream()
                        .map(r -> r.featureIndex() + " " + r.reason())
                        .toList());
        FeatureRejection line = mixed.rejected().get(0);
        assertTrue(line.message().contains("LineString"), line.message());
        assertTrue(
                mixed.rejected().get(6).message().contains("--crs"),
                mixed.rejected().get(6).message());
    }

    @Test
    void writesRejectedAndRepairedCountsToTheLayerRow() {
        LayerInfo info = new BoundaryLayers(store).find("mixed").orElseThrow();
        assertEquals(4, info.featureCount());
        assertEquals(2, info.repairedCount());
        assertEquals(8, info.rejectedCount());
    }

    @Test
    void keepsANumericCodeAsWritten() throws Exception {
        assertEquals(
                List.of("7"),
                StoreRows.strings(
                        store, "SELECT code FROM boundaries WHERE layer = 'mixed' AND name = 'numeric code'"));
    }

    @Test
    void anUnknownCodeFieldNamesTheFileAndItsFields() throws IOException {
        Path file = geoJson("fields.geojson", feature("{\"BEAT_NUM\":\"0111\",\"district\":\"01\"}", SQUARE));
        var e = assertThrows(
                BoundaryFileException.class,
                () -> new BoundaryLoader()
                        .load(
                                store,
                                file,
                                new LayerSpec("fields", "beat_num", null, null, false),
                                ProgressListener.NONE));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(
                e.getMessage().contains("'beat_num'") && e.getMessage().contains("BEAT_NUM, district"), e.getMessage());
        assertTrue(e.getMessage().contains("Did you mean 'BEAT_NUM'"), e.getMessage());
        assertTrue(new BoundaryLayers(store).find("fields").isEmpty());
    }

    @Test
    void anUnknownNameFieldIsAnErrorToo() throws IOException {
        Path file = geoJson("names.geojson", feature("{\"code\":\"1\"}", SQUARE));
        var e = assertThrows(
                BoundaryFileException.class,
                () -> new BoundaryLoader()
                        .load(
                                store,
                                file,
                                new LayerSpec("names", "code", "label", null, false),
                                ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("The name field 'label' is in no feature of " + file), e.getMessage());
    }

    @Test
    void aFileWithNoLoadableFeatureIsAnErrorAndChangesNothing() throws Exception {
        Path file = geoJson("lines.geojson", feature("{\"code\":\"1\"}", LINE), feature("{\"code\":\"2\"}", LINE));
        var e = assertThrows(
                BoundaryFileException.class,
                () -> new BoundaryLoader()
                        .load(store, file, new LayerSpec("lines", "code", null, null, false), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("not_polygonal 2"), e.getMessage());
        assertFalse(StoreRows.hasIncidentColumn(store, "zone_lines"));
    }

    @Test
    void invalidJsonAndUnsupportedFilesAreClearErrors() throws IOException {
        Path broken =
                Files.writeString(dir.resolve("broken.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{");
        var e = assertThrows(
                BoundaryFileException.class,
                () -> new BoundaryLoader()
                        .load(
                                store,
                                broken,
                                new LayerSpec("broken", "code", null, null, false),
                                ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith(broken + " is not valid JSON"), e.getMessage());

        Path kml = Files.writeString(dir.resolve("zones.kml"), "<kml/>");
        e = assertThrows(
                BoundaryFileException.class,
                () -> new BoundaryLoader()
                        .load(store, kml, new LayerSpec("kml", "code", null, null, false), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("unsupported type '.kml'"), e.getMessage());
    }

    @Test
    void honoursALegacyCrsMemberAndReprojectsToWgs84() throws Exception {
        Path file = Files.writeString(
                dir.resolve("stateplane.geojson"),
                "{\"type\":\"FeatureCollection\","
                        + "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3435\"}},"
                        + "\"features\":[" + feature("{\"code\":\"SP\"}", PROJECTED) + "]}");
        LayerLoadResult r = new BoundaryLoader()
                .load(store, file, new LayerSpec("stateplane", "code", null, null, false), ProgressListener.NONE);
        assertEquals("EPSG:3435", r.sourceCrs());
        assertEquals(1, r.loaded());
        assertEquals(
                1,
                StoreRows.count(
                        store,
                        "SELECT COUNT(*) FROM boundaries WHERE layer = 'stateplane' "
                                + "AND ST_XMin(geom) BETWEEN -87.8 AND -87.5 AND ST_YMin(geom) BETWEEN 41.7 AND 41.95"));
    }

    static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    static Path geoJson(String name, String... features) throws IOException {
        return Files.writeString(
                dir.resolve(name),
                "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",\n", features) + "]}");
    }
}
