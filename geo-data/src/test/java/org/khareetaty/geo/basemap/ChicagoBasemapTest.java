package org.khareetaty.geo.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.geo.BoundaryLoader;
import org.khareetaty.geo.LayerSpec;

/** Chicago's police beats (primary) and districts: the hierarchy of borders and labels by zoom. */
class ChicagoBasemapTest {
    @TempDir
    static Path dir;

    static Store store;
    static BasemapContent content;

    @BeforeAll
    static void load() throws Exception {
        Path beats = SharedData.file("chicago/police_beats.geojson");
        Path districts = SharedData.file("chicago/police_districts.geojson");
        store = Store.open(dir.resolve("store"));
        BoundaryLoader loader = new BoundaryLoader();
        loader.load(store, beats, new LayerSpec("beats", "beat_num", null, "district", false), ProgressListener.NONE);
        loader.load(
                store,
                districts,
                new LayerSpec("districts", "dist_num", "dist_label", null, false),
                ProgressListener.NONE);
        try (Connection c = store.connect()) {
            content = BasemapContent.read(c);
        }
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void districtsAreTheCoarseLayerAndBeatsTheLandAndTheFineLayer() {
        List<BasemapLayer> layers = content.layers();
        assertEquals(
                List.of("districts", "beats"),
                layers.stream().map(BasemapLayer::name).toList());
        assertFalse(layers.get(0).primary());
        assertTrue(layers.get(1).primary(), "the first layer loaded is the study area");
        assertEquals(23, layers.get(0).zones().size(), "25 features, district 31 in three parts");
        BasemapStyle style = BasemapStyle.positron();
        assertTrue(layers.get(0).visibleAt(9, style.minZonePixels()));
        assertFalse(layers.get(1).visibleAt(10, style.minZonePixels()), "beats are a grey smudge at z10: not drawn");
        assertTrue(layers.get(1).visibleAt(11, style.minZonePixels()));
        assertEquals("Boundaries: City of Chicago", content.attribution());
    }

    @Test
    void labelsDistrictsAtTheCityScaleAndBeatsAtTheStreetScale() {
        TileRenderer r = new TileRenderer(content, BasemapStyle.positron(), LabelLanguage.ENGLISH);
        List<String> z11 = r.labels(11);
        assertTrue(z11.size() >= 20 && z11.stream().allMatch(l -> l.matches("\\d+(ST|ND|RD|TH)")), z11.toString());
        List<String> z13 = r.labels(13);
        assertTrue(z13.stream().filter(l -> l.matches("\\d{4}")).count() > 100, "beat numbers: " + z13);
        assertTrue(z13.containsAll(List.of("1ST", "12TH")), z13.toString());
    }

    @Test
    void drawsTheLoopWithBordersAndLabels() {
        TileRenderer r = new TileRenderer(content, BasemapStyle.positron(), LabelLanguage.ENGLISH);
        TileId loop = KuwaitBasemapTest.tileAt(-87.63, 41.88, 12);
        assertTrue(r.plainColour(loop).isEmpty());
        TileId lake = KuwaitBasemapTest.tileAt(-87.45, 41.90, 12);
        assertEquals(BasemapStyle.positron().background(), r.plainColour(lake).orElseThrow(), "Lake Michigan");
    }
}
