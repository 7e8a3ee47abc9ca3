package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.khareetaty.app.ui.map.MapConsole;
import org.khareetaty.app.ui.map.StreetLayer;
import org.khareetaty.geo.streets.StreetClass;

/**
 * The street layer in the window, on a copy of the real Chicago store (beats, districts, the
 * 25,000-incident sample) with streets of the Loop loaded through the window as the basemap
 * dialog's "Load streets…" does. The streets are a small GeoJSON written for the test (eight
 * streets of the Loop at their real positions to about 20 m, two of them arterials): no registry
 * package ships Chicago's centrelines.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StreetLayerWindowTest {
    static WindowDriver ui;
    static Path streets;

    @BeforeAll
    static void open() throws Exception {
        Path copy = Files.createTempDirectory("khareetaty-streets-ui");
        Path source = ChicagoStore.dir();
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        streets = copy.resolve("loop-streets.geojson");
        Files.writeString(streets, loop());
        ui = WindowDriver.open(copy, true);
    }

    @AfterAll
    static void close() throws Exception {
        if (ui != null) {
            ui.close();
        }
    }

    private static String loop() {
        StringBuilder b = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [");
        // north-south at their longitudes, east-west at their latitudes, from Congress to Lake
        String[][] ns = {
            {"N STATE ST", "-87.6278", "primary"},
            {"N DEARBORN ST", "-87.6295", "residential"},
            {"N CLARK ST", "-87.6313", "residential"},
            {"N LASALLE ST", "-87.6325", "residential"}
        };
        String[][] ew = {
            {"W MADISON ST", "41.8820", "primary"},
            {"W MONROE ST", "41.8806", "residential"},
            {"W ADAMS ST", "41.8793", "residential"},
            {"W WASHINGTON ST", "41.8833", "residential"}
        };
        String sep = "";
        for (String[] s : ns) {
            b.append(sep).append(feature(s[0], s[2], s[1] + ", 41.8755", s[1] + ", 41.8857"));
            sep = ",";
        }
        for (String[] s : ew) {
            b.append(sep).append(feature(s[0], s[2], "-87.6400, " + s[1], "-87.6240, " + s[1]));
        }
        return b.append("]}").toString();
    }

    private static String feature(String name, String highway, String from, String to) {
        return "{\"type\": \"Feature\", \"properties\": {\"name\": \"" + name + "\", \"highway\": \"" + highway
                + "\"}, \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[" + from + "], [" + to + "]]}}";
    }

    private static void view(double lat, double lon, double zoom) throws Exception {
        ui.robot.interact(() -> ui.window.console().goTo(lat, lon, zoom));
        ui.waitFor(60, () -> ui.window.tasks().running().get() == 0);
    }

    @Test
    @Order(1)
    void aStoreWithoutStreetsDrawsNoneAndSaysSo() throws Exception {
        MapConsole map = ui.window.console();
        view(41.8810, -87.6300, 17);
        ui.waitFor(60, () -> map.streets().drawnZoom() == 17);
        assertEquals(0, map.streets().drawn());
        assertTrue(ui.window.streetSummary().startsWith("No street layer"), ui.window.streetSummary());
        assertEquals(map.hexagons().fillOpacity(), map.hexagons().drawnFillOpacity(), "hexagons as before");
    }

    @Test
    @Order(2)
    void loadedStreetsAreDrawnUnderTranslucentHexagonsWithTheirNamesAtStreetScale() throws Exception {
        AtomicReference<String> status = new AtomicReference<>();
        ui.robot.interact(() -> ui.window.loadStreets(streets, status::set));
        ui.waitFor(120, () -> status.get() != null);
        assertTrue(status.get().startsWith("loop-streets.geojson: 8 streets, 8 named"), status.get());

        MapConsole map = ui.window.console();
        view(41.8812, -87.6300, 17);
        ui.waitFor(
                60,
                () -> map.streets().drawn() > 0
                        && !map.streets().names().placed().isEmpty());
        assertTrue(map.streets().shownUnderHexagons());
        assertEquals(0.45, map.hexagons().drawnFillOpacity(), 1e-9, "the fill lets the streets show through");
        // the view (about 900 by 600 m) holds all eight streets; a long one may be named again 300 px on
        assertEquals(
                java.util.Set.of(
                        "N STATE ST",
                        "N DEARBORN ST",
                        "N CLARK ST",
                        "N LASALLE ST",
                        "W MADISON ST",
                        "W MONROE ST",
                        "W ADAMS ST",
                        "W WASHINGTON ST"),
                java.util.Set.copyOf(map.streets().names().placed()));
    }

    @Test
    @Order(3)
    void onlyMajorRoadsAndNoNamesAtNeighbourhoodScaleAndNothingAtCityScale() throws Exception {
        MapConsole map = ui.window.console();
        view(41.8812, -87.6300, 13);
        ui.waitFor(60, () -> map.streets().drawnZoom() == 13 && map.streets().drawn() > 0);
        assertTrue(map.streets().drawnClasses().stream().allMatch(c -> c.minZoom() <= 13));
        assertTrue(map.streets().drawnClasses().contains(StreetClass.PRIMARY));
        assertTrue(map.streets().names().placed().isEmpty(), "names from zoom 15");

        view(41.8812, -87.6300, 11);
        ui.waitFor(60, () -> map.streets().drawnZoom() < StreetLayer.MIN_ZOOM);
        assertEquals(0, map.streets().drawn());
        assertEquals(map.hexagons().fillOpacity(), map.hexagons().drawnFillOpacity(), 1e-9);
    }

    @Test
    @Order(4)
    void hidingTheLayerGivesTheHexagonsTheirFillBack() throws Exception {
        MapConsole map = ui.window.console();
        view(41.8812, -87.6300, 17);
        ui.waitFor(60, () -> map.streets().drawnZoom() == 17 && map.streets().drawn() > 0);
        ui.robot.interact(() -> map.streets().setVisible(false));
        ui.waitFor(10, () -> !map.streets().shownUnderHexagons());
        assertEquals(map.hexagons().fillOpacity(), map.hexagons().drawnFillOpacity(), 1e-9);
        assertTrue(map.streets().names().placed().isEmpty()
                || !map.streets().names().isVisible());
        ui.robot.interact(() -> map.streets().setVisible(true));
    }
}
