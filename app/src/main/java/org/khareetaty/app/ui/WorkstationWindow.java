package org.khareetaty.app.ui;

import org.khareetaty.app.map.tiles.BasemapTiles;
import org.khareetaty.app.map.tiles.BasemapSettings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextField;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.khareetaty.app.ui.alerts.AlertQueuePanel;
import org.khareetaty.app.ui.alerts.FeedIndicator;
import org.khareetaty.app.ui.alerts.LiveAlerts;
import org.khareetaty.app.ui.charts.ScopeCharts;
import org.khareetaty.app.ui.drill.BreadcrumbBar;
import org.khareetaty.app.ui.drill.DrillViewModel;
import org.khareetaty.app.ui.drill.FilterPanel;
import org.khareetaty.app.ui.drill.KpiCards;
import org.khareetaty.app.ui.drill.Playback;
import org.khareetaty.app.ui.drill.ScopeNotes;
import org.khareetaty.app.ui.hotspots.HotspotPanel;
import org.khareetaty.app.ui.importer.ImportDialog;
import org.khareetaty.app.ui.map.ColourMode;
import org.khareetaty.app.ui.map.ColourScale;
import org.khareetaty.app.ui.map.HexCell;
import org.khareetaty.app.ui.map.LayersPanel;
import org.khareetaty.app.ui.map.MapConsole;
import org.khareetaty.app.ui.map.MapShape;
import org.khareetaty.app.ui.map.MapTool;
import org.khareetaty.app.ui.map.ShapeLayer;
import org.khareetaty.app.ui.settings.Bookmarks;
import org.khareetaty.app.ui.settings.WindowLayout;
import org.khareetaty.app.ui.table.AttributeTable;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.CellStats;
import org.khareetaty.core.hexgrid.Drill;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.hexgrid.StoreDrillSession;
import org.khareetaty.core.incidents.IncidentLocations;
import org.khareetaty.core.incidents.IncidentRows;
import org.khareetaty.geo.StoreExtent;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The workstation window: menus and tool bar on top; layers, filters and hotspots on the left;
 * the map (over the attribute table, F6) in the centre; breadcrumbs, KPI cards, quick hits and
 * charts on the right; a status line below. Every store call runs in the background.
 */
public final class WorkstationWindow {
    private static final GeometryFactory GF = new GeometryFactory();
    /** Kept so the level set on it stays: Gluon Maps logs every tile it cannot fetch (offline, that is every tile). */
    private static final java.util.logging.Logger GLUON_LOG = java.util.logging.Logger.getLogger("com.gluonhq");

    static {
        GLUON_LOG.setLevel(java.util.logging.Level.SEVERE);
    }
    private final Stage stage;
    private final Path storeDir;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final MapConsole console = new MapConsole();
    private final AttributeTable table = new AttributeTable();
    private final KpiCards kpis = new KpiCards();
    private final ScopeNotes notes = new ScopeNotes();
    private final ScopeCharts charts = new ScopeCharts();
    private final Label status = new Label();
    private final Label error = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private final VBox infoPanel = new VBox(4);
    private final Menu bookmarksMenu = new Menu("Bookmarks");
    private final ToggleGroup tools = new ToggleGroup();
    private final SplitPane main = new SplitPane();
    private final SplitPane centre = new SplitPane();
    private final Bookmarks bookmarks = Bookmarks.load();
    private final WindowLayout layout = WindowLayout.load();
    private StoreTasks tasks;
    private DrillViewModel model;
    private Playback playback;
    private BreadcrumbBar crumbs;
    private Envelope extent;
    private Long shownParent = Long.MIN_VALUE;
    private boolean tableOpen;
    private ImportDialog lastImport;
    private HotspotPanel hotspotPanel;
    private TitledPane hotspotsPane;
    private LiveAlerts live;
    private AlertQueuePanel alertPanel;
    private final javafx.scene.control.TabPane rightTabs = new javafx.scene.control.TabPane();
    private final javafx.scene.control.Tab alertsTab = new javafx.scene.control.Tab("Live alerts");

    /**
     * Builds the window on {@code stage} and opens the store in the background.
     *
     * @param demo true for the demo store, built on first launch
     */
    public WorkstationWindow(Stage stage, Path storeDir, boolean demo) {
        this.stage = stage;
        this.storeDir = storeDir;
        stage.setTitle("Khareetaty Workstation - " + storeDir);
        Scene scene = new Scene(root, 1600, 1000);
        scene.getStylesheets().add(WorkstationWindow.class.getResource("workstation.css").toExternalForm());
        stage.setScene(scene);
        root.setCenter(content);
        showOpening(new StoreOpening(storeDir, demo));
    }

