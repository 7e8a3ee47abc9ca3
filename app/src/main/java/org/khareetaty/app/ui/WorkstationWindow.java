package org.khareetaty.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.khareetaty.app.map.tiles.BasemapSettings;
import org.khareetaty.app.map.tiles.BasemapTiles;
import org.khareetaty.app.ui.alerts.AlertQueuePanel;
import org.khareetaty.app.ui.alerts.LiveAlerts;
import org.khareetaty.app.ui.boundaries.LoadBoundariesDialog;
import org.khareetaty.app.ui.charts.ScopeCharts;
import org.khareetaty.app.ui.drill.BreadcrumbBar;
import org.khareetaty.app.ui.drill.DrillViewModel;
import org.khareetaty.app.ui.drill.FilterPanel;
import org.khareetaty.app.ui.drill.KpiCards;
import org.khareetaty.app.ui.drill.Playback;
import org.khareetaty.app.ui.drill.ScopeNotes;
import org.khareetaty.app.ui.forecast.ForecastPanel;
import org.khareetaty.app.ui.hotspots.HotspotPanel;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.i18n.RightToLeft;
import org.khareetaty.app.ui.importer.ImportDialog;
import org.khareetaty.app.ui.importer.ImportHistoryDialog;
import org.khareetaty.app.ui.map.BasemapDialog;
import org.khareetaty.app.ui.map.CellColours;
import org.khareetaty.app.ui.map.ColourMode;
import org.khareetaty.app.ui.map.ColourScale;
import org.khareetaty.app.ui.map.HexCell;
import org.khareetaty.app.ui.map.HexagonLayer;
import org.khareetaty.app.ui.map.LayersPanel;
import org.khareetaty.app.ui.map.MapConsole;
import org.khareetaty.app.ui.map.MapTool;
import org.khareetaty.app.ui.report.MapLayoutExport;
import org.khareetaty.app.ui.report.ReportExportDialog;
import org.khareetaty.app.ui.settings.Bookmarks;
import org.khareetaty.app.ui.settings.DisplayLanguage;
import org.khareetaty.app.ui.settings.RecentStores;
import org.khareetaty.app.ui.settings.SettingsDialog;
import org.khareetaty.app.ui.settings.WindowLayout;
import org.khareetaty.app.ui.settings.WorkstationSettings;
import org.khareetaty.app.ui.table.AttributeTable;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.CellStats;
import org.khareetaty.core.hexgrid.DataWarning;
import org.khareetaty.core.hexgrid.Drill;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.hexgrid.ScopeQuery;
import org.khareetaty.core.incidents.IncidentRows;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StorePassphrase;
import org.locationtech.jts.geom.Envelope;

/**
 * The workstation window: the {@link MainMenu menus} and {@link MainToolBar tool bar} on top; layers,
 * filters and hotspots on the left; the map (over the attribute table, F6) in the centre;
 * breadcrumbs, KPI cards, quick hits and charts, and the live alerts, on the right; the
 * {@link StatusBar status line} below. The panels show their view models ({@link DrillViewModel},
 * {@link WorkstationViewModel}, {@link LiveAlerts}), which run every store call in the background.
 */
public final class WorkstationWindow {
    /** Kept so the level set on it stays: Gluon Maps logs every tile it cannot fetch (offline, that is every tile). */
    private static final java.util.logging.Logger GLUON_LOG = java.util.logging.Logger.getLogger("com.gluonhq");

