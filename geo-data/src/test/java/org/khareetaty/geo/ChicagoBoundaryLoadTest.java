package org.khareetaty.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** The three real Chicago boundary sets, loaded once into one store. */
class ChicagoBoundaryLoadTest {
    @TempDir
    static Path dir;

    static Store store;
    static final Map<String, LayerLoadResult> RESULTS = new TreeMap<>();

    @BeforeAll
    static void loadChicago() {
        Path districts = SharedData.file("chicago/police_districts.geojson");
        Path beats = SharedData.file("chicago/police_beats.geojson");
        Path areas = SharedData.file("chicago/community_areas.geojson");
        store = Store.open(dir.resolve("store"));
        BoundaryLoader loader = new BoundaryLoader();
        RESULTS.put(
                "districts",
                loader.load(
                        store,
                        districts,
                        new LayerSpec("districts", "dist_num", "dist_label", null, false),
                        ProgressListener.NONE));
        RESULTS.put(
                "beats",
                loader.load(
                        store,
                        beats,
                        new LayerSpec("beats", "beat_num", null, "district", false),
                        ProgressListener.NONE));
        RESULTS.put(
                "community_areas",
                loader.load(
                        store,
                        areas,
                        new LayerSpec("community_areas", "area_numbe", "community", null, false),
                        ProgressListener.NONE));
    }

    @Test
    void describesTheAttributesOfTheRealBeatsFileBeforeLoadingIt() {
        BoundaryFields f = new BoundaryLoader().describe(SharedData.file("chicago/police_beats.geojson"));
        assertEquals(277, f.features());
        assertEquals(List.of("beat", "beat_num", "district", "sector"), f.fields());
        assertEquals("0111", f.examples().get("beat_num"), "the first feature's beat number, leading zero kept");
        assertEquals("01", f.examples().get("district"));
        assertEquals("EPSG:4326", f.crs());
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void loadsEveryDistrictBeatAndCommunityArea() throws Exception {
        assertEquals(25, RESULTS.get("districts").loaded());
        assertEquals(277, RESULTS.get("beats").loaded());
        assertEquals(77, RESULTS.get("community_areas").loaded());
        for (LayerLoadResult r : RESULTS.values()) {
            assertEquals(r.featuresRead(), r.loaded() + r.rejectedCount(), r.layer() + ": every feature accounted for");
            assertEquals(List.of(), r.rejected(), r.layer());
            assertEquals(
                    r.loaded(), StoreRows.count(store, "SELECT COUNT(*) FROM boundaries WHERE layer = ?", r.layer()));
            assertEquals(
                    r.repaired(),
                    StoreRows.count(store, "SELECT COUNT(*) FROM boundaries WHERE layer = ? AND repaired", r.layer()));
        }
    }

    @Test
    void storesOnlyValidPolygonsInWgs84() throws Exception {
        assertEquals(
                0,
                StoreRows.count(
                        store,
                        "SELECT COUNT(*) FROM boundaries WHERE NOT ST_IsValid(geom) "
                                + "OR ST_SRID(geom) <> 4326 OR ST_GeometryType(geom) NOT IN ('POLYGON', 'MULTIPOLYGON')"));
        assertEquals(
                0,
                StoreRows.count(
                        store,
                        "SELECT COUNT(*) FROM boundaries WHERE ST_XMin(geom) < -88 "
                                + "OR ST_XMax(geom) > -87.5 OR ST_YMin(geom) < 41.6 OR ST_YMax(geom) > 42.1"));
    }

    @Test
    void makesTheFirstLayerLoadedPrimary() {
        assertTrue(RESULTS.get("districts").primary());
        assertFalse(RESULTS.get("beats").primary());
        assertFalse(RESULTS.get("community_areas").primary());
        assertEquals(
                "districts", new BoundaryLayers(store).primary().orElseThrow().layer());
    }

    @Test
    void addsAZoneColumnPerLayerToIncidents() throws Exception {
        for (String column : List.of("zone_districts", "zone_beats", "zone_community_areas")) {
            assertTrue(StoreRows.hasIncidentColumn(store, column), column);
        }
    }

    @Test
    void keepsCodesAsTextWithLeadingZerosAndTheParentDistrict() throws Exception {
        assertEquals(
                List.of("01"),
                StoreRows.strings(store, "SELECT parent FROM boundaries WHERE layer = 'beats' AND code = '0111'"));
        assertEquals(
                List.of("17TH"),
                StoreRows.strings(store, "SELECT name FROM boundaries WHERE layer = 'districts' AND code = '17'"));
        assertEquals(
                List.of("ROGERS PARK"),
                StoreRows.strings(store, "SELECT name FROM boundaries WHERE layer = 'community_areas' AND code = '1'"));
    }

    @Test
    void keepsEveryPropertyOfTheFeatureAsJsonAttributes() throws Exception {
        String attributes = StoreRows.strings(
                        store, "SELECT attributes FROM boundaries WHERE layer = 'beats' AND code = '0111'")
                .get(0);
        var json = JsonSupport.READER.readTree(attributes);
        assertEquals("0111", json.get("beat_num").asText());
        assertEquals("01", json.get("district").asText());
        assertTrue(json.has("sector") && json.has("beat"), attributes);
    }

    @Test
    void listsLayersWithCountsPrimaryFirst() {
        List<LayerInfo> layers = new BoundaryLayers(store).list();
        assertEquals(
                List.of("districts", "beats", "community_areas"),
                layers.stream().map(LayerInfo::layer).toList());
        LayerInfo beats = layers.get(1);
        assertEquals(277, beats.featuresRead());
        assertEquals("zone_beats", beats.zoneColumn());
        assertEquals("beat_num", beats.codeField());
        assertEquals("district", beats.parentField());
        assertTrue(beats.sourceFile().endsWith("police_beats.geojson"), beats.sourceFile());
    }

    @Test
    void studyAreaIsTheCityAndExcludesTheSuburbs() {
        Geometry city = new BoundaryLayers(store).studyArea().orElseThrow();
        GeometryFactory f = new GeometryFactory();
        assertTrue(city.covers(f.createPoint(new Coordinate(-87.6298, 41.8781))), "the Loop");
        assertFalse(city.covers(f.createPoint(new Coordinate(-87.6877, 42.0451))), "Evanston");
    }
}
