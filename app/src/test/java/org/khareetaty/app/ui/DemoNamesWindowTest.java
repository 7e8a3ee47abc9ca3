package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.app.ui.map.MapShape;

/**
 * Names, not codes, on the Kuwait demo (issue 17 items 4 and 7): the governorates are named above
 * the hexagons by the window (the store's basemap names none), and the live queue fed by the demo
 * feed names each alert's governorate and type in words, never a code such as {@code KW-FA} or a
 * wire type such as {@code shots_fired}.
 */
class DemoNamesWindowTest {
    @TempDir
    static Path dir;

    static WindowDriver ui;

    @BeforeAll
    static void open() throws Exception {
        Path kuwait = KuwaitDemoStore.build(dir, 30_000);
        ui = WindowDriver.open(kuwait, true);
    }

    @AfterAll
    static void close() throws Exception {
        if (ui != null) {
            ui.robot.interact(() -> ui.window.alertPanel().disconnect());
            ui.close();
        }
    }

    @Test
    void theGovernoratesAreNamedAboveTheHexagonsOnce() throws Exception {
        ui.waitForResult(null);
        var console = ui.window.console();
        assertFalse(
                org.khareetaty.app.map.tiles.BasemapTiles.labelsZones(), "the demo's basemap carries no zone names");
        ui.waitFor(10, () -> !console.zoneLabels().drawn().isEmpty());
        Set<String> governorates = console.boundaryLayers().values().iterator().next().shapes().stream()
                .map(MapShape::label)
                .collect(Collectors.toSet());
        List<String> drawn = console.zoneLabels().drawn();
        assertTrue(governorates.containsAll(drawn), drawn + " of " + governorates);
        assertTrue(drawn.stream().noneMatch(n -> n.startsWith("KW-")), drawn.toString());
        assertTrue(
                console.mapView().getChildrenUnmodifiable().indexOf(console.zoneLabels())
                        > console.mapView().getChildrenUnmodifiable().indexOf(console.hexagons()),
                "the names above the hexagons");
    }

    @Test
    void theDemoFeedsAlertsNameTheirGovernorateAndTypeInWords() throws Exception {
        ui.waitForResult(null);
        ui.robot.interact(() -> ui.window.alertPanel().startDemo(900));
        ui.waitFor(180, () -> !ui.window.alertPanel().table().getItems().isEmpty());
        Thread.sleep(1000);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<String> queue = ui.window.alertPanel().table().lookupAll(".table-cell").stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText())
                .filter(t -> t != null && !t.isBlank())
                .toList();
        assertTrue(queue.stream().anyMatch(t -> t.endsWith(" Governorate")), "a governorate by name: " + queue);
        assertTrue(queue.stream().noneMatch(t -> t.matches(".*\\bKW-[A-Z]{2}\\b.*")), "no zone code: " + queue);
        assertTrue(queue.stream().noneMatch(t -> t.contains("_")), "no wire names: " + queue);
    }
}
