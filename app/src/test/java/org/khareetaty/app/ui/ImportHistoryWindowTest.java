package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.app.ui.importer.ImportHistoryDialog;
import org.khareetaty.app.ui.map.HexCell;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.ImportResult;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.ImportHistory;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.geo.BoundaryLoader;
import org.khareetaty.geo.LayerSpec;

/**
 * File > Import history on a Chicago store of two real imports (the 2017-2019 sample, then the
 * first 3,000 aggravated assaults of 2010-2019): both listed with their counts; Undo of the second
 * asks first (Cancel changes nothing), then removes it: the history says who undid it, and the map
 * and KPIs count only the sample again.
 */
class ImportHistoryWindowTest {
    @TempDir
    static Path dir;

    static WindowDriver ui;
    static ImportResult sample;
    static ImportResult assaults;

    @BeforeAll
    static void open() throws Exception {
        Path store = dir.resolve("store");
        Path firstAssaults = dir.resolve("assaults_first_3000.csv");
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(
                        Files.newInputStream(SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz"))),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && lines.size() <= 3000; line = r.readLine()) {
                lines.add(line);
            }
        }
        Files.write(firstAssaults, lines);
        try (Store s = Store.open(store)) {
            new BoundaryLoader()
                    .load(
                            s,
                            SharedData.file("chicago/police_beats.geojson"),
                            new LayerSpec("beats", "beat_num", null, "district", true),
                            ProgressListener.NONE);
            Importer importer = new Importer(s);
            sample = importer.importFile(
                    SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"),
                    ImportOptions.defaults(),
                    ProgressListener.NONE);
            assaults = importer.importFile(firstAssaults, ImportOptions.defaults(), ProgressListener.NONE);
        }
        ui = WindowDriver.open(store, true);
    }

    @AfterAll
    static void close() throws Exception {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void undoOfAnImportAsksFirstThenRemovesItAndTheMapAndKpisCountWhatIsLeft() throws Exception {
        long both = sample.counts().loaded() + assaults.counts().loaded();
        assertEquals(both, ui.window.model().result().get().drill().kpis().total());

        MenuBar bar = ui.robot.lookup("#menu-bar").queryAs(MenuBar.class);
        MenuItem history = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "menu-import-history".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        ui.robot.interact(history::fire);
        ui.waitFor(
                20,
                () -> ui.window.lastImportHistory() != null
                        && ui.window.lastImportHistory().entries().size() == 2);
        ImportHistoryDialog dialog = ui.window.lastImportHistory();
        ImportHistory.Entry newest = dialog.entries().get(0);
        assertEquals(assaults.importId(), newest.id(), "newest first");
        assertEquals(
                "assaults_first_3000.csv", Path.of(newest.file()).getFileName().toString());
        var n = assaults.counts();
        assertEquals(
                List.of(n.read(), n.loaded(), n.rejected(), n.duplicates()),
                List.of(newest.read(), newest.loaded(), newest.rejected(), newest.duplicates()));
        assertEquals("complete", newest.status());

        // Cancel: nothing happens
        ui.robot.interact(() -> dialog.select(assaults.importId()));
        ui.robot.clickOn("#history-undo");
        ui.waitFor(10, ImportHistoryWindowTest::asking);
        String asked = ui.robot.lookup("#undo-confirm").queryAll().stream()
                .filter(ImportHistoryWindowTest::showing)
                .map(p -> ((javafx.scene.control.DialogPane) p).getHeaderText())
                .findFirst()
                .orElseThrow();
        assertEquals("Undo import #" + assaults.importId() + " (assaults_first_3000.csv)?", asked);
        ui.robot.clickOn(confirmButton(javafx.scene.control.ButtonType.CANCEL));
        ui.waitFor(10, () -> !asking());
        assertEquals(
                both,
                ImportHistory.of(ui.window.tasks().store()).stream()
                        .filter(ImportHistory.Entry::undoable)
                        .mapToLong(ImportHistory.Entry::loaded)
                        .sum(),
                "Cancel undoes nothing");

        // confirmed: undone, by whom, and the map drawn again from what is left
        Object before = ui.window.model().result().get();
        ui.robot.clickOn("#history-undo");
        ui.waitFor(10, ImportHistoryWindowTest::asking);
        ui.robot.clickOn(confirmButton(ImportHistoryDialog.UNDO));
        ui.waitFor(120, () -> dialog.entries().get(0).undoneAt() != null);
        ImportHistory.Entry undone = dialog.entries().get(0);
        assertEquals("undone", undone.status());
        assertEquals(System.getProperty("user.name"), undone.undoneBy());
        Label status = ui.robot.lookup("#history-status").queryAs(Label.class);
        assertEquals(
                String.format(
                        java.util.Locale.ROOT,
                        "Import #%d undone: %,d incidents removed.",
                        assaults.importId(),
                        n.loaded()),
                status.getText());
        ui.waitForResult(before);
        long left = sample.counts().loaded();
        assertEquals(left, ui.window.model().result().get().drill().kpis().total(), "the KPIs count the sample only");
        assertEquals(
                left,
                ui.window.console().hexagons().cells().stream()
                        .mapToLong(HexCell::incidents)
                        .sum(),
                "the map shows the sample only");
        assertTrue(ui.window.lastImportHistory().stage().isShowing());
    }

    /** The button {@code type} of the undo confirmation showing (not another "Cancel" of the window). */
    private static javafx.scene.Node confirmButton(javafx.scene.control.ButtonType type) {
        return ui.robot.lookup("#undo-confirm").queryAll().stream()
                .filter(ImportHistoryWindowTest::showing)
                .map(p -> ((javafx.scene.control.DialogPane) p).lookupButton(type))
                .findFirst()
                .orElseThrow();
    }

    /** Whether the undo confirmation is showing (a dialog closed stays in the lookup, hidden). */
    private static boolean asking() {
        return ui.robot.lookup("#undo-confirm").queryAll().stream().anyMatch(ImportHistoryWindowTest::showing);
    }

    private static boolean showing(javafx.scene.Node n) {
        return n.getScene() != null
                && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing();
    }
}
