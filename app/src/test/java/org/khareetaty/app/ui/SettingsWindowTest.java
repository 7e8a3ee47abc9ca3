package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khareetaty.app.ui.settings.DisplayLanguage;
import org.khareetaty.app.ui.settings.WindowLayout;
import org.khareetaty.app.ui.settings.WorkstationSettings;

/**
 * File > Settings on the real Chicago store: Arabic as the display language, imperial units and
 * r8 for the whole area; the language is the preference the names are read by, the window is
 * rebuilt at once in Arabic (right to left) on the same store, with the scale bar in miles or feet
 * and the whole area at r8.
 */
class SettingsWindowTest {
    static WindowDriver ui;

    @BeforeAll
    static void open() throws Exception {
        ui = WindowDriver.open(ChicagoStore.dir(), true);
        // preferences of its own: the other window tests (of this JVM, or another build's) read the shared test node
        System.setProperty("khareetaty.prefs", "khareetaty-ui-tests-settings");
        new WorkstationSettings("en", false, 6).save();
    }

    @AfterAll
    static void close() throws Exception {
        if (ui != null) {
            ui.close(); // saves the window's layout in the test's node
        }
        WindowLayout.root().removeNode();
        System.setProperty("khareetaty.prefs", "khareetaty-ui-tests");
    }

    @Test
    void languageUnitsAndResolutionAreSavedAndAppliedWithoutARelaunch() throws Exception {
        assertTrue(
                ui.window.console().scaleBar().text().matches("\\d+ k?m"),
                ui.window.console().scaleBar().text());
        assertEquals(6, ui.window.model().result().get().scope().res());
        MenuBar bar = ui.robot.lookup("#menu-bar").queryAs(MenuBar.class);
        MenuItem settings = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-settings".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        // the dialog waits for an answer: open it later, on the FX thread
        javafx.application.Platform.runLater(settings::fire);
        ui.waitFor(10, () -> ui.robot.lookup("#settings-units").tryQuery().isPresent());
        ui.robot.interact(() -> {
            choice("#settings-language").setValue("ar");
            choice("#settings-units").setValue("imperial");
            @SuppressWarnings("unchecked")
            ChoiceBox<Integer> res = ui.robot.lookup("#settings-res").queryAs(ChoiceBox.class);
            res.setValue(8);
        });
        ui.robot.clickOn("OK");
        // another language rebuilds the window on the same store, in Arabic, without a relaunch
        ui = ui.replaced(true);
        ui.waitFor(10, () -> ui.window.console().scaleBar().text().matches("\\d+ (mi|ft)"));
        MenuBar arabic = ui.robot.lookup("#menu-bar").queryAs(MenuBar.class);
        assertEquals("ملف", arabic.getMenus().get(0).getText());
        assertEquals(
                javafx.geometry.NodeOrientation.RIGHT_TO_LEFT,
                ui.window.stage().getScene().getEffectiveNodeOrientation());
        assertEquals(8, ui.window.model().result().get().scope().res(), "the rebuilt window opens at r8");

        assertEquals("ar", WindowLayout.root().get("language", null), "the key DisplayLanguage reads");
        assertEquals(Locale.forLanguageTag("ar"), DisplayLanguage.current());
        assertEquals(new WorkstationSettings("ar", true, 8), WorkstationSettings.load());

        // the resolution applies to the next store opened: this one, again
        java.nio.file.Path chicago = ChicagoStore.dir();
        ui.robot.interact(() -> ui.window.openStore(chicago));
        ui = ui.replaced(true);
        assertEquals(8, ui.window.model().result().get().scope().res());
        assertEquals(
                ui.direct(ui.window.model().result().get().scope()).kpis().total(),
                ui.window.model().result().get().drill().kpis().total());
        assertTrue(
                ui.window.console().scaleBar().text().matches("\\d+ (mi|ft)"),
                ui.window.console().scaleBar().text());
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<String> choice(String id) {
        return ui.robot.lookup(id).queryAs(ChoiceBox.class);
    }
}
