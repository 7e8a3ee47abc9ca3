package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.app.demo.DemoStore;
import org.khareetaty.app.ui.boundaries.LoadBoundariesDialog;
import org.khareetaty.app.ui.importer.ImportDialog;
import org.khareetaty.app.ui.map.HexCell;
import org.khareetaty.app.ui.settings.RecentStores;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.sample.DemoSpec;

/**
 * Stores managed in the window, as a new analyst meets them: from a (small) Kuwait demo store,
 * File > New store opens a new Chicago store on its welcome page; Load boundaries reads the real
 * police beats file's attributes and loads the beats as the study area; Import incidents imports
 * the real 2017-2019 sample and the map shows every incident loaded; Recent stores switches back
 * to the demo store without a relaunch.
 */
class StoresWindowTest {
    @TempDir
    static Path dir;

    static WindowDriver ui;

    @AfterAll
    static void close() throws Exception {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void aNewStoreGoesFromItsWelcomePageToTheMapAndTheWindowSwitchesBackToTheDemoStore() throws Exception {
        Path kuwait = dir.resolve("kuwait");
        var demo = DemoStore.build(
                kuwait,
                new DemoSpec(
                        DemoSpec.DEFAULT_SEED, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 31), 4_000, false),
                ProgressListener.NONE);
        long kuwaitLoaded = demo.imported().counts().loaded();
        ui = WindowDriver.open(kuwait, true);
        assertEquals(
                kuwaitLoaded, ui.window.model().result().get().drill().kpis().total());

        // a folder that holds something else is refused, with the reason
        Path notEmpty = Files.createDirectories(dir.resolve("not-empty"));
        Files.writeString(notEmpty.resolve("notes.txt"), "x");
        ui.robot.interact(() -> ui.window.newStore(notEmpty));
        ui.waitFor(10, () -> ui.robot.lookup("#store-refused").tryQuery().isPresent());
        String refused = ui.robot
                .lookup("#store-refused")
                .queryAs(javafx.scene.control.DialogPane.class)
                .getContentText();
        assertTrue(refused.contains("is not empty"), refused);
        ui.robot.clickOn("OK");
        assertEquals(ui.window, ui.window.current().get(), "the demo store stays open");

        // File > New store: the welcome page, nothing loaded yet
        Path chicago = dir.resolve("chicago");
        ui.robot.interact(() -> ui.window.newStore(chicago));
        ui = ui.replaced(false);
        assertNotNull(ui.window.welcome(), "a new store opens on its welcome page");
        assertEquals("No boundary layer yet.", label("#welcome-layers"));

        // Load boundaries: the real beats file, its attributes offered as fields
        ui.robot.clickOn("#welcome-boundaries");
        ui.waitFor(
                10,
                () -> ui.window.lastBoundariesDialog() != null
                        && ui.window.lastBoundariesDialog().stage().isShowing());
        LoadBoundariesDialog boundaries = ui.window.lastBoundariesDialog();
        ui.robot.interact(() -> boundaries.describe(SharedData.file("chicago/police_beats.geojson")));
        ui.waitFor(60, () -> ui.robot.lookup("#boundaries-code").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<String> code = ui.robot.lookup("#boundaries-code").queryAs(ComboBox.class);
        assertEquals(List.of("beat", "beat_num", "district", "sector"), code.getItems());
        assertEquals("beat_num", code.getValue(), "the field named like a number is offered as the code");
        CheckBox primary = ui.robot.lookup("#boundaries-primary").queryAs(CheckBox.class);
        assertTrue(primary.isSelected() && primary.isDisabled(), "the first layer is the study area");
        ui.robot.interact(() -> {
            ui.robot.lookup("#boundaries-layer").queryAs(TextField.class).setText("beats");
            @SuppressWarnings("unchecked")
            ComboBox<String> parent = ui.robot.lookup("#boundaries-parent").queryAs(ComboBox.class);
            parent.setValue("district");
        });
        ui.robot.clickOn("#boundaries-load");
        ui.waitFor(120, () -> boundaries.result() != null);
        assertEquals(277, boundaries.result().loaded());
        assertTrue(boundaries.result().primary());
        assertTrue(
                label("#boundaries-heading").startsWith("Layer 'beats' loaded: 277 of 277 features, the study area"),
                label("#boundaries-heading"));
        ui.robot.clickOn("#boundaries-close");
        ui = ui.replaced(false);
        assertNotNull(ui.window.welcome(), "still no incidents: the welcome page again");
        assertEquals("Loaded: beats (277 zones)", label("#welcome-layers"));

        // Import incidents: the real sample, then the map
        ui.robot.clickOn("#welcome-import");
        ui.waitFor(
                10,
                () -> ui.window.lastImportDialog() != null
                        && ui.window.lastImportDialog().stage().isShowing());
        ImportDialog importer = ui.window.lastImportDialog();
        ui.robot.interact(() -> importer.preview(SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz")));
        ui.waitFor(30, () -> !ui.robot.lookup("#import-start").queryButton().isDisabled());
        ui.robot.clickOn("#import-start");
        ui.waitFor(300, () -> importer.result() != null);
        var n = importer.result().counts();
        assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates(), "read = loaded + rejected + duplicates");
        assertTrue(n.loaded() > 24_000, n.toString());
        ui.robot.clickOn("#import-close");
        ui = ui.replaced(true);
        assertEquals(null, ui.window.welcome());
        assertEquals(
                n.loaded(), ui.window.model().result().get().drill().kpis().total(), "the KPIs count every row loaded");
        List<HexCell> cells = ui.window.console().hexagons().cells();
        assertFalse(cells.isEmpty());
        assertEquals(
                n.loaded(), cells.stream().mapToLong(HexCell::incidents).sum(), "the map shows every incident loaded");

        // File > Recent stores: the two stores, most recent first; the demo store opens in the same window
        List<Path> recent = RecentStores.load().list();
        assertEquals(
                List.of(
                        chicago.toAbsolutePath().normalize(),
                        kuwait.toAbsolutePath().normalize()),
                recent.subList(0, 2));
        MenuItem back = recentItem(kuwait.toAbsolutePath().normalize().toString());
        ui.robot.interact(back::fire);
        ui = ui.replaced(true);
        assertEquals(
                kuwaitLoaded, ui.window.model().result().get().drill().kpis().total());
        assertTrue(
                ui.window.stage().getTitle().endsWith(kuwait.toString()),
                ui.window.stage().getTitle());
    }

    private static String label(String id) {
        return ui.robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The File > Recent stores item naming {@code path}. */
    private static MenuItem recentItem(String path) {
        MenuBar bar = ui.robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().stream()
                .filter(m -> "menu-file".equals(m.getId()))
                .findFirst()
                .orElseThrow();
        Menu recent = (Menu) file.getItems().stream()
                .filter(i -> "menu-recent-stores".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        return recent.getItems().stream()
                .filter(i -> path.equals(i.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no recent store " + path));
    }
}
