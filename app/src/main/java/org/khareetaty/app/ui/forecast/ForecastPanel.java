package org.khareetaty.app.ui.forecast;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.khareetaty.app.ui.StoreTasks;
import org.khareetaty.app.ui.drill.DrillViewModel;
import org.khareetaty.app.ui.hotspots.AnalysisTask;
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.map.MapConsole;
import org.khareetaty.core.forecast.StoredRun;
import org.khareetaty.core.forecast.risk.FlaggedCell;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.Breadcrumb;
import org.khareetaty.core.hexgrid.CellForecast;
import org.khareetaty.core.hexgrid.CellStats;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.progress.CancelledException;
import org.locationtech.jts.geom.Envelope;

/**
 * The Forecast tab: the stored forecast of a boundary layer for the filters' categories, with its age (and
 * Make or Refresh, in the background with progress and Cancel); the chart of the zone selected (the whole area
 * first): history, median, 80/95% bands and the naive forecast, its validation score in words; the zone table
 * with tomorrow's forecast, the expected change and spike badges; the selected zone's next 24 hours (a spread of
 * the daily forecast); and tomorrow's patrol boxes on the map (self-exciting or learned, 150 m squares or H3 r9
 * hexagons) with the hit rate such boxes had on the days before beside the naive map's. Nothing is read before the tab is first opened, so start-up
 * does not wait for it; after each completed import the stale forecasts are refitted in the background by core's
 * {@code ForecastRetrain} (the daily retrain {@code khareetaty import} starts too).
 */
public final class ForecastPanel extends VBox {
    private final StoreTasks tasks;
    private final ForecastViewModel model;
    private final DrillViewModel drill;
    private final ForecastLayers layers;
    private final MapConsole console;
    private final ComboBox<String> layer = new ComboBox<>();
    private final Label age = label("forecast-age");
    private final Button make = new Button(Messages.text("forecast.make"));
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(Messages.text("button.cancel"));
    private final HBox running = new HBox(6, progress, cancel);
    private final Label status = label("forecast-status");
    private final Label spikeLine = label("forecast-spikes");
    private final Label cellNote = label("forecast-cell-note");
    private final ForecastChart chart = new ForecastChart();
    private final Label score = label("forecast-score");
    private final Label runScore = label("forecast-run-score");
    private final ZoneTable table = new ZoneTable();
    private final NextHoursChart hours = new NextHoursChart();
    private final ComboBox<Double> coverage = new ComboBox<>();
    private final ComboBox<String> method = choice("patrol-method", ForecastViewModel.METHODS, "forecast.method.");
    private final ComboBox<String> grid = choice("patrol-grid", ForecastViewModel.GRIDS, "forecast.patrol.grid.");
    private final Button showPatrol = new Button(Messages.text("forecast.patrol.show"));
    private final Label patrolWords = label("patrol-words");
    private ForecastViewModel.ForecastView shown;
    private ForecastViewModel.PatrolForecast patrol;
    private AnalysisTask<?> current;
    private boolean opened;
    private boolean loading;
    private boolean patrolRunning;
    private boolean patrolAgain;
    private boolean choosing;
    /** The H3 cell the drill is on (hex), selected when its scope's forecast is shown; or null. */
    private String drilledCell;
    /** The drilled cell's (or the whole area's) forecast fitted on demand and shown, or null. */
    private CellForecast onDemand;
    /** Counts the on-demand fits asked for: a result is shown only if none was asked for (or cleared) since. */
    private long cellRequest;

