package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.app.map.tiles.BasemapTiles;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.ImportResult;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.StoreQueries;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13 item 5: a city without a boundary layer works. The window opens on a store that holds
 * incidents but no boundary layer (before, drawing the store's own basemap refused it), on the
 * extent of its incidents: the corners of their box are on screen.
 */
class NoBoundaryStoreWindowTest {
    @TempDir
    Path dir;

    @Test
    void opensOnTheExtentOfTheIncidents() throws Exception {
        Path store = dir.resolve("store");
        Path head = firstRowsOfTheChicagoSample(400);
        try (Store s = Store.open(store)) {
            ImportResult r = new Importer(s).importFile(head, ImportOptions.defaults(), ProgressListener.NONE);
            var n = r.counts();
            assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
            assertEquals("none", r.studyArea());
            assertNotNull(r.warning());
        }
        WindowDriver d = WindowDriver.open(store, true);
        try {
            assertNull(BasemapTiles.active(), "no boundary layer: no basemap of the store's own");
            assertTrue(d.window.model().result().get().cells().size() > 0, "the incidents are drawn as cells");
            List<String> box = StoreQueries.rows(
                            d.window.tasks().store(), "SELECT MIN(lon), MIN(lat), MAX(lon), MAX(lat) FROM incidents")
                    .get(0);
            double west = Double.parseDouble(box.get(0));
            double south = Double.parseDouble(box.get(1));
            double east = Double.parseDouble(box.get(2));
            double north = Double.parseDouble(box.get(3));
            Bounds[] screen = new Bounds[1];
            d.robot.interact(() -> screen[0] =
                    d.window.console().localToScreen(d.window.console().getLayoutBounds()));
            Bounds map = screen[0];
            for (double[] corner : new double[][] {{west, south}, {west, north}, {east, south}, {east, north}}) {
                Point2D[] p = new Point2D[1];
                d.robot.interact(() -> p[0] = d.window.console().screenPoint(corner[0], corner[1]));
                assertTrue(
                        map.contains(p[0]), "the incidents' corner " + corner[0] + "," + corner[1] + " is on the map");
            }
            // and the map is not zoomed out to the world: the box fills a good part of it
            Point2D[] sw = new Point2D[1];
            Point2D[] ne = new Point2D[1];
            d.robot.interact(() -> {
                sw[0] = d.window.console().screenPoint(west, south);
                ne[0] = d.window.console().screenPoint(east, north);
            });
            assertTrue(
                    ne[0].getX() - sw[0].getX() > map.getWidth() / 4
                            || sw[0].getY() - ne[0].getY() > map.getHeight() / 4,
                    "the map shows the incidents' extent, not the world: " + sw[0] + " " + ne[0] + " in " + map);
        } finally {
            FxToolkit.cleanupStages();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private Path firstRowsOfTheChicagoSample(int rows) throws Exception {
        Path sample = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(sample)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null && lines.size() <= rows; line = in.readLine()) {
                lines.add(line);
            }
        }
        return Files.write(dir.resolve("head.csv"), lines);
    }
}
