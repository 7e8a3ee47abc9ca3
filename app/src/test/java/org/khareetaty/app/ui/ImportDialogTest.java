package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.app.ui.importer.ImportDialog;
import org.khareetaty.core.etl.ImportResult;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.RejectedRows;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.BoundaryLoader;
import org.khareetaty.geo.LayerSpec;
import org.khareetaty.core.testing.SharedData;

/**
 * Imports the real Chicago 2017-2019 sample through the import dialog into the store of an analyst
 * who covers the city's central police districts (1 to 12, cut from the real district map): the
 * preview names the detected profile, the summary accounts for every row, the rows outside the
 * study area are listed and exported, and the window then shows the new incidents.
 */
class ImportDialogTest {
    @TempDir
    static Path dir;
    static WindowDriver ui;

    @BeforeAll
    static void open() throws Exception {
        Path store = dir.resolve("store");
        ObjectMapper json = new ObjectMapper();
        ObjectNode districts = (ObjectNode) json.readTree(SharedData.file("chicago/police_districts.geojson").toFile());
        ArrayNode kept = json.createArrayNode();
        for (JsonNode f : districts.get("features")) {
            if (Integer.parseInt(f.get("properties").get("dist_num").asText()) <= 12) {
                kept.add(f);
            }
        }
        districts.set("features", kept);
        Path central = dir.resolve("central_districts.geojson");
        json.writeValue(central.toFile(), districts);
        try (Store s = Store.open(store)) {
            new BoundaryLoader().load(s, central, new LayerSpec("districts", "dist_num", "dist_label", null, true, null),
                    ProgressListener.NONE);
        }
        ui = WindowDriver.open(store, false);
    }

    @AfterAll
    static void close() throws Exception {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void importsARealFileThroughTheDialogAndShowsTheSummary() throws Exception {
        Path file = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        ui.robot.clickOn("#import");
        ui.waitFor(10, () -> ui.window.lastImportDialog() != null && ui.window.lastImportDialog().stage().isShowing());
        ImportDialog dialog = ui.window.lastImportDialog();
        ui.robot.interact(() -> dialog.preview(file));
        ui.waitFor(30, () -> ui.robot.lookup("#import-preview").tryQuery().isPresent());
        Label heading = ui.robot.lookup("#import-heading").queryAs(Label.class);
        assertTrue(heading.getText().contains("detected profile 'chicago"), heading.getText());
        TableView<?> preview = ui.robot.lookup("#import-preview").queryAs(TableView.class);
        assertEquals(20, preview.getItems().size());
        assertTrue(preview.getColumns().stream().anyMatch(c -> c.getText().equals("primary_type")));

        ui.robot.clickOn("#import-start");
        ui.waitFor(180, () -> dialog.result() != null && ui.robot.lookup("#import-rejected").tryQuery().isPresent());
        ImportResult r = dialog.result();
        var n = r.counts();
        assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates());
        assertTrue(n.loaded() > 5000, "the central districts' incidents load: " + n);
        Label summary = ui.robot.lookup("#import-summary").queryAs(Label.class);
        assertTrue(summary.getText().contains(String.format(Locale.ROOT, "read %,d = loaded %,d + rejected %,d + duplicates %,d", n.read(),
                n.loaded(), n.rejected(), n.duplicates())), summary.getText());
        TableView<?> rejected = ui.robot.lookup("#import-rejected").queryAs(TableView.class);
        ui.waitFor(30, () -> rejected.getItems().size() == (int) Math.min(n.rejected(), 5000));
        assertTrue(r.rejectedByReason().getOrDefault("outside_study_area", 0L) > 5000, "incidents of the other districts: " + r);
        Label reasons = ui.robot.lookup("#import-reasons").queryAs(Label.class);
        r.rejectedByReason().forEach((reason, count) -> assertTrue(reasons.getText().contains(reason), reasons.getText()));

        Path out = dir.resolve("rejected.csv");
        ui.robot.interact(() -> dialog.exportRejected(out));
        ui.waitFor(30, () -> Files.exists(out) && Files.readAllLines(out).size() == n.rejected() + 1);
        List<String> lines = Files.readAllLines(out);
        assertEquals(RejectedRows.HEADER, lines.get(0));

        ui.robot.clickOn("#import-close");
        // the window takes in the new incidents
        ui.waitFor(180, () -> ui.window.model().result().get() != null && !ui.window.model().loading().get());
        assertEquals(String.format(Locale.ROOT, "%,d", n.loaded()), ui.window.kpis().totalText());
    }
}
