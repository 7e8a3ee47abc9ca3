package org.khareetaty.app.ui.report;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.khareetaty.app.map.tiles.BasemapSettings;
import org.khareetaty.app.ui.StoreTasks;
import org.khareetaty.app.ui.drill.DrillViewModel;
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.map.MapConsole;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.progress.CancelledException;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.report.KpiPdf;
import org.khareetaty.core.report.KpiPreview;
import org.khareetaty.core.report.KpiReport;
import org.khareetaty.core.report.KpiRequest;
import org.khareetaty.core.report.MapHotspots;
import org.khareetaty.core.report.ReportLanguage;
import org.khareetaty.core.report.ReportPeriod;
import org.khareetaty.core.report.ZoneOrder;
import org.khareetaty.geo.basemap.Basemap;

/**
 * File > Export report…: the KPI report (docs/reports.md) of a scope the view offers
 * ({@link ViewScope}: the whole area, the cell drilled into, the polygon selected), over the period
 * and categories shown, with a zone table of a boundary layer, in English or Arabic, on A4 or
 * Letter, as PDF, CSV and GeoJSON; its map page with the forecast boxes of the day after the period,
 * the period's hotspots (DBSCAN or Gi*) and a raster MBTiles basemap when chosen, as
 * {@code report kpi --forecast-boxes --hotspots --basemap} draws them. <b>Preview</b> shows the first page as PDFBox renders it;
 * <b>Export</b> writes the files ({@link ReportExport}: whole or not at all); both run in the
 * background with a progress bar and <b>Cancel</b>. Errors are shown in the dialog as sentences.
 */
public final class ReportExportDialog {
    private static final float PREVIEW_DPI = 60;
    private static final String DBSCAN = "DBSCAN";
    private static final String GISTAR = "Gi*";

    private final Stage stage = new Stage();
    private final StoreTasks tasks;
    private final List<String> categories;
    private final ChoiceBox<ViewScope> scope = new ChoiceBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ChoiceBox<String> layer = new ChoiceBox<>();
    private final ChoiceBox<ReportLanguage> language = new ChoiceBox<>();
    private final ChoiceBox<KpiPdf.Paper> paper = new ChoiceBox<>();
    private final CheckBox pdfOn = new CheckBox(Messages.text("report.pdf"));
    private final TextField pdf = new TextField();
    private final CheckBox csvOn = new CheckBox(Messages.text("report.csv"));
    private final TextField csv = new TextField();
    private final CheckBox geojsonOn = new CheckBox(Messages.text("report.geojson"));
    private final TextField geojson = new TextField();
    private final CheckBox bom = new CheckBox(Messages.text("report.bom"));
    private final CheckBox boxesOn = new CheckBox(Messages.text("report.boxes"));
    private final TextField coverage = new TextField("5");
    private final ChoiceBox<String> hotspots = new ChoiceBox<>();
    private final CheckBox basemapOn = new CheckBox(Messages.text("report.basemap"));
    private final TextField basemap = new TextField();
    private final Button previewButton = new Button(Messages.text("report.preview"));
    private final Button exportButton = new Button(Messages.text("report.export"));
    private final Button cancelButton = new Button(Messages.text("button.cancel"));
    /** The zone table's and the hotspots' choice of none. */
    private final String none = Messages.text("menu.file.recent.none");

    private final FileChooser.ExtensionFilter pdfFilter = new FileChooser.ExtensionFilter("PDF", "*.pdf");
    private final FileChooser.ExtensionFilter mbtilesFilter =
            new FileChooser.ExtensionFilter(Messages.text("report.basemap"), "*.mbtiles");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final ImageView preview = new ImageView();
    private volatile boolean cancelled;
    private boolean running;