    public ForecastPanel(StoreTasks tasks, DrillViewModel drill, MapConsole console) {
        this.tasks = tasks;
        this.model = new ForecastViewModel(tasks.store());
        this.drill = drill;
        this.layers = new ForecastLayers(console);
        this.console = console;
        setSpacing(6);
        setPadding(new Insets(8));
        setId("forecast-panel");
        layer.setId("forecast-layer");
        layer.setOnAction(e -> load());
        make.setId("forecast-make");
        make.setOnAction(e -> makeOrRefresh());
        progress.setId("forecast-progress");
        progress.setPrefWidth(150);
        cancel.setId("forecast-cancel");
        cancel.setOnAction(e -> cancel());
        running.setAlignment(Pos.CENTER_LEFT);
        running.setVisible(false);
        running.managedProperty().bind(running.visibleProperty());
        table.setOnSelect(r -> showChart(r));
        coverage.setId("patrol-coverage");
        coverage.getItems().setAll(1.0, 2.0, 5.0, 10.0);
        coverage.setValue(5.0);
        coverage.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : Messages.text("forecast.coverage", ForecastWords.percent(d));
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replaceAll("[^0-9.]", ""));
            }
        });
        for (ComboBox<?> c : List.of(coverage, method, grid)) {
            c.setOnAction(e -> {
                if (patrol != null && !choosing) {
                    showPatrol();
                }
            });
        }
        showPatrol.setId("patrol-show");
        showPatrol.setOnAction(e -> showPatrol());
        HBox layerRow = new HBox(6, new Label(Messages.text("forecast.zonesOf")), layer, make);
        layerRow.setAlignment(Pos.CENTER_LEFT);
        HBox choices = new HBox(6, method, grid);
        HBox patrolRow = new HBox(6, coverage, showPatrol);
        patrolRow.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label(Messages.text("forecast.note"));
        note.getStyleClass().add("hint");
        LineBreaks.wrap(note);
        getChildren()
                .addAll(
                        title(Messages.text("forecast.patrol.title")),
                        choices,
                        patrolRow,
                        patrolWords,
                        title(Messages.text("forecast.daily")),
                        layerRow,
                        age,
                        running,
                        status,
                        spikeLine,
                        cellNote,
                        chart.viewer(),
                        score,
                        hours.node(),
                        runScore,
                        table,
                        note);
        drill.result().addListener((o, a, r) -> {
            String cellScope = drilledCellScope();
            if (opened && cellScope != null && !cellScope.equals(layer.getValue())) {
                layer.setValue(cellScope); // loads it
            } else if (opened && shown != null && !categories().equals(shown.categories())) {
                load();
            } else {
                if (cellScope != null && shown != null) {
                    selectZone(drilledCell);
                }
                forecastCellOnDemand();
            }
            if (patrol != null && !categories().equals(patrol.categories())) {
                showPatrol();
            }
        });
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        LineBreaks.wrap(l);
        // an empty line takes no room: the tab's words stay together
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    /** A choice among {@code values}, each shown as the message {@code prefix + value}. */
    private static ComboBox<String> choice(String id, List<String> values, String prefix) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.setValue(values.get(0));
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : Messages.text(prefix + v);
            }

            @Override
            public String fromString(String text) {
                return values.stream()
                        .filter(v -> Messages.text(prefix + v).equals(text))
                        .findFirst()
                        .orElse(null);
            }
        });
        // the list's cells and the button in the window's words too, never the raw value
        c.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? "" : Messages.text(prefix + v));
            }
        });
        c.setButtonCell(c.getCellFactory().call(null));
        return c;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /**
     * When the drill is on an H3 cell of r6..r8: the scope of its resolution ({@code h3:R}), with the cell kept
     * to be selected once it is shown; otherwise null.
     */
    private String drilledCellScope() {
        DrillScope s = drill.scope();
        drilledCell = null;
        if (s == null || s.parent() == null) {
            return null;
        }
        String scope = "h3:" + H3Cells.h3().getResolution(s.parent());
        if (!ForecastViewModel.CELL_SCOPES.contains(scope)) {
            return null;
        }
        drilledCell = Long.toHexString(s.parent());
        return scope;
    }

    /**
     * The cell whose forecast the tab shows: the r10 cell selected on the map when the drill shows the r10 cells
     * of an r9 cell (an r10 cell cannot be drilled into), else the cell the drill is on; null at the whole area.
     */
    private Long forecastCell() {
        DrillScope s = drill.scope();
        if (s == null || s.parent() == null) {
            return null;
        }
        var selected = console.hexagons().selected();
        if (s.res() == H3Cells.MAX_RES && selected.size() == 1) {
            long cell = selected.iterator().next();
            if (H3Cells.h3().getResolution(cell) == H3Cells.MAX_RES
                    && H3Cells.parent(cell, H3Cells.MAX_RES - 1) == s.parent()) {
                return cell;
            }
        }
        return s.parent();
    }

    /** The map's selected cells changed: an r10 cell selected under the drilled r9 cell gets its forecast. */
    public void cellsSelected() {
        if (opened && !loading) {
            forecastCellOnDemand();
        }
    }

    /**
     * When the forecast cell (or, at the whole area, the whole area) has no stored forecast shown (its resolution's
     * stored run, or the layer's, for the filters' categories, holding it), fits its series now in the background
     * and shows it; a stored forecast wins.
     */
    private void forecastCellOnDemand() {
        Long cell = opened && drill.scope() != null ? forecastCell() : null;
        if (!opened || drill.scope() == null || storedShown(cell)) {
            clearOnDemand();
            return;
        }
        List<String> cats = categories();
        if (onDemand != null && onDemand.of(cell) && onDemand.categories().equals(cats)) {
            showOnDemand(onDemand);
            return;
        }
        long request = ++cellRequest;
        String what = cell == null ? null : Messages.ltr(Long.toHexString(cell));
        cellNote.setText(
                cell == null ? Messages.text("forecast.whole.fitting") : Messages.text("forecast.cell.fitting", what));
        tasks.submit(
                cell == null ? "the forecast of the whole area" : "the forecast of cell " + Long.toHexString(cell),
                () -> model.cell(drill.session().cube(), cell, cats),
                f -> {
                    if (request == cellRequest) {
                        showOnDemand(f);
                    }
                },
                e -> {
                    if (request == cellRequest) {
                        cellNote.setText(
                                cell == null
                                        ? Messages.text("forecast.whole.failed", e.getMessage())
                                        : Messages.text("forecast.cell.failed", what, e.getMessage()));
                    }
                });
    }

    /**
     * Whether the stored run shown holds {@code cell}'s forecast; at the whole area ({@code cell} null), whether a
     * stored run is shown at all (every run holds the whole area, and its table's chart is the one shown).
     */
    private boolean storedShown(Long cell) {
        if (cell == null) {
            return shown != null && shown.run() != null;
        }
        String hex = Long.toHexString(cell);
        return shown != null
                && shown.run() != null
                && shown.layer().equals("h3:" + H3Cells.h3().getResolution(cell))
                && shown.run().series().stream().anyMatch(s -> s.zone().equals(hex));
    }

    private void showOnDemand(CellForecast f) {
        onDemand = f;
        hours.show(null, null);
        String title;
        if (f.wholeArea()) {
            cellNote.setText(ForecastWords.onDemand(f, Messages.text("forecast.cell.wholeArea")));
            title = Messages.text("forecast.chart.title", Messages.text("scope.wholeArea"));
        } else {
            String hex = Messages.ltr(Long.toHexString(f.cell()));
            cellNote.setText(ForecastWords.onDemand(f, hex));
            String place = placeOf(f.cell());
            title = Messages.text("forecast.chart.title", place == null ? hex : place + " · " + hex);
        }
        if (!f.forecast()) {
            chart.clear(title);
            score.setText("");
            return;
        }
        chart.show(title, f.counts(), f.series(), f.asOf(), ForecastViewModel.HISTORY_DAYS);
        score.setText(ForecastWords.score(f.series()));
    }

    /** The drill's name of {@code cell} (a breadcrumb's or a shown cell's label, in the window's language), or null. */
    private String placeOf(long cell) {
        DrillViewModel.Result r = drill.result().get();
        if (r == null) {
            return null;
        }
        return java.util.stream.Stream.concat(
                        r.drill().breadcrumbs().stream()
                                .filter(b -> b.cell() == cell)
                                .map(Breadcrumb::label),
                        r.drill().cells().stream().filter(c -> c.cell() == cell).map(CellStats::label))
                .filter(l -> l != null && !l.isBlank())
                .findFirst()
                .orElse(null);
    }

    /** Forgets the on-demand forecast shown (and any fit under way). */
    private void clearOnDemand() {
        cellRequest++;
        cellNote.setText("");
    }

    /** The drilled cell's (or the whole area's) forecast fitted on demand and shown now, or null when none is shown. */
    public CellForecast onDemand() {
        return cellNote.getText().isEmpty() ? null : onDemand;
    }

    /** The filters' categories, sorted (empty: all). */
    private List<String> categories() {
        DrillScope s = drill.scope();
        return s == null ? List.of() : s.categories().stream().sorted().toList();
    }

    /** Reads the store's layers and the stored forecast of the first (once: the tab's first opening). */
    public void open() {
        if (opened) {
            return;
        }
        opened = true;
        tasks.submit("the boundary layers", model::layers, names -> {
            layer.getItems().setAll(names);
            if (names.isEmpty()) {
                status.setText(Messages.text("forecast.noLayer"));
                make.setDisable(true);
            } else {
                // the drill already on a cell of r6..r8: that resolution's cells, as a drill there turns to them
                String cellScope = drilledCellScope();
                layer.setValue(cellScope != null && names.contains(cellScope) ? cellScope : names.get(0));
            }
        });
    }

    /** Reads the stored forecast of the layer chosen, for the filters' categories. */
    private void load() {
        String l = layer.getValue();
        if (l == null) {
            return;
        }
        loading = true;
        tasks.submit(
                "the stored forecast of " + l, () -> model.load(l, categories()), this::show, e -> loading = false);
    }

    private void show(ForecastViewModel.ForecastView v) {
        loading = false;
        shown = v;
        StoredRun r = v.run();
        make.setText(Messages.text(r == null ? "forecast.make" : "forecast.refresh"));
        if (r == null) {
            age.setText(Messages.text(
                    "forecast.none",
                    v.layer(),
                    v.categories().isEmpty()
                            ? Messages.text("forecast.allCategories")
                            : String.join(", ", v.categories())));
            table.getItems().clear();
            score.setText("");
            runScore.setText("");
            layers.showSpikes(v.layer(), Map.of());
            spikeLine.setText("");
            hours.show(null, null);
            forecastCellOnDemand();
            return;
        }
        age.setText(ForecastWords.run(r, Instant.now()));
        runScore.setText(ForecastWords.runScore(r.series()));
        List<ZoneTable.Row> rows = ZoneTable.rows(v);
        table.getItems().setAll(rows);
        table.getSelectionModel().select(rows.size() - 1);
        if (drilledCell != null && v.layer().startsWith("h3:")) {
            selectZone(drilledCell);
        }
        layers.showSpikes(v.layer(), v.spikes());
        long spikes = v.spikes().values().stream()
                .filter(ForecastViewModel.SpikeBadge::alarm)
                .count();
        spikeLine.setText(
                spikes == 0
                        ? Messages.text("forecast.spikes.none", Messages.ltr(r.asOf()))
                        : Messages.text("forecast.spikes", spikes, Messages.ltr(r.asOf())));
        forecastCellOnDemand();
    }

    private void showChart(ZoneTable.Row row) {
        clearOnDemand();
        chart.show(
                Messages.text("forecast.chart.title", row.name()),
                ZoneTable.series(shown, row.zone()),
                row.series(),
                shown.run().asOf(),
                ForecastViewModel.HISTORY_DAYS);
        score.setText(ForecastWords.score(row.series()));
        hours.show(row.name(), shown.hours().get(row.zone()));
    }

    /** Make forecast (none stored) or Refresh (refits this layer's forecast on every day in the store). */
    private void makeOrRefresh() {
        String l = layer.getValue();
        if (l == null || current != null) {
            return;
        }
        List<String> cats = categories();
        run(Messages.text("forecast.task.make", l), new AnalysisTask<>(p -> model.make(l, cats, p)), r -> load());
    }

    /**
     * After an import completed: refits every stale stored forecast in the background (the retrain rule), with
     * progress and Cancel; the tab then shows the new forecast.
     */
    public void imported() {
        if (current != null) {
            return;
        }
        run(Messages.text("forecast.task.refresh"), new AnalysisTask<>(p -> model.refresh(p)), runs -> {
            status.setText(
                    runs.isEmpty()
                            ? Messages.text("forecast.refresh.none")
                            : Messages.text("forecast.refresh.done", runs.size()));
            if (opened) {
                load();
            }
        });
    }

    /** Runs long forecast work with the progress bar and Cancel shown, one at a time. */
    private <T> void run(String what, AnalysisTask<T> task, Consumer<T> done) {
        current = task;
        make.setDisable(true);
        progress.progressProperty().bind(task.progressProperty());
        running.setVisible(true);
        status.setText(what + "…");
        Runnable finished = () -> {
            current = null;
            make.setDisable(false);
            progress.progressProperty().unbind();
            running.setVisible(false);
        };
        tasks.submit(what, task, v -> {
            finished.run();
            status.setText(Messages.text("forecast.task.done", what));
            done.accept(v);
        });
        task.exceptionProperty().addListener((o, a, e) -> {
            if (e != null) {
                finished.run();
                status.setText(
                        e instanceof CancelledException
                                ? Messages.text("forecast.task.cancelled", what)
                                : Messages.text("hotspots.failed", what, e.getMessage()));
            }
        });
    }

    /** Cancels the forecast work under way, as its Cancel button does. */
    public void cancel() {
        if (current != null) {
            current.stop();
        }
    }

    /** Whether forecast work (make, refresh) runs. */
    public boolean working() {
        return current != null;
    }

    /** Whether the tab is reading a stored forecast. */
    public boolean loading() {
        return loading;
    }

    /**
     * Computes tomorrow's patrol boxes by the chosen method, grid and coverage and draws them; a choice changed
     * while they are computed is computed next, once (the latest choices win).
     */
    public void showPatrol() {
        if (patrolRunning) {
            patrolAgain = true;
            return;
        }
        patrolRunning = true;
        double c = coverage.getValue();
        String m = method.getValue();
        String g = grid.getValue();
        List<String> cats = categories();
        showPatrol.setDisable(true);
        patrolWords.setText(Messages.text("forecast.patrol.scoring"));
        tasks.submit(
                "tomorrow's patrol boxes",
                () -> model.patrol(cats, c, m, g),
                p -> {
                    patrolDone();
                    patrol = p;
                    layers.show(p);
                    patrolWords.setText(ForecastWords.patrol(p));
                    if (patrolAgain) {
                        patrolAgain = false;
                        showPatrol();
                    }
                },
                e -> {
                    patrolDone();
                    patrolAgain = false;
                    patrolWords.setText(Messages.text("forecast.patrol.failed", e.getMessage()));
                });
    }

    private void patrolDone() {
        patrolRunning = false;
        showPatrol.setDisable(false);
    }

    /** The patrol forecast drawn, or null. */
    public ForecastViewModel.PatrolForecast patrol() {
        return patrol;
    }

    /** The patrol boxes' lon/lat box, or null. */
    public Envelope patrolExtent() {
        return layers.boxesExtent();
    }

    /** The forecast shown, or null. */
    public ForecastViewModel.ForecastView shown() {
        return shown;
    }

    /** The numbers the chart draws. */
    public ChartNumbers chartNumbers() {
        return chart.numbers();
    }

    /** Shows the chart of {@code zone} ({@code all}: the whole area) by selecting its row. */
    public void selectZone(String zone) {
        table.getItems().stream()
                .filter(r -> r.zone().equals(zone))
                .findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }

    /** The zones of the table, in its order, and the text of their spike badges ("" for none). */
    public Map<String, String> tableBadges() {
        Map<String, String> out = new LinkedHashMap<>();
        for (ZoneTable.Row r : table.getItems()) {
            Label b = r.spike() == null ? null : ZoneTable.badge(r.spike());
            out.put(r.zone(), b == null ? "" : b.getText());
        }
        return out;
    }

    /** The zones of the table, in its order, and the text of their cells as shown (the spike column's empty). */
    public Map<String, List<String>> tableText() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ZoneTable.Row r : table.getItems()) {
            out.put(
                    r.zone(),
                    table.getColumns().stream()
                            .map(c -> c.getCellObservableValue(r).getValue())
                            .map(v -> v instanceof String t ? t : "")
                            .toList());
        }
        return out;
    }

    /** The patrol boxes drawn on the map, riskiest first. */
    public List<FlaggedCell> patrolBoxes() {
        return layers.boxes();
    }

    /** The zones marked with a spike on the map. */
    public List<String> spikeZones() {
        return layers.spikeZones();
    }

    /** Chooses the layer forecast. */
    public void chooseLayer(String name) {
        layer.setValue(name);
    }

    /** Chooses the patrol boxes' method ({@code selfexciting}, {@code learned}) and grid ({@code 150m}, {@code h3:9}). */
    public void choosePatrol(String methodName, String gridName) {
        choosing = true; // one recomputation for both choices
        method.setValue(methodName);
        grid.setValue(gridName);
        choosing = false;
        if (patrol != null) {
            showPatrol();
        }
    }

    /** The next-24-hours bars drawn for the zone selected: expected incidents per hour. */
    public double[] nextHours() {
        return hours.numbers();
    }

    /** Chooses the patrol boxes' coverage, percent. */
    public void chooseCoverage(double percent) {
        coverage.setValue(percent);
    }
}