    private void showOpening(StoreOpening opening) {
        Label title = new Label("Khareetaty Workstation");
        title.getStyleClass().add("splash-title");
        Label message = new Label();
        message.setId("opening-message");
        message.textProperty().bind(opening.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("opening-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(opening.progressProperty());
        VBox splash = new VBox(14, title, message, bar);
        splash.setAlignment(Pos.CENTER);
        splash.getStyleClass().add("splash");
        content.getChildren().setAll(splash);
        opening.setOnSucceeded(e -> opened(opening.getValue()));
        opening.setOnFailed(e -> {
            message.textProperty().unbind();
            message.setText("Cannot open the store: " + opening.getException().getMessage());
            message.getStyleClass().add("error");
            bar.progressProperty().unbind();
            bar.setProgress(0);
        });
        Thread t = new Thread(opening, "store-opening");
        t.setDaemon(true);
        t.start();
    }

    private void opened(StoreOpening.Opened o) {
        tasks = new StoreTasks(o.store());
        model = new DrillViewModel(tasks);
        playback = new Playback(model);
        extent = o.extent();
        live = new LiveAlerts(o.store());
        alertPanel = new AlertQueuePanel(live);
        crumbs = new BreadcrumbBar(b -> {
            playback.stop();
            model.jumpTo(b);
        });
        crumbs.setId("breadcrumbs");
        StartupTrace.mark("building the window");
        build();
        StartupTrace.mark("window built");
        console.setBasemap(o.basemapAttribution(), o.basemapLabelsZones());
        console.setBoundaries(o.boundaries());
        console.setGeofences(o.geofences());
        console.points().setLoader(this::loadPoints);
        model.cells().addListener((obs, a, c) -> showMap(c));
        model.result().addListener((obs, a, r) -> show(r));
        model.colourMode().addListener((obs, a, m) -> {
            if (model.cells().get() != null && !playback.playing().get()) {
                showCells(model.cells().get().cells(), null);
            }
        });
        playback.setOnFrame(this::frame);
        playback.setOnStop(() -> {
            console.setBanner(null);
            model.refresh();
        });
        tasks.running().addListener((obs, a, n) -> busy.setVisible(n.intValue() > 0));
        tasks.lastError().addListener((obs, a, e) -> error.setText(e));
        model.start(o.first(), () -> {
            console.fit(extent);
            ready.set(true);
            Tour.start(this);
        });
        stage.setOnHidden(e -> close());
    }

    private void build() {
        root.setTop(new VBox(menus(), toolbar()));
        FilterPanel filters = new FilterPanel(model, playback);
        TitledPane layers = titled("Layers", new LayersPanel(console));
        TitledPane filterPane = titled("Filters", filters);
        hotspotPanel = new HotspotPanel(tasks, console, model);
        TitledPane hotspots = titled("Hotspots", hotspotPanel);
        hotspotsPane = hotspots;
        hotspots.setExpanded(false);
        VBox left = new VBox(layers, filterPane, hotspots);
        ScrollPane leftScroll = scroll(left);
        leftScroll.setMinWidth(250);

        infoPanel.setId("info-panel");
        infoPanel.getStyleClass().add("info-panel");
        infoPanel.setVisible(false);
        infoPanel.setMaxSize(320, Region.USE_PREF_SIZE);
        StackPane.setAlignment(infoPanel, Pos.TOP_LEFT);
        StackPane.setMargin(infoPanel, new Insets(10));
        console.getChildren().add(infoPanel);
        console.setOnClick(this::mapClicked);
        console.setOnPolygon(this::selected);
        console.basemapSettingsButton().setOnAction(e -> basemapSettings());

        centre.setOrientation(Orientation.VERTICAL);
        centre.getItems().setAll(console);
        table.exportButton().setOnAction(e -> exportTable());

        VBox right = new VBox(8, kpis, notes, charts);
        right.setPadding(new Insets(8));
        right.getStyleClass().add("right-panel");
        ScrollPane rightScroll = scroll(right);
        javafx.scene.control.Tab scopeTab = new javafx.scene.control.Tab("Scope", rightScroll);
        alertsTab.setContent(alertPanel);
        alertsTab.setId("tab-alerts");
        rightTabs.getTabs().setAll(scopeTab, alertsTab);
        rightTabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        rightTabs.setMinWidth(300);
        wireAlerts();

        main.getItems().setAll(leftScroll, centre, rightTabs);
        main.setDividerPositions(0.18, 0.70);
        SplitPane.setResizableWithParent(leftScroll, false);
        SplitPane.setResizableWithParent(rightTabs, false);

        status.setText("Store " + storeDir);
        busy.setPrefSize(16, 16);
        busy.setVisible(false);
        busy.setId("busy");
        error.getStyleClass().add("error");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox statusBar = new HBox(8, status, gap, error, new FeedIndicator(live), busy);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setPadding(new Insets(3, 8, 3, 8));

        BorderPane centrePane = new BorderPane(main);
        HBox crumbBar = new HBox(crumbs);
        crumbBar.getStyleClass().add("crumb-bar");
        crumbBar.setPadding(new Insets(4, 8, 4, 8));
        centrePane.setTop(crumbBar);
        content.getChildren().setAll(centrePane);
        root.setBottom(statusBar);
        layout.restore(stage, main, centre);
        if (layout.tableOpen()) {
            toggleTable();
        }
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The Live alerts tab: the queue on the map, the map centred on the alert selected, the tab's count. */
    private void wireAlerts() {
        console.getChildren().add(alertPanel.banner());
        alertPanel.setOnShow(a -> {
            console.goTo(a.lat(), a.lon(), Math.max(console.zoom(), 13));
            console.alerts().select(a.id());
        });
        alertPanel.setOnReveal(() -> rightTabs.getSelectionModel().select(alertsTab));
        live.queue().addListener((javafx.collections.ListChangeListener<org.khareetaty.core.alert.Alert>) c -> {
            console.alerts().show(AlertQueuePanel.mapPoints(live.queue()));
            alertsTab.setText(live.queue().isEmpty() ? "Live alerts" : "Live alerts (" + live.queue().size() + ")");
        });
    }

    /** Zooms to the hotspots drawn (View menu). */
    private void zoomToHotspots() {
        if (hotspotPanel.hotspotsExtent() != null) {
            console.fit(hotspotPanel.hotspotsExtent());
        }
    }

    private static TitledPane titled(String title, javafx.scene.Node body) {
        TitledPane p = new TitledPane(title, body);
        p.setAnimated(false);
        return p;
    }

    private static ScrollPane scroll(javafx.scene.Node body) {
        ScrollPane s = new ScrollPane(body);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return s;
    }

    private MenuBar menus() {
        MenuItem importFile = item("Import incidents…", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::openImport);
        MenuItem exportPng = item("Export map as PNG…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::exportPng);
        MenuItem exportCsv = item("Export attribute table as CSV…", null, this::exportTable);
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        Menu file = new Menu("File", null, importFile, new SeparatorMenuItem(), exportPng, exportCsv, new SeparatorMenuItem(), quit);
        MenuItem full = item("Zoom to full extent", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> console.fit(extent));
        MenuItem tableItem = item("Attribute table", new KeyCodeCombination(KeyCode.F6), this::toggleTable);
        MenuItem up = item("Up one level (Backspace)", null, this::up);
        MenuItem toHotspots = item("Zoom to the hotspots", null, this::zoomToHotspots);
        Menu view = new Menu("View", null, full, toHotspots, tableItem, up);
        ToggleGroup g = new ToggleGroup();
        Menu toolMenu = new Menu("Tools");
        for (MapTool t : MapTool.values()) {
            RadioMenuItem r = new RadioMenuItem(t.toString());
            r.setToggleGroup(g);
            r.setSelected(t == console.tool().get());
            r.setOnAction(e -> console.tool().set(t));
            console.tool().addListener((o, a, now) -> r.setSelected(now == t));
            toolMenu.getItems().add(r);
        }
        refreshBookmarks();
        MenuItem keys = item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
        Menu help = new Menu("Help", null, keys);
        Menu feed = new Menu("Live feed", null, item("Settings…", null, () -> alertPanel.openSettings(stage)),
                item("Start demo feed", null, () -> {
                    rightTabs.getSelectionModel().select(alertsTab);
                    alertPanel.startDemo(org.khareetaty.app.live.DemoFeed.DEFAULT_SPEED);
                }), new SeparatorMenuItem(), item("Connect", null, () -> alertPanel.connect(stage)),
                item("Disconnect", null, alertPanel::disconnect));
        feed.setId("menu-feed");
        MenuBar bar = new MenuBar(file, view, toolMenu, bookmarksMenu, feed, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, KeyCombination keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (keys != null) {
            m.setAccelerator(keys);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private ToolBar toolbar() {
        ToolBar bar = new ToolBar();
        for (MapTool t : MapTool.values()) {
            ToggleButton b = new ToggleButton(t.toString());
            b.setId("tool-" + t.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(tools);
            b.setSelected(t == console.tool().get());
            b.setOnAction(e -> {
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                console.tool().set(t);
            });
            console.tool().addListener((o, a, now) -> b.setSelected(now == t));
            bar.getItems().add(b);
        }
        console.tool().addListener((o, a, now) -> {
            if (now != MapTool.SELECT) {
                console.sketch().clear();
            }
            status.setText(switch (now) {
                case DRILL -> "Click a hexagon to drill into it; Backspace goes up a level";
                case IDENTIFY -> "Click the map to see what is there";
                case SELECT -> "Click the corners of a polygon; double-click to close it";
            });
        });
        Button full = new Button("Full extent");
        full.setTooltip(new Tooltip("Zoom to full extent (Ctrl+Shift+F)"));
        full.setOnAction(e -> console.fit(extent));
        Button up = new Button("Up a level");
        up.setId("up");
        up.setTooltip(new Tooltip("Backspace"));
        up.setOnAction(e -> up());
        Button bookmark = new Button("Bookmark");
        bookmark.setTooltip(new Tooltip("New bookmark of this view (Ctrl+B)"));
        bookmark.setOnAction(e -> newBookmark());
        Button tableButton = new Button("Table");
        tableButton.setTooltip(new Tooltip("Attribute table (F6)"));
        tableButton.setOnAction(e -> toggleTable());
        Button importButton = new Button("Import…");
        importButton.setId("import");
        importButton.setOnAction(e -> openImport());
        bar.getItems().addAll(new javafx.scene.control.Separator(), full, up, bookmark, tableButton, new javafx.scene.control.Separator(),
                importButton);
        return bar;
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.BACK_SPACE && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
            up();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            console.sketch().clear();
            infoPanel.setVisible(false);
        } else if (new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN).match(e)) {
            newBookmark();
            e.consume();
        }
    }

    private void up() {
        playback.stop();
        model.up();
    }

    /** Shows the cells of a scope on the map, and frames the cell drilled into. */
    private void showMap(DrillViewModel.Cells c) {
        DrillScope scope = c.scope();
        showCells(c.cells(), null);
        console.points().reload();
        if (!java.util.Objects.equals(shownParent, scope.parent())) {
            shownParent = scope.parent();
            if (scope.parent() == null) {
                console.fit(extent);
            } else {
                console.fit(cellBox(scope.parent()));
            }
            console.hexagons().select(0);
        }
    }

    /** Shows a drill-down result: breadcrumbs, KPIs, notes, charts, table. */
    private void show(DrillViewModel.Result r) {
        DrillScope scope = r.scope();
        Drill d = r.drill();
        crumbs.show(d.breadcrumbs(), scope.res());
        kpis.show(d);
        notes.show(d.quickHits(), d.warnings());
        charts.show(d.profiles());
        if (scope.res() == H3Cells.MAX_RES) {
            tasks.submit("incidents in scope", () -> new IncidentRows(tasks.store()).latest(scope), rows -> table.showIncidents(rows, d.kpis().total()));
        } else {
            table.showCells(d.cells(), scope.res(), r.cells().size());
        }
        status.setText(String.format(Locale.ROOT, "%s: %,d r%d cells, %,d incidents, %s .. %s", scope.parent() == null ? "Whole area"
                : d.breadcrumbs().get(d.breadcrumbs().size() - 1).label(), r.cells().size(), scope.res(), d.kpis().total(), scope.from(),
                scope.to()));
    }

    /** Colours the hexagons: with the scale of these cells, or a fixed one (playback). */
    private void showCells(List<HexCell> cells, ColourScale fixed) {
        ColourMode mode = model.colourMode().get();
        ColourScale scale = fixed;
        if (scale == null && !cells.isEmpty()) {
            if (mode == ColourMode.ARREST_RATE) {
                double[] rates = cells.stream().filter(c -> c.arrestRate() != null).mapToDouble(HexCell::arrestRate).toArray();
                scale = ColourScale.quantiles("Arrest rate", rates, ColourScale.YL_OR_RD, true, true);
            } else {
                scale = ColourScale.quantiles("Incidents", cells.stream().mapToDouble(HexCell::incidents).toArray(), ColourScale.YL_OR_RD,
                        false, false);
            }
        }
        if (fixed != null) {
            console.hexagons().recolour(cells, fixed);
        } else {
            console.hexagons().show(cells, mode, scale);
        }
        List<String> cats = model.categories();
        String subtitle = cats.isEmpty() ? "all offenses" : "filtered: " + String.join(", ", cats).replace('_', ' ');
        console.legend().show(scale, subtitle, mode == ColourMode.ARREST_RATE
                ? "Hatched, dashed: low confidence (under 10 incidents or a 95% interval wider than 40 pts). Grey: no arrest data."
                : "Hatched, dashed: under 10 incidents.");
    }

    private void frame(java.time.LocalDate day, List<HexCell> cells) {
        ColourScale fixed = ColourScale.linear("Incidents per day", playback.scaleMax(), ColourScale.YL_OR_RD);
        model.colourMode().set(ColourMode.VOLUME);
        showCells(cells, fixed);
        long total = cells.stream().mapToLong(HexCell::incidents).sum();
        console.setBanner(String.format(Locale.ROOT, "%s %s: %,d incidents (scale fixed for the period)", day,
                day.getDayOfWeek().toString().substring(0, 3).toLowerCase(Locale.ROOT), total));
    }

    private static Envelope cellBox(long cell) {
        Envelope e = new Envelope();
        H3Cells.h3().cellToBoundary(cell).forEach(p -> e.expandToInclude(p.lng, p.lat));
        return e;
    }

    private void mapClicked(MapConsole.Click click) {
        HexCell cell = console.hexagons().isVisible() ? console.hexagons().cellAt(click.lon(), click.lat()) : null;
        if (console.tool().get() == MapTool.DRILL) {
            if (cell != null) {
                playback.stop();
                console.hexagons().select(cell.cell());
                if (!model.drillInto(cell.cell())) {
                    identify(click, cell);
                }
            }
            return;
        }
        identify(click, cell);
    }

    private void identify(MapConsole.Click click, HexCell cell) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%.5f, %.5f", click.lat(), click.lon()));
        for (Map.Entry<String, ShapeLayer> e : console.boundaryLayers().entrySet()) {
            MapShape zone = e.getValue().shapeAt(click.lon(), click.lat());
            if (zone != null) {
                lines.add(e.getKey() + ": " + zone.label() + (zone.label().equals(zone.data()) ? "" : " (" + zone.data() + ")"));
            }
        }
        if (cell != null) {
            console.hexagons().select(cell.cell());
            lines.add(String.format(Locale.ROOT, "H3 r%d %s", H3Cells.h3().getResolution(cell.cell()), Long.toHexString(cell.cell())));
            lines.add(String.format(Locale.ROOT, "%,d incidents%s", cell.incidents(), cell.sparse() ? " (under 10: low confidence)" : ""));
            Double rate = cell.arrestRate();
            lines.add(rate == null ? "arrests: not recorded" : String.format(Locale.ROOT, "arrest rate %.1f%% (%,d of %,d)%s", 100 * rate,
                    cell.arrests(), cell.known(), cell.rateLowConfidence() ? ", low confidence" : ""));
            Drill d = model.result().get() == null ? null : model.result().get().drill();
            if (d != null) {
                d.cells().stream().filter(c -> c.cell() == cell.cell()).map(CellStats::label).findFirst().ifPresent(lines::add);
            }
        }
        MapShape hot = console.hotspots().isVisible() ? console.hotspots().shapeAt(click.lon(), click.lat()) : null;
        if (hot != null) {
            lines.add(hot.label() + ": " + hot.data());
        }
        MapShape gi = console.giStar().isVisible() ? console.giStar().shapeAt(click.lon(), click.lat()) : null;
        if (gi != null) {
            lines.add("Gi*: " + gi.data());
        }
        showInfo("Identify", lines);
    }

    private void selected(List<double[]> vertices) {
        Coordinate[] ring = new Coordinate[vertices.size() + 1];
        for (int i = 0; i < vertices.size(); i++) {
            ring[i] = new Coordinate(vertices.get(i)[0], vertices.get(i)[1]);
        }
        ring[vertices.size()] = ring[0];
        Polygon polygon = GF.createPolygon(ring);
        if (!polygon.isValid()) {
            showInfo("Selection", List.of("The polygon crosses itself: draw it again (Esc clears)."));
            return;
        }
        long cells = 0;
        long incidents = 0;
        long known = 0;
        long arrests = 0;
        for (HexCell c : console.hexagons().cells()) {
            var centre = H3Cells.h3().cellToLatLng(c.cell());
            if (polygon.contains(GF.createPoint(new Coordinate(centre.lng, centre.lat)))) {
                cells++;
                incidents += c.incidents();
                known += c.known();
                arrests += c.arrests();
            }
        }
        long total = console.hexagons().cells().stream().mapToLong(HexCell::incidents).sum();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%,d cells whose centre lies inside", cells));
        lines.add(String.format(Locale.ROOT, "%,d incidents (%.0f%% of the scope)", incidents, total == 0 ? 0 : 100.0 * incidents / total));
        lines.add(known == 0 ? "arrests: not recorded" : String.format(Locale.ROOT, "arrest rate %.1f%% (%,d of %,d)", 100.0 * arrests / known,
                arrests, known));
        showInfo("Selection", lines);
    }

    private void showInfo(String title, List<String> lines) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        Button close = new Button("×");
        close.getStyleClass().add("small-button");
        close.setOnAction(e -> infoPanel.setVisible(false));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        infoPanel.getChildren().setAll(new HBox(t, gap, close));
        for (String s : lines) {
            Label l = new Label(s);
            l.setWrapText(true);
            infoPanel.getChildren().add(l);
        }
        infoPanel.setVisible(true);
    }

    /** The text lines of the info panel (identify and selection), for tests. */
    public List<String> infoLines() {
        return infoPanel.getChildren().stream().skip(1).map(n -> ((Label) n).getText()).toList();
    }

    private void loadPoints(Envelope box, java.util.function.Consumer<double[][]> done) {
        DrillScope scope = model.scope();
        if (scope == null) {
            return;
        }
        tasks.submit("incident points", () -> new IncidentLocations(tasks.store()).inBox(box, scope), p -> done.accept(new double[][] {p.lon(), p.lat()}));
    }

    private void toggleTable() {
        tableOpen = !tableOpen;
        if (tableOpen) {
            centre.getItems().setAll(console, table);
            centre.setDividerPositions(0.68);
        } else {
            centre.getItems().setAll(console);
        }
    }

    private void openImport() {
        lastImport = new ImportDialog(stage, tasks, () -> {
            tasks.submit("updating the aggregates", () -> {
                StoreDrillSession.catchUp(tasks.store());
                return StoreExtent.of(tasks.store());
            }, e -> {
                extent = e;
                model.reload(() -> console.fit(extent));
            });
        });
        lastImport.show();
    }

    void toggleTableForTour() {
        toggleTable();
    }

    void runHotspotsForTour() {
        hotspotsPane.setExpanded(true);
        hotspotPanel.setOnDbscan(() -> console.fit(hotspotPanel.hotspotsExtent()));
        hotspotPanel.runDbscan();
        hotspotPanel.runGiStar();
    }

    void importForTour(Path file) {
        openImport();
        lastImport.preview(file);
        lastImport.startWhenPreviewed();
    }

    void startDemoForTour(double speed) {
        rightTabs.getSelectionModel().select(alertsTab);
        alertPanel.startDemo(speed);
    }

    /** The Live alerts panel. */
    public AlertQueuePanel alertPanel() {
        return alertPanel;
    }

    /** The hotspot panel. */
    public HotspotPanel hotspotPanel() {
        return hotspotPanel;
    }

    /** The import dialog opened last, or null (tests drive it). */
    public ImportDialog lastImportDialog() {
        return lastImport;
    }

    private void exportPng() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the map as PNG");
        fc.setInitialFileName("map.png");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        java.io.File f = fc.showSaveDialog(stage);
        if (f != null) {
            try {
                writePng(f.toPath());
                status.setText("Map saved to " + f);
            } catch (IOException ex) {
                error.setText("Cannot write " + f + ": " + ex.getMessage());
            }
        }
    }

    /** Writes the map as it is shown (with legend and scale bar) to a PNG file. */
    public void writePng(Path file) throws IOException {
        javafx.scene.image.WritableImage img = console.snapshot(null, null);
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
    }

    private void exportTable() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the attribute table as CSV");
        fc.setInitialFileName("attributes.csv");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        java.io.File f = fc.showSaveDialog(stage);
        if (f != null) {
            try {
                table.exportCsv(f.toPath());
                status.setText("Table saved to " + f);
            } catch (IOException ex) {
                error.setText("Cannot write " + f + ": " + ex.getMessage());
            }
        }
    }

    private void newBookmark() {
        TextInputDialog d = new TextInputDialog("View " + (bookmarks.list().size() + 1));
        d.initOwner(stage);
        d.setTitle("New bookmark");
        d.setHeaderText("Name this map view");
        d.showAndWait().filter(s -> !s.isBlank()).ifPresent(name -> {
            bookmarks.put(new Bookmarks.Bookmark(name.strip(), console.centreLat(), console.centreLon(), console.zoom()));
            refreshBookmarks();
        });
    }

    private void refreshBookmarks() {
        MenuItem add = item("New bookmark…", new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), this::newBookmark);
        bookmarksMenu.getItems().setAll(add, new SeparatorMenuItem());
        for (Bookmarks.Bookmark b : bookmarks.list()) {
            bookmarksMenu.getItems().add(item(b.name(), null, () -> console.goTo(b.lat(), b.lon(), b.zoom())));
        }
    }

    private void basemapSettings() {
        BasemapSettings now = BasemapSettings.forStore(storeDir);
        Dialog<BasemapSettings> d = new Dialog<>();
        d.initOwner(stage);
        d.setTitle("Basemap");
        d.setHeaderText("Basemap source");
        CheckBox online = new CheckBox("Use OpenStreetMap tiles online (needs the network; tiles are cached)");
        online.setSelected(now.onlineEnabled());
        TextField contact = new TextField(now.contact() == null ? "" : now.contact());
        contact.setPromptText("your e-mail or URL, sent to the tile server in the User-Agent");
        TextField offline = new TextField(now.offlineSource() == null ? "" : now.offlineSource().toString());
        offline.setPromptText("an MBTiles file or z/x/y folder (empty: the store's own basemap)");
        VBox box = new VBox(8, new Label("Offline tiles (the default):"), offline, online, new Label("Contact for the tile server:"), contact,
                new Label("Changes show as the map is moved or zoomed."));
        box.setPrefWidth(460);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b != ButtonType.OK ? null : now.withOnline(online.isSelected())
                .withOfflineSource(offline.getText().isBlank() ? null : Path.of(offline.getText().trim()))
                .withContact(contact.getText().trim()));
        d.showAndWait().ifPresent(chosen -> {
            chosen.save(BasemapSettings.file(storeDir));
            tasks.submit("switching the basemap", () -> {
                BasemapTiles.configure(chosen, tasks.store());
                return BasemapTiles.labelsZones();
            }, labels -> console.setBasemap(BasemapTiles.attribution(), labels));
        });
    }