    static {
        GLUON_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Stage stage;
    private final Path storeDir;
    private final boolean demo;
    /** The window shown on the stage now: this one until File > Open store (or a reopening) replaces it. */
    private final ObjectProperty<WorkstationWindow> current;

    private final RecentStores recent = RecentStores.load();
    private WelcomePage welcome;
    private LoadBoundariesDialog lastBoundaries;
    private ImportHistoryDialog lastHistory;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready", false);
    private final MapConsole console = new MapConsole();
    private final AttributeTable table = new AttributeTable();
    private final KpiCards kpis = new KpiCards();
    private final ScopeNotes notes = new ScopeNotes();
    private final ScopeCharts charts = new ScopeCharts();
    private final InfoPanel infoPanel = new InfoPanel();
    private final SplitPane main = new SplitPane();
    private final SplitPane centre = new SplitPane();
    private final Bookmarks bookmarks = Bookmarks.load();
    private final WindowLayout layout = WindowLayout.load();
    private final TabPane rightTabs = new TabPane();
    private final Tab alertsTab = new Tab(Messages.text("tab.alerts"));
    private StoreTasks tasks;
    private DrillViewModel model;
    private WorkstationViewModel view;
    private Playback playback;
    private BreadcrumbBar crumbs;
    private StatusBar statusBar;
    private BookmarksMenu bookmarksMenu;
    private Long shownParent = Long.MIN_VALUE;
    private boolean tableOpen;
    private ImportDialog lastImport;
    private HotspotPanel hotspotPanel;
    private TitledPane hotspotsPane;
    private LiveAlerts live;
    private AlertQueuePanel alertPanel;
    private ForecastPanel forecastPanel;

    /**
     * Builds the window on {@code stage} and opens the store in the background.
     *
     * @param demo true for the demo store, built on first launch
     */
    public WorkstationWindow(Stage stage, Path storeDir, boolean demo) {
        this(stage, storeDir, demo, firstOnStage(), null);
    }

    /**
     * The property of the window shown on a new stage, made after taking the words of the language
     * chosen in File > Settings (before the window's fields build their controls); the windows that
     * replace it on the stage keep those words.
     */
    private static ObjectProperty<WorkstationWindow> firstOnStage() {
        Messages.use(DisplayLanguage.current());
        return new SimpleObjectProperty<>();
    }

    /**
     * @param current the window shown on the stage, set to this one
     * @param open    the store of {@code storeDir} when it is open already (the window reopened on it), else null
     */
    private WorkstationWindow(
            Stage stage, Path storeDir, boolean demo, ObjectProperty<WorkstationWindow> current, Store open) {
        this.stage = stage;
        this.storeDir = storeDir;
        this.demo = demo;
        this.current = current;
        current.set(this);
        stage.setTitle(Messages.text("window.title", storeDir));
        Scene scene = new Scene(root, 1600, 1000);
        scene.getStylesheets()
                .add(WorkstationWindow.class.getResource("workstation.css").toExternalForm());
        RightToLeft.applyTo(scene, console);
        stage.setScene(scene);
        root.setCenter(content);
        String env = System.getenv(Store.PASSPHRASE_ENV);
        if (open != null) {
            StoreOpening.handOver(open);
            showOpening(new StoreOpening(storeDir, false));
        } else if (Store.encrypted(storeDir) && (env == null || env.isBlank())) {
            askPassphrase(demo);
        } else {
            showOpening(new StoreOpening(
                    storeDir, demo, env == null || env.isBlank() ? null : StorePassphrase.of(env.toCharArray())));
        }
    }

    /** Asks for the encrypted store's passphrase, and asks again while the store refuses it. */
    private void askPassphrase(boolean demo) {
        PassphrasePrompt[] prompt = new PassphrasePrompt[1];
        prompt[0] = new PassphrasePrompt(storeDir.toString(), passphrase -> {
            StoreOpening opening = new StoreOpening(storeDir, demo, passphrase);
            opening.setOnFailed(e -> {
                content.getChildren().setAll(prompt[0]);
                prompt[0].failed(opening.getException().getMessage());
            });
            showOpening(opening);
        });
        content.getChildren().setAll(prompt[0]);
    }

    private void showOpening(StoreOpening opening) {
        OpeningSplash splash = new OpeningSplash(opening);
        content.getChildren().setAll(splash);
        opening.setOnSucceeded(e -> opened(opening.getValue()));
        if (opening.getOnFailed() == null) {
            opening.setOnFailed(e -> {
                splash.failed(
                        Messages.text("opening.failed", opening.getException().getMessage()));
                // File > Open store, New store, the demo: another store can be chosen from here
                root.setTop(MainMenu.welcome(storeCommands()));
            });
        }
        Thread t = new Thread(opening, "store-opening");
        t.setDaemon(true);
        t.start();
    }

    private void opened(StoreOpening.Opened o) {
        tasks = new StoreTasks(o.store());
        stage.setOnHidden(e -> close(true));
        recent.opened(storeDir);
        if (o.first().cells() == null) {
            showWelcome(o);
            return;
        }
        model = new DrillViewModel(tasks);
        WorkstationSettings settings = WorkstationSettings.load();
        console.scaleBar().setImperial(settings.imperial());
        // the whole area at the resolution of the settings (r6 unless set: its cells were read while the store opened)
        model.wholeAreaRes().set(settings.wholeAreaRes());
        view = new WorkstationViewModel(tasks, model, o.extent());
        playback = new Playback(model);
        live = new LiveAlerts(o.store());
        alertPanel = new AlertQueuePanel(live);
        crumbs = new BreadcrumbBar(b -> {
            playback.pause();
            model.jumpTo(b);
        });
        crumbs.setId("breadcrumbs");
        StartupTrace.mark("building the window");
        build();
        StartupTrace.mark("window built");
        console.setBasemap(o.basemapAttribution(), o.basemapLabelsZones());
        console.setBoundaries(o.boundaries());
        console.setGeofences(o.geofences());
        console.points().setLoader(view::points);
        console.streets().setLoader(view::streets);
        view.streetSource(src -> streetSummary = src == null ? Messages.text("streets.none.blocks") : src.summary());
        model.cells().addListener((obs, a, c) -> showMap(c));
        model.result().addListener((obs, a, r) -> show(r));
        model.colourMode().addListener((obs, a, m) -> {
            if (model.cells().get() != null) {
                showCells(model.cells().get());
            }
        });
        model.start(o.first(), () -> {
            fitExtent();
            ready.set(true);
        });
    }

    /** A store without incidents: the welcome page with Load boundaries and Import incidents, and the File menu. */
    private void showWelcome(StoreOpening.Opened o) {
        StoreCommands commands = storeCommands();
        root.setTop(MainMenu.welcome(commands));
        welcome = new WelcomePage(storeDir, o.boundaries(), commands);
        content.getChildren().setAll(welcome);
        ready.set(true);
    }

    private StoreCommands storeCommands() {
        return new StoreCommands(
                this::newStore,
                this::openStore,
                () -> switchTo(org.khareetaty.app.demo.DemoStore.defaultDir(), true),
                recent::list,
                this::openStore,
                this::loadBoundaries,
                this::openImport,
                this::openImportHistory,
                stage::close);
    }

    /** File > New store: an empty folder chosen, the store made there and opened on its welcome page. */
    private void newStore() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(Messages.text("store.new.choose"));
        java.io.File f = dc.showDialog(stage);
        if (f != null) {
            newStore(f.toPath());
        }
    }