    /** The dialog over {@code owner}, its choices taken from the view ({@code model}, {@code console}). */
    public ReportExportDialog(Stage owner, StoreTasks tasks, DrillViewModel model, MapConsole console) {
        this.tasks = tasks;
        DrillScope shown = model.scope();
        this.categories = shown == null ? List.of() : shown.categories();
        scope.getItems().setAll(ViewScope.of(model, console));
        scope.getSelectionModel().select(scope.getItems().size() - 1);
        scope.setId("report-scope");
        from.setValue(shown == null ? LocalDate.now() : shown.from());
        to.setValue(shown == null ? LocalDate.now() : shown.to());
        from.setId("report-from");
        to.setId("report-to");
        org.khareetaty.app.ui.i18n.RightToLeft.isoDates(from, to);
        layer.getItems().add(none);
        layer.getItems().addAll(console.boundaryLayers().keySet());
        layer.getSelectionModel().select(layer.getItems().size() > 1 ? 1 : 0);
        layer.setId("report-layer");
        language.getItems().setAll(ReportLanguage.values());
        language.setValue(ReportLanguage.EN);
        language.setId("report-language");
        paper.getItems().setAll(KpiPdf.Paper.values());
        paper.setValue(KpiPdf.Paper.A4);
        paper.setId("report-paper");
        Path home = Path.of(System.getProperty("user.home"));
        pdf.setText(home.resolve("kpi-report.pdf").toString());
        csv.setText(home.resolve("kpi-report-csv").toString());
        geojson.setText(home.resolve("kpi-report-geojson").toString());
        basemap.setText(defaultBasemap(tasks.store().dir()).toString());
        hotspots.getItems().setAll(none, DBSCAN, GISTAR);
        hotspots.setValue(none);
        hotspots.setId("report-hotspots");
        boxesOn.setId("report-boxes-on");
        coverage.setId("report-boxes-coverage");
        coverage.setPrefColumnCount(4);
        basemapOn.setId("report-basemap-on");
        basemap.setId("report-basemap");
        pdfOn.setSelected(true);
        pdf.setId("report-pdf");
        csv.setId("report-csv");
        geojson.setId("report-geojson");
        pdfOn.setId("report-pdf-on");
        csvOn.setId("report-csv-on");
        geojsonOn.setId("report-geojson-on");
        previewButton.setId("report-preview-button");
        exportButton.setId("report-export");
        cancelButton.setId("report-cancel");
        progress.setId("report-progress");
        status.setId("report-status");
        preview.setId("report-preview");
        build(owner);
    }

