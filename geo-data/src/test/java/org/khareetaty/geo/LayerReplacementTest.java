package org.khareetaty.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.khareetaty.core.progress.CancelledException;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;

/**
 * One store through a sequence of loads: a layer replaced by a reload, the primary flag moved,
 * and cancelled loads that must leave everything as it was. Two squares side by side, west "W" and
 * east "E", and three incidents: in W, in E, and in neither.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LayerReplacementTest {
    @TempDir
    static Path dir;

    static Store store;
    static long inWest;
    static long inEast;
    static long outside;
    static Path westOnly;
    static Path eastOnly;
    static final BoundaryLoader LOADER = new BoundaryLoader();

    @BeforeAll
    static void storeIncidents() throws Exception {
        store = Store.open(dir.resolve("store"));
        long importId = StoreRows.insertImport(store);
        inWest = StoreRows.insertIncident(store, importId, 1, -87.65, 41.85);
        inEast = StoreRows.insertIncident(store, importId, 2, -87.55, 41.85);
        outside = StoreRows.insertIncident(store, importId, 3, -87.45, 41.85);
        westOnly = geoJson("west.geojson", square("W", -87.7, -87.6));
        eastOnly = geoJson("east.geojson", square("E", -87.6, -87.5), square("E2", -87.6, -87.5));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    @Order(1)
    void firstLoadLabelsIncidentsAndIsPrimary() throws Exception {
        LayerLoadResult r = LOADER.load(store, westOnly, spec("sectors", false), ProgressListener.NONE);
        assertTrue(r.primary());
        assertEquals(Arrays.asList("W", null, null), zones("zone_sectors"));
    }

    @Test
    @Order(2)
    void reloadingALayerReplacesItsBoundariesAndRelabelsIncidents() throws Exception {
        LayerLoadResult r = LOADER.load(store, eastOnly, spec("sectors", false), ProgressListener.NONE);
        assertEquals(
                List.of("E", "E2"),
                StoreRows.strings(store, "SELECT code FROM boundaries WHERE layer = 'sectors' ORDER BY code"));
        assertEquals(
                Arrays.asList(null, "E", null),
                zones("zone_sectors"),
                "the first of two overlapping zones in file order wins");
        assertTrue(r.primary(), "reloading the only layer keeps it primary");
        assertEquals(1, new BoundaryLayers(store).list().size());
    }

    @Test
    @Order(3)
    void aLaterLayerIsNotPrimaryUnlessAsked() {
        assertFalse(LOADER.load(store, westOnly, spec("patrol", false), ProgressListener.NONE)
                .primary());
        assertEquals(
                "sectors", new BoundaryLayers(store).primary().orElseThrow().layer());
    }

    @Test
    @Order(4)
    void askingForPrimaryMovesTheFlag() {
        assertTrue(LOADER.load(store, westOnly, spec("patrol", true), ProgressListener.NONE)
                .primary());
        List<LayerInfo> layers = new BoundaryLayers(store).list();
        assertEquals(
                List.of("patrol"),
                layers.stream().filter(LayerInfo::primary).map(LayerInfo::layer).toList());
        assertEquals(2, layers.size());
        assertEquals(
                "W",
                new BoundaryLayers(store)
                        .studyArea()
                        .map(g -> g.getEnvelopeInternal().getMinX() == -87.7 ? "W" : "?")
                        .orElseThrow());
    }

    @ParameterizedTest
    @Order(5)
    @ValueSource(strings = {"read", "check", "write", "label"})
    void aCancelledNewLayerLeavesTheStoreUnchanged(String phase) throws Exception {
        String before = snapshot();
        assertThrows(
                CancelledException.class, () -> LOADER.load(store, westOnly, spec("cancelled", true), cancelAt(phase)));
        assertEquals(before, snapshot());
        assertFalse(StoreRows.hasIncidentColumn(store, "zone_cancelled"));
    }

    @ParameterizedTest
    @Order(6)
    @ValueSource(strings = {"write", "label"})
    void aCancelledReloadKeepsTheOldLayerAndZones(String phase) throws Exception {
        String before = snapshot();
        assertThrows(
                CancelledException.class, () -> LOADER.load(store, westOnly, spec("sectors", true), cancelAt(phase)));
        assertEquals(before, snapshot());
        assertEquals(Arrays.asList(null, "E", null), zones("zone_sectors"));
    }

    /** Cancels once a phase whose task starts with {@code phase} has begun. */
    static ProgressListener cancelAt(String phase) {
        return new ProgressListener() {
            private volatile boolean cancelled;

            @Override
            public void update(Progress p) {
                if (p.task().startsWith(phase)) {
                    cancelled = true;
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    static String snapshot() throws Exception {
        return StoreRows.strings(
                        store,
                        "SELECT layer || ':' || is_primary || ':' || feature_count || ':' || loaded_at "
                                + "FROM boundary_layers ORDER BY layer")
                + " "
                + StoreRows.strings(
                        store, "SELECT layer || ':' || code || ':' || ST_AsText(geom) FROM boundaries ORDER BY id")
                + " "
                + StoreRows.strings(
                        store,
                        "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS "
                                + "WHERE TABLE_NAME = 'INCIDENTS' ORDER BY ORDINAL_POSITION")
                + " " + zones("zone_sectors")
                + zones("zone_patrol");
    }

    static List<String> zones(String column) throws Exception {
        List<String> zones = new ArrayList<>();
        for (long id : new long[] {inWest, inEast, outside}) {
            zones.add(StoreRows.strings(store, "SELECT " + column + " FROM incidents WHERE id = ?", id)
                    .get(0));
        }
        return zones;
    }

    static LayerSpec spec(String layer, boolean primary) {
        return new LayerSpec(layer, "code", null, null, primary);
    }

    static String square(String code, double west, double east) {
        return BoundaryRulesTest.feature(
                "{\"code\":\"" + code + "\"}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + ",41.8],[" + east + ",41.8],[" + east + ",41.9],["
                        + west + ",41.9],[" + west + ",41.8]]]}");
    }

    static Path geoJson(String name, String... features) throws IOException {
        return Files.writeString(
                dir.resolve(name),
                "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",\n", features) + "]}");
    }
}
