package org.khareetaty.app.ui.hotspots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.khareetaty.app.ui.PlainWords;
import org.khareetaty.app.ui.StoreTasks;
import org.khareetaty.app.ui.drill.DrillViewModel;
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.map.Legend;
import org.khareetaty.app.ui.map.MapConsole;
import org.khareetaty.app.ui.map.MapShape;
import org.khareetaty.app.ui.settings.DisplayLanguage;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.geo.ZoneNames;
import org.khareetaty.core.gistar.GiBin;
import org.khareetaty.core.gistar.GiStarAnalysis;
import org.khareetaty.core.gistar.GiStarCell;
import org.khareetaty.core.gistar.GiStarResult;
import org.khareetaty.core.gistar.GiStarScope;
import org.khareetaty.core.hexgrid.CellLabels;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.hotspot.Hotspot;
import org.khareetaty.core.hotspot.HotspotFinder;
import org.khareetaty.core.hotspot.HotspotParameters;
import org.khareetaty.core.hotspot.HotspotRun;
import org.khareetaty.core.progress.CancelledException;
import org.khareetaty.geo.BoundaryLayers;
import org.khareetaty.geo.LayerInfo;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The hotspot layers' parameters and runs: DBSCAN (radius in metres, minimum points, per zone of a
 * boundary layer) drawn as hulls, and Getis-Ord Gi* (resolution, ring k) drawn as hot and cold
 * cells by confidence. Both use the dates and categories of the current filters and run in the
 * background.
 */
public final class HotspotPanel extends VBox {
    /** Gi* class colours (hot red, cold blue; darker is more confident), as ArcGIS shows them. */
    public static final Map<GiBin, Color> GI_COLOURS = Map.of(
            GiBin.HOT_99,
            Color.web("#d62f27"),
            GiBin.HOT_95,
            Color.web("#ed7551"),
            GiBin.HOT_90,
            Color.web("#fab984"),
            GiBin.COLD_90,
            Color.web("#c0d4e8"),
            GiBin.COLD_95,
            Color.web("#849eba"),
            GiBin.COLD_99,
            Color.web("#4575b5"));

    private static final GeometryFactory GF = new GeometryFactory();
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private final StoreTasks tasks;
    private final MapConsole console;
    private final DrillViewModel model;
    private final Spinner<Integer> eps = new Spinner<>(10, 5000, 150, 10);
    private final Spinner<Integer> minPts = new Spinner<>(2, 1000, 25, 1);
    private final ComboBox<String> perLayer = new ComboBox<>();
    private final Label dbscanResult = new Label();
    private final Spinner<Integer> giRes = new Spinner<>(6, 10, 8, 1);
    private final Spinner<Integer> giK = new Spinner<>(1, 10, 1, 1);
    private final Label giResult = new Label();
    private final Button runDbscan = new Button(Messages.text("hotspots.runDbscan"));
    private final Button runGi = new Button(Messages.text("hotspots.runGi"));
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(Messages.text("button.cancel"));
    private final HBox running = new HBox(6, progress, cancel);
    private final Button results = new Button(Messages.text("hotspots.results"));
    private final ResultsTable dbscanTable = new ResultsTable("dbscan-results");
    private final ResultsTable giTable = new ResultsTable("gistar-results");
    /** The "per zone of" choice that means no layer. */
    private final String wholeArea = Messages.text("hotspots.wholeArea");

    private Stage resultsStage;
    private AnalysisTask<?> current;
    private Runnable onDbscan = () -> {};