    /** Makes a store in {@code dir} (empty or absent) and switches to it; says why not otherwise. */
    public void newStore(Path dir) {
        StoreFolder.forNewStore(dir).ifPresentOrElse(this::refuse, () -> switchTo(dir, false));
    }

    /** File > Open store: a store's folder chosen and opened in place of this one. */
    private void openStore() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(Messages.text("store.open.choose"));
        java.io.File f = dc.showDialog(stage);
        if (f != null) {
            openStore(f.toPath());
        }
    }

    /** Opens the store in {@code dir} in place of this one (File > Open store, Recent stores); says why not when it is no store. */
    public void openStore(Path dir) {
        StoreFolder.forOpening(dir)
                .ifPresentOrElse(
                        why -> {
                            if (!java.nio.file.Files.isDirectory(dir)) {
                                recent.forget(dir);
                            }
                            refuse(why);
                        },
                        () -> switchTo(dir, org.khareetaty.app.demo.DemoStore.isReady(dir)));
    }

    private void refuse(String why) {
        Alert a = new Alert(Alert.AlertType.ERROR, why);
        a.initOwner(stage);
        a.setTitle(Messages.text("store.refused.title"));
        a.setHeaderText(null);
        a.getDialogPane().setId("store-refused");
        org.khareetaty.app.ui.i18n.DialogButtons.translate(a.getDialogPane());
        a.show();
    }

    /** Closes this store and opens {@code dir} in the same window (the demo store, built on first use, when {@code isDemo}). */
    private void switchTo(Path dir, boolean isDemo) {
        close(true);
        new WorkstationWindow(stage, dir, isDemo, current, null);
    }

    /** Opens this store again without closing it: after boundaries were loaded or the first incidents imported. */
    private void reopen() {
        Store store = tasks.store();
        close(false);
        new WorkstationWindow(stage, storeDir, demo, current, store);
    }

    /** File > Load boundaries: the dialog; the window shows the new layer when it closes. */
    void loadBoundaries() {
        if (tasks == null) {
            return;
        }
        boolean[] loaded = {false};
        lastBoundaries = new LoadBoundariesDialog(stage, tasks, () -> loaded[0] = true);
        lastBoundaries.stage().setOnHidden(e -> {
            if (loaded[0]) {
                reopen();
            }
        });
        lastBoundaries.show();
    }

    /** File > Import history: every import, with Undo; the map and KPIs are drawn again after an undo. */
    void openImportHistory() {
        if (tasks == null) {
            return;
        }
        lastHistory = new ImportHistoryDialog(stage, tasks, () -> {
            if (view != null) {
                view.imported(this::fitExtent);
            }
        });
        lastHistory.show();
    }

    private void build() {
        bookmarksMenu = new BookmarksMenu(stage, bookmarks, console);
        WindowCommands commands = commands();
        root.setTop(new VBox(
                new MainMenu(commands, storeCommands(), console.tool(), bookmarksMenu),
                new MainToolBar(commands, console.tool())));
        statusBar = new StatusBar(tasks, live);
        console.tool().addListener((o, a, now) -> {
            if (now != MapTool.SELECT) {
                console.sketch().clear();
            }
            statusBar.showHint(now);
        });
        FilterPanel filters = new FilterPanel(model, playback);
        TitledPane layers = titled(Messages.text("pane.layers"), new LayersPanel(console));
        hotspotPanel = new HotspotPanel(tasks, console, model);
        hotspotsPane = titled(Messages.text("pane.hotspots"), hotspotPanel);
        hotspotsPane.setId("pane-hotspots");
        hotspotsPane.setExpanded(false);
        VBox left = new VBox(layers, titled(Messages.text("pane.filters"), filters), hotspotsPane);
        ScrollPane leftScroll = scroll(left);
        leftScroll.setMinWidth(250);

        console.getChildren().add(infoPanel);
        console.setOnClick(this::mapClicked);
        console.setOnPolygon(vertices -> {
            infoPanel.show(
                    Messages.text("info.selection"),
                    InfoLines.selection(vertices, console.hexagons().cells()));
            console.hexagons()
                    .select(InfoLines.inside(vertices, console.hexagons().cells()));
        });
        console.basemapSettingsButton().setOnAction(e -> basemapSettings());

        centre.setOrientation(Orientation.VERTICAL);
        centre.getItems().setAll(console);
        table.exportButton().setOnAction(e -> exportTable());
        table.setOnSelect(cells -> console.hexagons().select(cells));
        table.setOnOpen(cells -> console.fit(cellsBox(cells)));
        notes.setOnOpen(this::openWarning);
        console.hexagons().setOnSelect(cells -> {
            table.selectCells(cells);
            if (forecastPanel != null) {
                forecastPanel.cellsSelected();
            }
        });

        VBox right = new VBox(8, kpis, notes, charts);
        right.setPadding(new Insets(8));
        right.getStyleClass().add("right-panel");
        Tab scopeTab = new Tab(Messages.text("tab.scope"), scroll(right));
        alertsTab.setContent(alertPanel);
        alertsTab.setId("tab-alerts");
        rightTabs.setId("right-tabs");
        forecastPanel = new ForecastPanel(tasks, model, console);
        ScrollPane forecastScroll = scroll(forecastPanel);
        // the Scope tab sizes the tabs, as before: the forecast's chart and table would lengthen the window
        forecastScroll.setMinSize(0, 0);
        forecastScroll.setPrefSize(0, 0);
        Tab forecastTab = new Tab(Messages.text("tab.forecast"), forecastScroll);
        forecastTab.setId("tab-forecast");
        forecastTab.setOnSelectionChanged(e -> {
            if (forecastTab.isSelected()) {
                forecastPanel.open();
            }
        });
        rightTabs.getTabs().setAll(scopeTab, alertsTab, forecastTab);
        rightTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        rightTabs.setMinWidth(300);
        wireAlerts();

        main.getItems().setAll(leftScroll, centre, rightTabs);
        main.setDividerPositions(0.18, 0.70);
        SplitPane.setResizableWithParent(leftScroll, false);
        SplitPane.setResizableWithParent(rightTabs, false);
        statusBar.setStatus(Messages.text("status.store", storeDir));

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

    private WindowCommands commands() {
        return new WindowCommands(
                this::openImport,
                this::exportPng,
                this::exportTable,
                stage::close,
                this::fitExtent,
                this::zoomToHotspots,
                this::toggleTable,
                this::up,
                bookmarksMenu::newBookmark,
                this::showShortcuts,
                () -> alertPanel.openSettings(stage),
                () -> {
                    rightTabs.getSelectionModel().select(alertsTab);
                    alertPanel.startDemo(org.khareetaty.app.live.DemoFeed.DEFAULT_SPEED);
                },
                () -> alertPanel.connect(stage),
                alertPanel::disconnect,
                this::openUserGuide,
                this::showAbout,
                this::back,
                this::forward,
                () -> new ReportExportDialog(stage, tasks, model, console).show(),
                () -> new MapLayoutExport(stage, tasks, model, console, statusBar::setStatus, statusBar::setError)
                        .ask(),
                this::openSettings);
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
            alertsTab.setText(
                    live.queue().isEmpty()
                            ? Messages.text("tab.alerts")
                            : Messages.text("tab.alerts.count", live.queue().size()));
        });
    }

    private void fitExtent() {
        console.fitClearOfLegend(view.extent().get());
    }

    /** Zooms to the hotspots drawn (View menu). */
    private void zoomToHotspots() {
        if (hotspotPanel.hotspotsExtent() != null) {
            console.fitClearOfLegend(hotspotPanel.hotspotsExtent());
        }
    }

    private static TitledPane titled(String title, Node body) {
        TitledPane p = new TitledPane(title, body);
        p.setAnimated(false);
        return p;
    }

    private static ScrollPane scroll(Node body) {
        ScrollPane s = new ScrollPane(body);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return s;
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.BACK_SPACE && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
            up();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            console.sketch().clear();
            infoPanel.setVisible(false);
        } else if (new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN).match(e)) {
            back();
            e.consume();
        } else if (new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN).match(e)) {
            forward();
            e.consume();
        } else if (new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN).match(e)) {
            bookmarksMenu.newBookmark();
            e.consume();
        }
    }

    private void up() {
        playback.pause();
        model.up();
    }

    /** Back through the drill and filter history (Alt+Left). */
    private void back() {
        playback.pause();
        model.back();
    }

    /** Forward through the drill and filter history (Alt+Right). */
    private void forward() {
        playback.pause();
        model.forward();
    }

    /** Shows the cells of a scope on the map, and frames the cell drilled into. */
    private void showMap(DrillViewModel.Cells c) {
        DrillScope scope = c.scope();
        showCells(c);
        console.points().reload();
        if (!java.util.Objects.equals(shownParent, scope.parent())) {
            shownParent = scope.parent();
            if (scope.parent() == null) {
                fitExtent();
            } else {
                console.fit(cellBox(scope.parent()));
            }
            console.hexagons().select(0);
        }
    }

    /** The latest request for the attribute table's rows: an older one's rows arriving late are dropped. */
    private long tableRequest;

    /** Shows a drill-down result: breadcrumbs, KPIs, notes, charts, table. */
    private void show(DrillViewModel.Result r) {
        DrillScope scope = r.scope();
        Drill d = r.drill();
        crumbs.show(d.breadcrumbs(), scope.res());
        kpis.show(d);
        notes.show(d.quickHits(), d.warnings());
        charts.show(d.profiles());
        console.hexagons().setStreets(HexagonLayer.streetsOf(d.cells()));
        long request = ++tableRequest;
        if (scope.res() == H3Cells.MAX_RES) {
            view.incidents(scope, rows -> {
                if (request == tableRequest) {
                    table.showIncidents(rows, d.kpis().total(), DisplayLanguage.current());
                }
            });
        } else {
            table.showCells(d.cells(), scope.res(), r.cells().size());
        }
        statusBar.setStatus(Messages.text(
                "status.scope",
                scope.parent() == null
                        ? Messages.text("scope.wholeArea")
                        : d.breadcrumbs().get(d.breadcrumbs().size() - 1).label(),
                r.cells().size(),
                scope.res(),
                d.kpis().total(),
                Messages.ltr(scope.from()),
                Messages.ltr(scope.to())));
    }

    /**
     * Colours the hexagons of {@code c} and keys them in the legend; a playback frame is coloured by
     * volume on the scale fixed for its period and named in the banner.
     */
    private void showCells(DrillViewModel.Cells c) {
        DrillViewModel.Frame f = c.frame();
        ColourMode mode = model.colourMode().get();
        ColourScale fixed = f == null || mode != ColourMode.VOLUME
                ? null
                : ColourScale.linear(f.scaleTitle(), f.scaleMax(), ColourScale.YL_OR_RD);
        long days = f == null
                ? ChronoUnit.DAYS.between(c.scope().from(), c.scope().to()) + 1
                : ChronoUnit.DAYS.between(f.start(), f.end()) + 1;
        CellColours.show(console, c.cells(), mode, c.scope().categories(), fixed, days);
        console.setBanner(
                f == null
                        ? null
                        : f.banner(
                                c.cells().stream().mapToLong(HexCell::incidents).sum()));
    }

    /** The box of {@code cells} (the attribute table's selection, to zoom to). */
    private static Envelope cellsBox(java.util.Set<Long> cells) {
        Envelope e = new Envelope();
        cells.forEach(c -> e.expandToInclude(cellBox(c)));
        return e;
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
                playback.pause();
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
        if (cell != null) {
            console.hexagons().select(cell.cell());
        }
        Drill d = model.result().get() == null ? null : model.result().get().drill();
        infoPanel.show(
                Messages.text("tool.identify"),
                InfoLines.identify(console, click, cell, d),
                cell == null ? null : Long.toHexString(cell.cell()));
    }

    /** The text lines of the info panel (identify and selection), for tests. */
    public List<String> infoLines() {
        return infoPanel.lines();
    }

    /**
     * A data-quality warning's link: the rows it counts in the attribute table (opened if hidden):
     * the sparse cells, or the scope's incidents of the dominant category or source, with a date
     * only, or whose zone disagrees with the map (the latest {@link IncidentRows#LIMIT}).
     */
    void openWarning(DataWarning w) {
        DrillViewModel.Result r = model.result().get();
        if (r == null || !w.opensRows()) {
            return;
        }
        if (!tableOpen) {
            toggleTable();
        }
        long request = ++tableRequest;
        if (w.kind() == DataWarning.Kind.SPARSE_CELLS) {
            List<CellStats> sparse = r.drill().cells().stream()
                    .filter(c -> c.incidents() < ScopeQuery.MIN_INCIDENTS)
                    .toList();
            table.showCells(sparse, r.scope().res(), sparse.size());
            table.showFilter(w.text());
            return;
        }
        view.incidents(r.scope(), w, rows -> {
            if (request == tableRequest) {
                table.showIncidents(rows, w.count(), DisplayLanguage.current());
                table.showFilter(w.text());
            }
        });
    }

    /** Shows or hides the attribute table below the map (F6). */
    void toggleTable() {
        tableOpen = !tableOpen;
        if (tableOpen) {
            centre.getItems().setAll(console, table);
            centre.setDividerPositions(0.68);
        } else {
            centre.getItems().setAll(console);
        }
    }

    /**
     * Opens the import dialog (Ctrl+I); {@link #lastImportDialog()} is it. The map shows the new
     * incidents at once; a store that had none opens its map when the dialog closes.
     */
    void openImport() {
        if (tasks == null) {
            return;
        }
        if (welcome == null) {
            lastImport = new ImportDialog(stage, tasks, () -> {
                view.imported(this::fitExtent);
                forecastPanel.imported();
            });
        } else {
            boolean[] imported = {false};
            lastImport = new ImportDialog(stage, tasks, () -> imported[0] = true);
            lastImport.stage().setOnHidden(e -> {
                if (imported[0]) {
                    reopen();
                }
            });
        }
        lastImport.show();
    }

    /** The Load boundaries dialog opened last, or null (tests drive it). */
    public LoadBoundariesDialog lastBoundariesDialog() {
        return lastBoundaries;
    }

    /** The import history opened last, or null (tests drive it). */
    public ImportHistoryDialog lastImportHistory() {
        return lastHistory;
    }

    /** The window shown on this window's stage now: this one, or the one that replaced it (another store, or this one reopened). */
    public ReadOnlyObjectProperty<WorkstationWindow> current() {
        return current;
    }

    /** The welcome page shown for a store without incidents, else null. */
    public Node welcome() {
        return welcome;
    }

    /** The Live alerts panel. */
    public AlertQueuePanel alertPanel() {
        return alertPanel;
    }

    /** The Forecast tab. */
    public ForecastPanel forecastPanel() {
        return forecastPanel;
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
        java.io.File f = saveAs(
                Messages.text("export.png.title"),
                "map.png",
                new FileChooser.ExtensionFilter(Messages.text("export.png.filter"), "*.png"));
        if (f != null) {
            try {
                writePng(f.toPath());
                statusBar.setStatus(Messages.text("export.png.saved", f));
            } catch (IOException ex) {
                statusBar.setError(Messages.text("export.cannotWrite", f, ex.getMessage()));
            }
        }
    }

    /** Writes the map as it is shown (with legend and scale bar) to a PNG file. */
    public void writePng(Path file) throws IOException {
        javafx.scene.image.WritableImage img = console.snapshot(null, null);
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
    }

    private void exportTable() {
        java.io.File f = saveAs(
                Messages.text("export.table.title"), "attributes.csv", new FileChooser.ExtensionFilter("CSV", "*.csv"));
        if (f != null) {
            try {
                table.exportCsv(f.toPath());
                statusBar.setStatus(Messages.text("export.table.saved", f));
            } catch (IOException ex) {
                statusBar.setError(Messages.text("export.cannotWrite", f, ex.getMessage()));
            }
        }
    }

    private java.io.File saveAs(String title, String name, FileChooser.ExtensionFilter filter) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(filter);
        return fc.showSaveDialog(stage);
    }

    /**
     * File > Settings: language, units and the resolution a store opens at, saved and applied at
     * once (the scale bar's units; the resolution from the next store opened), and the basemap and
     * feed dialogs. Another language rebuilds the window on the open store, in its words and
     * direction, with the zone names of the language.
     */
    void openSettings() {
        String before = WorkstationSettings.load().language();
        SettingsDialog.ask(
                        stage, WorkstationSettings.load(), this::basemapSettings, () -> alertPanel.openSettings(stage))
                .ifPresent(s -> {
                    s.save();
                    if (!s.language().equals(before)) {
                        Messages.use(DisplayLanguage.current());
                        reopen();
                        return;
                    }
                    console.scaleBar().setImperial(s.imperial());
                    model.refresh();
                });
    }

    private void basemapSettings() {
        BasemapDialog.ask(stage, BasemapSettings.forStore(storeDir), streetsEntry())
                .ifPresent(chosen -> {
                    chosen.save(BasemapSettings.file(storeDir));
                    view.switchBasemap(chosen, labels -> console.setBasemap(BasemapTiles.attribution(), labels));
                });
    }

    /** What the store's street layer is, for the basemap dialog. */
    private String streetSummary = Messages.text("streets.none");

    private BasemapDialog.Streets streetsEntry() {
        return new BasemapDialog.Streets() {
            @Override
            public String current() {
                return streetSummary;
            }

            @Override
            public void load(Path file, java.util.function.Consumer<String> status) {
                loadStreets(file, status);
            }
        };
    }

    /** The line on the store's street layer the basemap dialog shows. */
    String streetSummary() {
        return streetSummary;
    }

    /**
     * Loads a street file into the store in the background ({@code khareetaty streets load}) and
     * draws the new layer; {@code status} gets a line on how it went.
     */
    void loadStreets(Path file, java.util.function.Consumer<String> status) {
        view.loadStreets(
                file,
                r -> {
                    streetSummary = r.source().summary();
                    console.streets().reload();
                    status.accept(Messages.text("streets.loaded", streetSummary, r.seconds()));
                },
                e -> status.accept(Messages.text("streets.notLoaded", e.getMessage())));
    }

    /** Help > User guide: docs/ rendered to HTML (with the screenshots) and opened in the desktop's browser. */
    private void openUserGuide() {
        var docs = org.khareetaty.app.ui.help.UserGuide.docs();
        if (docs.isEmpty()) {
            statusBar.setError(Messages.text("guide.missing", org.khareetaty.app.ui.help.UserGuide.DOCS_PROPERTY));
            return;
        }
        tasks.submit(
                "rendering the user guide",
                () -> org.khareetaty.app.ui.help.UserGuide.renderToCache(docs.get()),
                page -> {
                    statusBar.setStatus(Messages.text("guide.opened", page));
                    Workstation.open(page.toUri().toString());
                });
    }

    /** Help > About: version, licence, data credits. */
    private void showAbout() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle(Messages.text("menu.help.about"));
        a.setHeaderText(org.khareetaty.app.release.Release.current().describe());
        List<String> lines = org.khareetaty.app.ui.help.About.lines(org.khareetaty.app.release.Release.current());
        a.setContentText(String.join("\n", lines.subList(1, lines.size())));
        a.getDialogPane().setId("about");
        org.khareetaty.app.ui.i18n.DialogButtons.translate(a.getDialogPane());
        a.show();
    }

    private void showShortcuts() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle(Messages.text("menu.help.shortcuts"));
        a.setHeaderText(Messages.text("menu.help.shortcuts"));
        a.setContentText(Messages.text("shortcuts.text"));
        org.khareetaty.app.ui.i18n.DialogButtons.translate(a.getDialogPane());
        a.show();
    }

    /** Stops the window's work and, when {@code closeStore}, closes the store. */
    private void close(boolean closeStore) {
        if (tasks == null) {
            return;
        }
        if (model != null) {
            layout.save(stage, main, centre, tableOpen);
            playback.stop();
            live.close();
        }
        tasks.close();
        if (closeStore) {
            tasks.store().close();
        }
        tasks = null;
    }

    /** True once the store is open and the first drill-down was asked for. */
    public ReadOnlyBooleanProperty ready() {
        return ready.getReadOnlyProperty();
    }

    public DrillViewModel model() {
        return model;
    }

    /** The Bookmarks menu (tests delete through it). */
    javafx.scene.control.Menu bookmarksMenu() {
        return bookmarksMenu;
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