    private void showShortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.setContentText(String.join("\n", "Ctrl+Shift+F  zoom to full extent", "F6  attribute table", "Ctrl+B  new bookmark",
                "Backspace  up one level", "Ctrl+I  import incidents", "Ctrl+E  export the map as PNG", "Esc  clear the selection sketch",
                "Ctrl+Q  quit"));
        a.show();
    }

    private void close() {
        if (tasks == null) {
            return;
        }
        layout.save(stage, main, centre, tableOpen);
        playback.stop();
        live.close();
        tasks.close();
        tasks.store().close();
        tasks = null;
    }

    /** True once the store is open and the first drill-down was asked for. */
    public ReadOnlyBooleanProperty ready() {
        return ready.getReadOnlyProperty();
    }

    public DrillViewModel model() {
        return model;
    }

    public MapConsole console() {
        return console;
    }

    public AttributeTable table() {
        return table;
    }

    public Playback playback() {
        return playback;
    }

    public BreadcrumbBar breadcrumbs() {
        return crumbs;
    }

    public KpiCards kpis() {
        return kpis;
    }

    public ScopeCharts charts() {
        return charts;
    }

    public ScopeNotes notes() {
        return notes;
    }

    public StoreTasks tasks() {
        return tasks;
    }

    public Stage stage() {
        return stage;
    }

    /** Whether the attribute table is shown. */
    public boolean tableOpen() {
        return tableOpen;
    }

    /** Runs on the FX thread (tests). */
    static void fx(Runnable r) {
        Platform.runLater(r);
    }
}
