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
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.geo.BoundaryLoader;
import org.khareetaty.geo.LayerSpec;

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
        ObjectNode districts = (ObjectNode) json.readTree(
                SharedData.file("chicago/police_districts.geojson").toFile());
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
            new BoundaryLoader()
                    .load(
                            s,
                            central,
                            new LayerSpec("districts", "dist_num", "dist_label", null, true, null),
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
    void mapsTheColumnsOfAnUnknownExportAndImportsIt() throws Exception {
        // the first 3,000 real records of the sample, as another records system would export them
        Path file = dir.resolve("other_system_export.csv");
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                        new java.util.zip.GZIPInputStream(
                                Files.newInputStream(SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"))),
                        java.nio.charset.StandardCharsets.UTF_8));
                var out = Files.newBufferedWriter(file)) {
            var csv = new org.khareetaty.core.etl.CsvReader(in);
            var header = org.khareetaty.core.etl.Header.of(csv.next().fields());
            int[] cols = {
                header.indexOf("case_number"),
                header.indexOf("date"),
                header.indexOf("primary_type"),
                header.indexOf("latitude"),
                header.indexOf("longitude")
            };
            out.write("ref,occurred,crime_type,y_lat,x_lon\n");
            for (int i = 0; i < 3000; i++) {
                String[] f = csv.next().fields();
                StringBuilder line = new StringBuilder();
                for (int k = 0; k < cols.length; k++) {
                    line.append(k == 0 ? "" : ",")
                            .append('"')
                            .append(f[cols[k]])
                            .append('"');
                }
                out.write(line + "\n");
            }
        }
        ImportDialog dialog = openImportDialog();
        ui.robot.interact(() -> dialog.preview(file));
        ui.waitFor(30, () -> ui.present("#mapping-time"));
        Label heading = ui.robot.lookup("#import-heading").queryAs(Label.class);
        assertTrue(heading.getText().contains("no built-in profile reads this file"), heading.getText());
        assertEquals(
                "occurred",
                ui.robot
                        .lookup("#mapping-time")
                        .queryAs(javafx.scene.control.ComboBox.class)
                        .getValue());
        assertEquals(
                "y_lat",
                ui.robot
                        .lookup("#mapping-lat")
                        .queryAs(javafx.scene.control.ComboBox.class)
                        .getValue());
        assertEquals(
                "x_lon",
                ui.robot
                        .lookup("#mapping-lon")
                        .queryAs(javafx.scene.control.ComboBox.class)
                        .getValue());
        assertEquals(
                "crime_type",
                ui.robot
                        .lookup("#mapping-type")
                        .queryAs(javafx.scene.control.ComboBox.class)
                        .getValue());
        ui.robot.interact(() -> {
            ui.robot
                    .lookup("#mapping-name")
                    .queryAs(javafx.scene.control.TextField.class)
                    .setText("other-rms");
            ui.robot
                    .lookup("#mapping-zone")
                    .queryAs(javafx.scene.control.TextField.class)
                    .setText("America/Chicago");
        });
        ui.robot.clickOn("#import-start");
        ui.waitFor(120, () -> dialog.result() != null && ui.present("#import-summary"));
        ImportResult r = dialog.result();
        assertEquals("mapped:other-rms", r.profile());
        assertEquals(3000, r.counts().read());
        assertEquals(
                r.counts().read(),
                r.counts().loaded() + r.counts().rejected() + r.counts().duplicates());
        assertTrue(r.counts().loaded() > 500, "the central districts' share of 3,000 city-wide records: " + r.counts());
        assertEquals(
                r.counts().rejected(),
                r.rejectedByReason().getOrDefault("outside_study_area", 0L),
                "every timestamp and coordinate parses with the mapping: " + r.rejectedByReason());
        closeImportDialog();
        ui.waitFor(
                120,
                () -> !ui.window.model().loading().get()
                        && ui.window.tasks().running().get() == 0);
    }

    @Test
    void importsARealFileThroughTheDialogAndShowsTheSummary() throws Exception {
        Path file = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        ImportDialog dialog = openImportDialog();
        ui.robot.interact(() -> dialog.preview(file));
        ui.waitFor(30, () -> ui.present("#import-preview"));
        Label heading = ui.robot.lookup("#import-heading").queryAs(Label.class);
        assertTrue(heading.getText().contains("detected profile 'chicago"), heading.getText());
        TableView<?> preview = ui.robot.lookup("#import-preview").queryAs(TableView.class);
        assertEquals(20, preview.getItems().size());
        assertTrue(preview.getColumns().stream().anyMatch(c -> c.getText().equals("primary_type")));

        ui.robot.clickOn("#import-start");
        ui.waitFor(180, () -> dialog.result() != null && ui.present("#import-rejected"));
        ImportResult r = dialog.result();
        var n = r.counts();
        assertEquals(n.read(), n.loaded() + n.rejected() + n.duplicates());
        assertTrue(n.loaded() > 5000, "the central districts' incidents load: " + n);
        Label summary = ui.robot.lookup("#import-summary").queryAs(Label.class);
        assertTrue(
                summary.getText()
                        .contains(String.format(
                                Locale.ROOT,
                                "read %,d = loaded %,d + rejected %,d + duplicates %,d",
                                n.read(),
                                n.loaded(),
                                n.rejected(),
                                n.duplicates())),
                summary.getText());
        TableView<?> rejected = ui.robot.lookup("#import-rejected").queryAs(TableView.class);
        ui.waitFor(30, () -> rejected.getItems().size() == (int) Math.min(n.rejected(), 5000));
        assertTrue(
                r.rejectedByReason().getOrDefault("outside_study_area", 0L) > 5000,
                "incidents of the other districts: " + r);
        Label reasons = ui.robot.lookup("#import-reasons").queryAs(Label.class);
        r.rejectedByReason()
                .forEach((reason, count) -> assertTrue(reasons.getText().contains(reason), reasons.getText()));

        Path out = dir.resolve("rejected.csv");
        ui.robot.interact(() -> dialog.exportRejected(out));
        ui.waitFor(30, () -> Files.exists(out) && Files.readAllLines(out).size() == n.rejected() + 1);
        List<String> lines = Files.readAllLines(out);
        assertEquals(RejectedRows.HEADER, lines.get(0));

        closeImportDialog();
        // the window takes in the new incidents
        ui.waitFor(
                180,
                () -> ui.window.model().result().get() != null
                        && !ui.window.model().loading().get());
        ui.waitFor(
                180,
                () -> ui.window.model().result().get() != null
                        && ui.window.model().result().get().drill().kpis().total() >= n.loaded());
        try (var c = ui.window.tasks().store().connect();
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT COUNT(*) FROM incidents")) {
            rs.next();
            assertEquals(
                    String.format(Locale.ROOT, "%,d", rs.getLong(1)),
                    ui.window.kpis().totalText());
        }
    }

    /**
     * Opens the import dialog: from the tool bar, or from the welcome page while the store holds no
     * incidents (whichever test runs first).
     */
    private static ImportDialog openImportDialog() throws Exception {
        ui.robot.clickOn(ui.window.welcome() != null ? "#welcome-import" : "#import");
        ui.waitFor(
                10,
                () -> ui.window.lastImportDialog() != null
                        && ui.window.lastImportDialog().stage().isShowing());
        return ui.window.lastImportDialog();
    }

    /** Closes the import dialog; a store that had no incidents then reopens on its map. */
    private static void closeImportDialog() throws Exception {
        boolean welcome = ui.window.welcome() != null;
        ui.robot.clickOn("#import-close");
        if (welcome) {
            ui = ui.replaced(true);
        }
    }
}
