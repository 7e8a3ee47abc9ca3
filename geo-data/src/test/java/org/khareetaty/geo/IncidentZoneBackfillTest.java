package org.khareetaty.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/** Incidents already in the store get the zone of a layer loaded after them. */
class IncidentZoneBackfillTest {
    @TempDir
    static Path dir;

    static Store store;
    static long inLoop;
    static long inEvanston;
    static LayerLoadResult districts;
    static LayerLoadResult beats;

    @BeforeAll
    static void storeTwoIncidentsThenLoadDistrictsAndBeats() throws Exception {
        Path districtsFile = SharedData.file("chicago/police_districts.geojson");
        Path beatsFile = SharedData.file("chicago/police_beats.geojson");
        store = Store.open(dir.resolve("store"));
        long importId = StoreRows.insertImport(store);
        inLoop = StoreRows.insertIncident(store, importId, 1, -87.6298, 41.8781);
        inEvanston = StoreRows.insertIncident(store, importId, 2, -87.6877, 42.0451);
        BoundaryLoader loader = new BoundaryLoader();
        districts = loader.load(
                store,
                districtsFile,
                new LayerSpec("districts", "dist_num", "dist_label", null, false),
                ProgressListener.NONE);
        beats = loader.load(
                store, beatsFile, new LayerSpec("beats", "beat_num", null, "district", false), ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void setsTheZoneOfAnIncidentInsideAPolygon() throws Exception {
        // the districts file writes dist_num unpadded ("1") while beats write their district as "01"
        assertEquals(
                List.of("1"), StoreRows.strings(store, "SELECT zone_districts FROM incidents WHERE id = ?", inLoop));
        String beat = StoreRows.strings(store, "SELECT zone_beats FROM incidents WHERE id = ?", inLoop)
                .get(0);
        assertTrue(beat.startsWith("01"), "a beat of district 01: " + beat);
        assertEquals(
                List.of("01"),
                StoreRows.strings(store, "SELECT parent FROM boundaries WHERE layer = 'beats' AND code = ?", beat));
    }

    @Test
    void leavesTheZoneOfAnIncidentOutsideEveryPolygonNull() throws Exception {
        assertNull(StoreRows.strings(store, "SELECT zone_districts FROM incidents WHERE id = ?", inEvanston)
                .get(0));
        assertNull(StoreRows.strings(store, "SELECT zone_beats FROM incidents WHERE id = ?", inEvanston)
                .get(0));
    }

    @Test
    void reportsHowManyIncidentsFellInAZone() {
        assertEquals(1, districts.incidentsZoned());
        assertEquals(1, beats.incidentsZoned());
    }

    @Test
    void agreesWithAnExactSpatialJoinInTheStore() throws Exception {
        assertEquals(
                StoreRows.strings(
                        store,
                        "SELECT b.code FROM boundaries b, incidents i WHERE i.id = ? "
                                + "AND b.layer = 'beats' AND b.geom && i.geom AND ST_Covers(b.geom, i.geom)",
                        inLoop),
                StoreRows.strings(store, "SELECT zone_beats FROM incidents WHERE id = ?", inLoop));
    }
}