    public HotspotPanel(StoreTasks tasks, MapConsole console, DrillViewModel model) {
        this.tasks = tasks;
        this.console = console;
        this.model = model;
        setSpacing(6);
        setPadding(new Insets(8));
        for (Spinner<Integer> s : List.of(eps, minPts, giRes, giK)) {
            s.setEditable(true);
            s.setPrefWidth(95);
        }
        eps.setId("dbscan-eps");
        minPts.setId("dbscan-min-pts");
        runDbscan.setId("run-dbscan");
        runGi.setId("run-gistar");
        dbscanResult.setId("dbscan-result");
        giResult.setId("gistar-result");
        LineBreaks.wrap(dbscanResult);
        LineBreaks.wrap(giResult);
        perLayer.getItems().add(wholeArea);
        perLayer.setValue(wholeArea);
        tasks.submit(
                "boundary layers",
                () -> new BoundaryLayers(tasks.store())
                        .list().stream().map(LayerInfo::layer).sorted().toList(),
                names -> perLayer.getItems().addAll(names));
        GridPane db = new GridPane();
        db.setHgap(6);
        db.setVgap(4);
        db.addRow(0, new Label(Messages.text("hotspots.radius")), eps);
        db.addRow(1, new Label(Messages.text("hotspots.minPts")), minPts);
        db.addRow(2, new Label(Messages.text("hotspots.perZone")), perLayer);
        GridPane gi = new GridPane();
        gi.setHgap(6);
        gi.setVgap(4);
        gi.addRow(0, new Label(Messages.text("hotspots.res")), giRes);
        gi.addRow(1, new Label(Messages.text("hotspots.ring")), giK);
        // the legend lists the layers shown: a key goes when its layer is switched off in Layers
        console.hotspots().visibleProperty().addListener((o, a, on) -> updateKeys());
        console.giStar().visibleProperty().addListener((o, a, on) -> updateKeys());
        runDbscan.setOnAction(e -> runDbscan());
        runGi.setOnAction(e -> runGiStar());
        progress.setId("hotspot-progress");
        progress.setPrefWidth(150);
        cancel.setId("hotspot-cancel");
        cancel.setOnAction(e -> {
            if (current != null) {
                current.stop();
            }
        });
        running.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        running.setVisible(false);
        running.managedProperty().bind(running.visibleProperty());
        results.setId("hotspot-results");
        results.setDisable(true);
        results.setOnAction(e -> showResults());
        for (ResultsTable t : List.of(dbscanTable, giTable)) {
            t.setOnZoom(console::fit);
            t.exportButton().setOnAction(e -> exportResults(t));
        }
        Label note = new Label(Messages.text("hotspots.note"));
        note.getStyleClass().add("hint");
        LineBreaks.wrap(note);
        getChildren()
                .addAll(
                        title(Messages.text("layer.dbscan")),
                        db,
                        runDbscan,
                        dbscanResult,
                        title(Messages.text("hotspots.gi")),
                        gi,
                        runGi,
                        giResult,
                        running,
                        results,
                        note);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** Runs DBSCAN with the form's parameters on the current filters and shows the hulls. */
    public void runDbscan() {
        DrillScope scope = model.scope();
        if (scope == null || current != null) {
            return; // one analysis at a time
        }
        String layer = wholeArea.equals(perLayer.getValue()) ? null : perLayer.getValue();
        HotspotParameters p = new HotspotParameters(
                eps.getValue(), minPts.getValue(), layer, scope.categories(), scope.from(), scope.to());
        dbscanResult.setText(Messages.text("hotspots.running"));
        run(
                "DBSCAN",
                new AnalysisTask<>(listener -> new DbscanResult(
                        new HotspotFinder(tasks.store()).find(p, listener),
                        layer,
                        tasks.store().read("read the zone names of", ZoneNames::read))),
                this::show,
                dbscanResult);
    }

    /** A DBSCAN run with the names of its zones. */
    private record DbscanResult(HotspotRun run, String layer, ZoneNames names) {}

    /**
     * Runs an analysis with the progress bar and Cancel shown (one at a time: both Run buttons wait);
     * a cancelled run says so in {@code result} and leaves the map as it was.
     */
    private <T> void run(String what, AnalysisTask<T> task, java.util.function.Consumer<T> done, Label result) {
        current = task;
        runDbscan.setDisable(true);
        runGi.setDisable(true);
        progress.progressProperty().bind(task.progressProperty());
        running.setVisible(true);
        Runnable finished = () -> {
            current = null;
            runDbscan.setDisable(false);
            runGi.setDisable(false);
            progress.progressProperty().unbind();
            running.setVisible(false);
        };
        tasks.submit(what, task, value -> {
            finished.run();
            done.accept(value);
        });
        task.exceptionProperty().addListener((o, a, e) -> {
            if (e != null) {
                finished.run();
                result.setText(
                        e instanceof CancelledException
                                ? Messages.text("hotspots.cancelled", what)
                                : Messages.text("hotspots.failed", what, e.getMessage()));
            }
        });
    }

    /** Whether an analysis runs (its progress bar and Cancel show). */
    public boolean analysisRunning() {
        return current != null;
    }

    /** Cancels the analysis under way, as its Cancel button does. */
    public void cancelAnalysis() {
        if (current != null) {
            current.stop();
        }
    }

    private void show(DbscanResult r) {
        HotspotRun run = r.run();
        List<ResultsTable.Result> rows = new ArrayList<>();
        java.util.Locale language = DisplayLanguage.current();
        for (Hotspot h : run.hotspots()) {
            rows.add(new ResultsTable.Result(
                    h.hull().getEnvelopeInternal(),
                    java.util.Arrays.asList(
                            h.id(),
                            h.zone() == null ? "-" : r.names().name(r.layer(), h.zone(), language),
                            (long) h.count(),
                            Math.round(h.densityPerKm2() * 10) / 10.0,
                            PlainWords.of(h.dominantOffense()),
                            DAY.format(h.first().atZone(java.time.ZoneOffset.UTC)),
                            DAY.format(h.last().atZone(java.time.ZoneOffset.UTC)))));
        }
        dbscanTable.show(
                Messages.text("hotspots.dbscan.caption", run.summary().id(), rows.size()),
                List.of("hotspot", "zone", "incidents", "per km²", "mostly", "first (UTC)", "last (UTC)"),
                List.of(true, false, true, true, false, false, false),
                rows);
        results.setDisable(false);
        show(run);
    }

    private void show(HotspotRun run) {
        List<MapShape> shapes = new ArrayList<>();
        for (Hotspot h : run.hotspots()) {
            String about = Messages.text(
                            "hotspots.about",
                            h.count(),
                            h.dominantOffense(),
                            String.format(Locale.ROOT, "%.0f", h.densityPerKm2()))
                    + (h.zone() == null ? "" : Messages.text("hotspots.about.zone", h.zone()));
            shapes.add(MapShape.of(h.hull(), Messages.text("hotspots.hotspot", h.id()), null, about));
        }
        console.hotspots().setShapes(shapes);
        console.hotspots().setLabels(false);
        console.hotspots().setVisible(true);
        var s = run.summary();
        dbscanResult.setText(
                Messages.text("hotspots.dbscan.result", s.id(), s.clusters(), s.noise(), s.points(), s.seconds()));
        updateKeys();
        onDbscan.run();
    }

    /** Runs after each DBSCAN run is drawn. */
    public void setOnDbscan(Runnable r) {
        onDbscan = r;
    }

    /** The lon/lat box of the hotspots drawn, or null. */
    public org.locationtech.jts.geom.Envelope hotspotsExtent() {
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        console.hotspots().shapes().forEach(s -> e.expandToInclude(s.source().getEnvelopeInternal()));
        return e.isNull() ? null : e;
    }

    /** Runs Gi* with the form's parameters on the current filters and shows the hot and cold cells. */
    public void runGiStar() {
        DrillScope scope = model.scope();
        if (scope == null || current != null) {
            return; // one analysis at a time
        }
        GiStarScope g = new GiStarScope(giRes.getValue(), giK.getValue(), scope.from(), scope.to(), scope.categories());
        giResult.setText(Messages.text("hotspots.running"));
        run(
                "Gi*",
                new AnalysisTask<>(listener -> {
                    GiStarResult result = GiStarAnalysis.run(tasks.store(), g, listener);
                    List<Long> significant = result.cells().stream()
                            .filter(c -> c.bin() != GiBin.NOT_SIGNIFICANT)
                            .map(GiStarCell::cell)
                            .toList();
                    return new GiResult(
                            result,
                            tasks.store()
                                    .read(
                                            "name the cells of",
                                            c -> CellLabels.ofStore(c, significant, Messages.locale())));
                }),
                this::show,
                giResult);
    }

    /** A Gi* run with the names of its hot and cold cells (as the drill-down names them, never their H3 ids). */
    private record GiResult(GiStarResult result, Map<Long, String> names) {}

    private void show(GiResult named) {
        GiStarResult r = named.result();
        List<MapShape> shapes = new ArrayList<>();
        for (GiStarCell c : r.cells()) {
            if (c.bin() == GiBin.NOT_SIGNIFICANT) {
                continue;
            }
            List<com.uber.h3core.util.LatLng> b = H3Cells.h3().cellToBoundary(c.cell());
            Coordinate[] ring = new Coordinate[b.size() + 1];
            for (int i = 0; i < b.size(); i++) {
                ring[i] = new Coordinate(b.get(i).lng, b.get(i).lat);
            }
            ring[b.size()] = ring[0];
            String about = Messages.text(
                    "hotspots.gi.about",
                    c.bin().label(),
                    String.format(Locale.ROOT, "%.2f", c.z()),
                    String.format(Locale.ROOT, "%.4f", c.pFdr()),
                    c.count());
            shapes.add(MapShape.of(
                    GF.createPolygon(ring), null, GI_COLOURS.get(c.bin()).deriveColor(0, 1, 1, 0.75), about));
        }
        console.giStar().setShapes(shapes);
        console.giStar().setVisible(true);
        showGiTable(r, named.names());
        // the volume hexagons use the same red ramp as the hot spots: hidden so the classes read clearly
        console.hexagons().setVisible(false);
        giResult.setText(Messages.text(
                "hotspots.gi.result",
                r.scope().resolution(),
                r.scope().k(),
                r.hot(),
                r.cold(),
                r.cells().size()));
        updateKeys();
    }

    /** The hot and cold cells of a Gi* run in the results table, most significant first. */
    private void showGiTable(GiStarResult r, Map<Long, String> names) {
        List<ResultsTable.Result> rows = new ArrayList<>();
        r.cells().stream()
                .filter(c -> c.bin() != GiBin.NOT_SIGNIFICANT)
                .sorted(java.util.Comparator.comparingDouble((GiStarCell c) -> -Math.abs(c.z())))
                .forEach(c -> {
                    org.locationtech.jts.geom.Envelope box = new org.locationtech.jts.geom.Envelope();
                    H3Cells.h3().cellToBoundary(c.cell()).forEach(p -> box.expandToInclude(p.lng, p.lat));
                    rows.add(new ResultsTable.Result(
                            box,
                            java.util.Arrays.asList(
                                    names.get(c.cell()),
                                    c.bin().label(),
                                    Math.round(c.z() * 100) / 100.0,
                                    c.pFdr(),
                                    c.count())));
                });
        giTable.show(
                Messages.text(
                        "hotspots.gi.caption", r.scope().resolution(), r.scope().k(), r.hot(), r.cold()),
                List.of("cell", "class", "z", "FDR p", "incidents"),
                List.of(false, false, true, true, true),
                rows);
        results.setDisable(false);
    }

    /** Opens (or brings forward) the results window: the last DBSCAN run's hotspots and Gi* run's cells. */
    public void showResults() {
        if (resultsStage == null) {
            Tab db = new Tab(Messages.text("layer.dbscan"), dbscanTable);
            Tab gi = new Tab(Messages.text("hotspots.gi.cells"), giTable);
            TabPane tabs = new TabPane(db, gi);
            tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            resultsStage = new Stage();
            resultsStage.setTitle(Messages.text("hotspots.results.title"));
            resultsStage.initOwner(getScene() == null ? null : getScene().getWindow());
            resultsStage.setScene(new javafx.scene.Scene(tabs, 720, 360));
        }
        resultsStage.show();
        resultsStage.toFront();
    }

    /** The DBSCAN results table. */
    public ResultsTable dbscanTable() {
        return dbscanTable;
    }

    /** The Gi* results table. */
    public ResultsTable giTable() {
        return giTable;
    }

    private void exportResults(ResultsTable t) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.text("hotspots.export.title"));
        chooser.setInitialFileName(t == dbscanTable ? "hotspots.csv" : "gistar-cells.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File f = chooser.showSaveDialog(resultsStage);
        if (f == null) {
            return;
        }
        try {
            t.exportCsv(f.toPath());
        } catch (java.io.IOException e) {
            (t == dbscanTable ? dbscanResult : giResult)
                    .setText(Messages.text("export.cannotWrite", f, e.getMessage()));
        }
    }

    private void updateKeys() {
        Legend legend = console.legend();
        legend.extra().getChildren().clear();
        if (console.hotspots().isVisible() && !console.hotspots().shapes().isEmpty()) {
            legend.extra()
                    .getChildren()
                    .add(Legend.key(
                            Color.rgb(174, 1, 126, 0.28), Color.web("#7a0177"), Messages.text("hotspots.key.hull")));
        }
        if (console.giStar().isVisible() && !console.giStar().shapes().isEmpty()) {
            for (GiBin b :
                    List.of(GiBin.HOT_99, GiBin.HOT_95, GiBin.HOT_90, GiBin.COLD_90, GiBin.COLD_95, GiBin.COLD_99)) {
                legend.extra().getChildren().add(Legend.key(GI_COLOURS.get(b), Color.GREY, "Gi* " + b.label()));
            }
        }
    }
}
