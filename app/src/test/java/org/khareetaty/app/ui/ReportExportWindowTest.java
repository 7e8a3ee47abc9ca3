package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.app.ui.report.MapLayoutExport;
import org.khareetaty.app.ui.report.ReportExport;
import org.khareetaty.app.ui.report.ReportOutputs;
import org.khareetaty.core.hexgrid.Drill;
import org.khareetaty.core.progress.CancelledException;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.report.ForecastBoxes;
import org.khareetaty.core.report.KpiPdf;
import org.khareetaty.core.report.KpiRequest;
import org.khareetaty.core.report.MapLayout;
import org.khareetaty.core.report.ReportLanguage;
import org.khareetaty.core.report.ReportPeriod;
import org.khareetaty.core.report.ReportScope;
import org.khareetaty.core.report.ZoneOrder;
import org.khareetaty.geo.basemap.Basemap;
import org.khareetaty.geo.basemap.BasemapOptions;
import org.khareetaty.geo.basemap.StoreBasemap;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Export report… and File > Export map as layout… on the real Chicago sample (police
 * beats and districts, 25,000 incidents), driven with TestFX: the report of the cell drilled into
 * carries its scope, its period and the counts the drill-down shows (total and previous period) in
 * its PDF text and CSV; a cancelled export leaves no file; the layout's PNG holds the map pixel for
 * pixel in its frame and its PDF the period, legend and scale the window shows; the forecast boxes,
 * hotspots and raster basemap chosen in the dialog are on the map page and in the GeoJSON.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportExportWindowTest {
    static WindowDriver ui;

    @TempDir
    static Path out;

    /** Q1 2019, as the window's filters show it. */
    static final LocalDate FROM = LocalDate.of(2019, 1, 1);

    static final LocalDate TO = LocalDate.of(2019, 3, 31);

    @BeforeAll
    static void open() throws Exception {
        ui = WindowDriver.open(ChicagoStore.dir(), true);
        WindowDriver.DrillViewModelResult before = ui.waitForResult(null);
        ui.robot.interact(() -> {
            ui.window.model().from().set(FROM);
            ui.window.model().to().set(TO);
        });
        ui.waitFor(
                60,
                () -> ui.window.model().result().get() != before.result()
                        && ui.window.model().result().get().scope().to().equals(TO)
                        && !ui.window.model().loading().get()
                        && ui.window.tasks().running().get() == 0);
    }

    @AfterAll
    static void close() throws Exception {
        if (ui != null) {
            ui.close();
        }
    }

    /** Fires File > {@code text}. */
    private static void fileMenu(String text) {
        ui.robot.interact(() -> {
            MenuBar bar = ui.robot.lookup("#menu-bar").queryAs(MenuBar.class);
            Menu file = bar.getMenus().get(0);
            file.getItems().stream()
                    .filter(i -> text.equals(i.getText()))
                    .findFirst()
                    .map(MenuItem.class::cast)
                    .orElseThrow(() -> new AssertionError("no File > " + text))
                    .fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T extends javafx.scene.Node> T node(String id, Class<T> type) {
        return ui.robot.lookup("#" + id).queryAs(type);
    }

    @Test
    @Order(1)
    void reportOfTheDrillCellCarriesItsScopePeriodAndTheDrillsCounts() throws Exception {
        WindowDriver.DrillViewModelResult before = ui.waitForResult(null);
        long busiest = before.drill().cells().get(0).cell();
        ui.clickCell(busiest);
        WindowDriver.DrillViewModelResult shown = ui.waitForResult(before.result());
        Drill drill = shown.drill();
        assertEquals(busiest, shown.scope().parent());

        fileMenu("Export report…");
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> scopes = node("report-scope", ChoiceBox.class);
        assertEquals(2, scopes.getItems().size(), "the whole area and the cell drilled into (no polygon selected)");
        assertTrue(scopes.getValue().toString().startsWith("Drill cell: "), "the cell drilled into is chosen");
        Path pdf = out.resolve("cell.pdf");
        Path csv = out.resolve("cell-csv");
        ui.robot.interact(() -> {
            node("report-pdf", TextField.class).setText(pdf.toString());
            node("report-csv-on", CheckBox.class).setSelected(true);
            node("report-csv", TextField.class).setText(csv.toString());
            node("report-export", Button.class).fire();
        });
        ui.waitFor(120, () -> !node("report-export", Button.class).isDisabled());
        String status = node("report-status", Label.class).getText();
        assertTrue(status.matches("\\d+ files written: .*cell\\.pdf.*categories\\.csv.*"), status);
        assertNotNull(node("report-preview", ImageView.class).getImage(), "the first page is shown");

        String hex = Long.toHexString(busiest);
        String text = pdfText(pdf);
        // titled by the cell's name, the drill-down's label for it, never by its H3 id (issue 13 item 12)
        String name = drill.breadcrumbs().get(drill.breadcrumbs().size() - 1).label();
        assertTrue(text.contains("KPI report: " + name + " (r6 cell)"), name + "\n" + text);
        assertFalse(text.contains(hex), text);
        assertTrue(text.contains("Period " + FROM + " .. " + TO + " (90 days)"), text);
        List<String> all = line(text, "all categories ");
        assertEquals(count(drill.kpis().total()), all.get(0), "period: the drill's incidents, " + all);
        assertEquals(count(drill.kpis().previousTotal()), all.get(1), "prior: the drill's previous period, " + all);
        List<String> csvAll = Files.readAllLines(csv.resolve("categories.csv")).stream()
                .filter(l -> l.startsWith("all,"))
                .findFirst()
                .map(l -> Arrays.asList(l.split(",", -1)))
                .orElseThrow();
        assertEquals(String.valueOf(drill.kpis().total()), csvAll.get(2));
        assertEquals(String.valueOf(drill.kpis().previousTotal()), csvAll.get(3));
        ui.robot.interact(
                () -> node("report-export", Button.class).getScene().getWindow().hide());
    }

    @Test
    @Order(2)
    void cancelledExportLeavesNoFile() throws Exception {
        Path dir = Files.createDirectories(out.resolve("cancelled"));
        fileMenu("Export report…");
        ui.robot.interact(() -> {
            node("report-pdf", TextField.class)
                    .setText(dir.resolve("report.pdf").toString());
            node("report-csv-on", CheckBox.class).setSelected(true);
            node("report-csv", TextField.class).setText(dir.resolve("csv").toString());
            node("report-export", Button.class).fire();
            node("report-cancel", Button.class).fire();
        });
        ui.waitFor(120, () -> !node("report-export", Button.class).isDisabled());
        assertEquals(
                "Export cancelled: nothing was written.",
                node("report-status", Label.class).getText());
        assertEquals(List.of(), list(dir));
        ui.robot.interact(
                () -> node("report-export", Button.class).getScene().getWindow().hide());
    }

    @Test
    @Order(3)
    void cancelAfterThePdfIsMadeLeavesNoFileEither() throws Exception {
        Path dir = Files.createDirectories(out.resolve("cancelled-late"));
        List<String> steps = new ArrayList<>();
        ProgressListener cancelAtTheCsv = new ProgressListener() {
            @Override
            public void update(Progress p) {
                steps.add(p.task());
            }

            @Override
            public boolean isCancelled() {
                return steps.contains("writing the CSV files");
            }
        };
        KpiRequest request = new KpiRequest(
                ReportScope.wholeArea(), new ReportPeriod(FROM, TO), "districts", List.of(), ZoneOrder.CODE);
        ReportOutputs outputs = new ReportOutputs(
                dir.resolve("report.pdf"),
                dir.resolve("csv"),
                dir.resolve("geojson"),
                KpiPdf.Paper.A4,
                ReportLanguage.EN,
                false);
        assertThrows(
                CancelledException.class,
                () -> ReportExport.run(ui.window.tasks().store(), request, outputs, Instant.now(), cancelAtTheCsv));
        assertTrue(steps.contains("writing the PDF"), "the PDF was made before Cancel: " + steps);
        assertEquals(List.of(), list(dir), "neither the PDF nor its hidden folder is left");
    }

    @Test
    @Order(4)
    void mapLayoutFramesTheMapWithPeriodLegendAndScale() throws Exception {
        Path png = out.resolve("layout.png");
        Path pdf = out.resolve("layout.pdf");
        List<Path> written = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        ui.robot.interact(() -> {
            MapLayoutExport export = new MapLayoutExport(
                    ui.window.stage(), ui.window.tasks(), ui.window.model(), ui.window.console(), s -> {}, errors::add);
            export.write(png, written::add);
            export.write(pdf, written::add);
        });
        ui.waitFor(60, () -> written.size() == 2 || !errors.isEmpty());
        assertEquals(List.of(), errors);
        double[] map = new double[2];
        String[] shown = new String[3];
        ui.robot.interact(() -> {
            map[0] = ui.window.console().mapView().getWidth();
            map[1] = ui.window.console().mapView().getHeight();
            shown[0] = ui.window.console().legend().titleText();
            shown[1] = ui.window.console().scaleBar().text();
            shown[2] = ui.window.model().scope().from() + " .. "
                    + ui.window.model().scope().to();
        });
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals((int) Math.round(map[0]) + 2 * MapLayout.MARGIN, image.getWidth(), "the map's width and margins");
        // margin, title (20 + 8), two lines (period, offenses: 17 each), 8; the map; footer 34, margin
        assertEquals(24 + 28 + 34 + 8 + (int) Math.round(map[1]) + 34 + 24, image.getHeight());
        String text = pdfText(pdf);
        assertTrue(text.contains("Period " + shown[2]), text);
        assertTrue(text.contains(shown[0]), "the window's legend title '" + shown[0] + "':\n" + text);
        assertTrue(text.contains(shown[1]), "the window's scale '" + shown[1] + "':\n" + text);
        assertTrue(text.contains("Data: crimes_2017_2019_sample25k.csv.gz"), text);
    }

    @Test
    @Order(5)
    void forecastBoxesHotspotsAndARasterBasemapAsChosenInTheDialog() throws Exception {
        Path tiles = out.resolve("tiles.mbtiles");
        Basemap.generate(
                StoreBasemap.content(ui.window.tasks().store(), Set.of()),
                BasemapOptions.defaults().withZooms(5, 11).withAttribution("Test tiles of Chicago"),
                tiles,
                null,
                ProgressListener.NONE);
        Path dir = Files.createDirectories(out.resolve("overlays"));
        Path pdf = dir.resolve("report.pdf");
        Path geojson = dir.resolve("geojson");
        fileMenu("Export report…");
        ui.robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<Object> scopes = node("report-scope", ChoiceBox.class);
            scopes.getSelectionModel().select(0);
            node("report-boxes-on", CheckBox.class).setSelected(true);
            node("report-boxes-coverage", TextField.class).setText("2");
            @SuppressWarnings("unchecked")
            ChoiceBox<String> hotspots = node("report-hotspots", ChoiceBox.class);
            hotspots.setValue("Gi*");
            node("report-basemap-on", CheckBox.class).setSelected(true);
            node("report-basemap", TextField.class).setText(tiles.toString());
            node("report-pdf", TextField.class).setText(pdf.toString());
            node("report-geojson-on", CheckBox.class).setSelected(true);
            node("report-geojson", TextField.class).setText(geojson.toString());
            node("report-export", Button.class).fire();
        });
        ui.waitFor(300, () -> !node("report-export", Button.class).isDisabled());
        String status = node("report-status", Label.class).getText();
        assertTrue(status.matches("\\d+ files written: .*report\\.pdf.*"), status);

        // the boxes of the day after the period at 2%, as the forecast computes them on its own (the whole area: all
        // shown)
        LocalDate day = TO.plusDays(1);
        int flagged = ForecastBoxes.of(ui.window.tasks().store(), List.of(), day, 2)
                .plan()
                .cells()
                .size();
        // the map page's notes wrap in their panel: read as one line
        String text = pdfText(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Forecast boxes for " + day), text);
        assertTrue(text.contains("(" + flagged + " cells, " + flagged + " in the scope)"), text);
        assertTrue(text.contains("Hotspots of the period over the whole area"), text);
        assertTrue(text.contains("Raster basemap tiles: Test tiles of Chicago."), text);
        assertEquals(
                flagged,
                new ObjectMapper()
                        .readTree(geojson.resolve("forecast_boxes.geojson").toFile())
                        .get("features")
                        .size());
        assertTrue(
                new ObjectMapper()
                                .readTree(geojson.resolve("hotspots.geojson").toFile())
                                .get("features")
                                .size()
                        > 0,
                "Gi* finds hot spots in a quarter of Chicago");

        // an impossible coverage is said in the dialog, nothing is written
        ui.robot.interact(() -> {
            node("report-boxes-coverage", TextField.class).setText("0");
            node("report-pdf", TextField.class).setText(dir.resolve("never.pdf").toString());
            node("report-export", Button.class).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Give the forecast boxes' coverage as a percent of the area, more than 0 and at most 100, not '0'.",
                node("report-status", Label.class).getText());
        assertFalse(Files.exists(dir.resolve("never.pdf")));
        ui.robot.interact(
                () -> node("report-export", Button.class).getScene().getWindow().hide());
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    /** The numbers after {@code head} on the PDF's line that starts with it. */
    private static List<String> line(String text, String head) {
        for (String l : text.split("\n")) {
            if (l.startsWith(head)) {
                return Arrays.asList(l.substring(head.length()).trim().split(" "));
            }
        }
        throw new AssertionError("no line '" + head + "' in\n" + text);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(doc).replaceAll(" +", " ");
        }
    }
}