    private void build(Stage owner) {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        form.addRow(row++, new Label(Messages.text("report.scope")), scope);
        form.addRow(row++, new Label(Messages.text("report.period")), new HBox(6, from, new Label(".."), to));
        form.addRow(
                row++,
                new Label(Messages.text("report.categories")),
                new Label(
                        categories.isEmpty()
                                ? Messages.text("report.categories.all")
                                : Messages.text(
                                        "report.categories.some",
                                        String.join(", ", categories).replace('_', ' '))));
        form.addRow(row++, new Label(Messages.text("report.zones")), layer);
        form.addRow(row++, boxesOn, coverage);
        form.addRow(row++, new Label(Messages.text("report.hotspots")), hotspots);
        form.addRow(row++, basemapOn, chooser(basemap, mbtilesFilter));
        form.addRow(row++, new Label(Messages.text("settings.language")), language);
        form.addRow(row++, new Label(Messages.text("report.paper")), paper);
        form.addRow(row++, pdfOn, chooser(pdf, pdfFilter));
        form.addRow(row++, csvOn, chooser(csv, null));
        form.addRow(row++, geojsonOn, chooser(geojson, null));
        form.add(bom, 1, row);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        cancelButton.setDisable(true);
        LineBreaks.wrap(status);
        status.setMaxWidth(440);
        previewButton.setOnAction(e -> preview());
        exportButton.setOnAction(e -> export());
        cancelButton.setOnAction(e -> cancel());
        HBox buttons = new HBox(8, previewButton, exportButton, cancelButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox left = new VBox(10, form, buttons, progress, status);
        left.setPrefWidth(470);
        preview.setPreserveRatio(true);
        preview.setFitWidth(560);
        org.khareetaty.app.ui.i18n.RightToLeft.keepGeographic(preview); // a rendered page: never mirrored
        ScrollPane page = new ScrollPane(preview);
        page.setPrefSize(580, 440);
        HBox root = new HBox(12, left, page);
        HBox.setHgrow(page, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        stage.initOwner(owner);
        stage.setTitle(Messages.text("report.title"));
        stage.setScene(new Scene(root));
        stage.setOnCloseRequest(e -> cancel());
    }

    /** A path field with a button that opens a chooser of a file of {@code type} (null: a folder). */
    private HBox chooser(TextField field, FileChooser.ExtensionFilter type) {
        field.setPrefColumnCount(26);
        Button browse = new Button("…");
        browse.setOnAction(e -> {
            File chosen;
            if (type != null) {
                FileChooser fc = new FileChooser();
                fc.setTitle(Messages.text(type == pdfFilter ? "report.pdf.choose" : "report.basemap.choose"));
                fc.getExtensionFilters().add(type);
                fc.setInitialFileName(Path.of(field.getText()).getFileName().toString());
                chosen = type == pdfFilter ? fc.showSaveDialog(stage) : fc.showOpenDialog(stage);
            } else {
                DirectoryChooser dc = new DirectoryChooser();
                dc.setTitle(Messages.text("report.folder.choose"));
                chosen = dc.showDialog(stage);
            }
            if (chosen != null) {
                field.setText(chosen.toString());
            }
        });
        return new HBox(4, field, browse);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** What the form asks for; an error naming the field when it cannot be a report. */
    KpiRequest request() {
        if (from.getValue() == null || to.getValue() == null) {
            throw new IllegalArgumentException(Messages.text("report.period.missing"));
        }
        String zones = layer.getValue() == null || layer.getValue().equals(none) ? null : layer.getValue();
        return new KpiRequest(
                scope.getValue().scope(),
                new ReportPeriod(from.getValue(), to.getValue()),
                zones,
                categories,
                ZoneOrder.CODE,
                boxesOn.isSelected() ? coverage() : 0,
                switch (hotspots.getValue()) {
                    case DBSCAN -> MapHotspots.Method.DBSCAN;
                    case GISTAR -> MapHotspots.Method.GISTAR;
                    default -> null;
                });
    }

    /** The forecast boxes' coverage typed, a percent of the area. */
    private double coverage() {
        try {
            double c = Double.parseDouble(coverage.getText().trim());
            if (c > 0 && c <= 100) {
                return c;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(
                Messages.text("report.coverage.bad", coverage.getText().trim()));
    }

    /** The raster basemap offered: the MBTiles file the map shows when it is one, else the store's own. */
    private static Path defaultBasemap(Path storeDir) {
        Path shown = BasemapSettings.forStore(storeDir).offlineSource();
        return shown != null && shown.toString().toLowerCase(Locale.ROOT).endsWith(".mbtiles")
                ? shown
                : Basemap.file(storeDir);
    }

    ReportOutputs outputs() {
        if (geojsonOn.isSelected()
                && (layer.getValue() == null || layer.getValue().equals(none))
                && !boxesOn.isSelected()
                && hotspots.getValue().equals(none)) {
            throw new IllegalArgumentException(Messages.text("report.geojson.layer"));
        }
        return new ReportOutputs(
                path(pdfOn, pdf),
                path(csvOn, csv),
                path(geojsonOn, geojson),
                paper.getValue(),
                language.getValue(),
                bom.isSelected(),
                path(basemapOn, basemap));
    }

    private static Path path(CheckBox on, TextField field) {
        if (!on.isSelected()) {
            return null;
        }
        if (field.getText().isBlank()) {
            throw new IllegalArgumentException(Messages.text("report.path.missing", on.getText()));
        }
        return Path.of(field.getText().trim());
    }

    /** Shows the first page of the report in the view (nothing is written). */
    void preview() {
        KpiPdf.Paper size = paper.getValue();
        ReportLanguage words = language.getValue();
        start(
                Messages.text("report.preview"),
                request -> () -> {
                    KpiReport report = KpiReport.of(tasks.store(), request, Instant.now(), listener());
                    return KpiPreview.firstPage(report, size, words, PREVIEW_DPI);
                },
                image -> {
                    preview.setImage(SwingFXUtils.toFXImage(image, null));
                    status.setText(Messages.text("report.preview.done"));
                });
    }

    /** Writes the outputs chosen, then shows the PDF's first page. */
    void export() {
        ReportOutputs out;
        try {
            out = outputs();
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
            return;
        }
        start(
                Messages.text("report.export"),
                request -> () -> {
                    List<Path> written = ReportExport.run(tasks.store(), request, out, Instant.now(), listener());
                    return new Written(
                            written, out.pdf() == null ? null : KpiPreview.firstPage(out.pdf(), PREVIEW_DPI));
                },
                w -> {
                    if (w.firstPage() != null) {
                        preview.setImage(SwingFXUtils.toFXImage(w.firstPage(), null));
                    }
                    status.setText(Messages.text(
                            "report.written",
                            w.files().size(),
                            String.join(
                                    ", ", w.files().stream().map(Path::toString).toList())));
                });
    }

    /** The files an export wrote and the PDF's first page (null without a PDF). */
    private record Written(List<Path> files, java.awt.image.BufferedImage firstPage) {}

    private <T> void start(String what, java.util.function.Function<KpiRequest, Callable<T>> work, Consumer<T> done) {
        if (running) {
            return;
        }
        KpiRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
            return;
        }
        cancelled = false;
        running(true);
        status.setStyle("");
        status.setText(Messages.text("report.reading", what));
        Callable<T> job = work.apply(request);
        tasks.submit(
                what + " report",
                () -> {
                    try {
                        return new Outcome<>(job.call());
                    } catch (CancelledException e) {
                        return new Outcome<T>(null);
                    }
                },
                outcome -> {
                    running(false);
                    if (outcome.value() == null) {
                        status.setText(Messages.text("report.cancelled", what));
                    } else {
                        done.accept(outcome.value());
                    }
                },
                failure -> {
                    running(false);
                    error(Messages.text("hotspots.failed", what, message(failure)));
                });
    }

    /** A job's result, or null when it was cancelled. */
    private record Outcome<T>(T value) {}

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    /** The listener of the job under way: the bar and the step in the dialog, Cancel pressed. */
    private ProgressListener listener() {
        return new ProgressListener() {
            @Override
            public void update(Progress p) {
                Platform.runLater(() -> {
                    if (running) {
                        progress.setProgress(p.fraction());
                        status.setText(capitalised(p.task()) + "…");
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Asks the job under way to stop at its next step. */
    void cancel() {
        if (running) {
            cancelled = true;
            status.setText(Messages.text("report.cancelling"));
        }
    }

    private void running(boolean on) {
        running = on;
        progress.setVisible(on);
        progress.setProgress(on ? ProgressBar.INDETERMINATE_PROGRESS : 0);
        previewButton.setDisable(on);
        exportButton.setDisable(on);
        cancelButton.setDisable(!on);
    }

    private void error(String message) {
        status.setStyle("-fx-text-fill: #c62828;");
        status.setText(message);
    }

    /** Whether a preview or an export runs (tests). */
    public boolean running() {
        return running;
    }

    /** The status line's text (tests). */
    public String statusText() {
        return status.getText();
    }

    /** The scopes offered, in order (tests). */
    public List<String> scopes() {
        List<String> out = new ArrayList<>();
        scope.getItems().forEach(s -> out.add(s.label()));
        return out;
    }
}
