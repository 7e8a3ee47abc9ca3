package org.khareetaty.app.ui;

import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.khareetaty.app.cli.Khareetaty;
import org.khareetaty.app.ui.drill.DrillViewModel;
import org.khareetaty.app.ui.forecast.ForecastPanel;
import org.khareetaty.app.ui.map.MapTool;
import org.khareetaty.app.ui.report.MapLayoutExport;
import org.khareetaty.app.ui.report.ReportExportDialog;
import org.khareetaty.core.geo.H3Cells;

/**
 * Opens the workstation like {@code khareetaty --store DIR} and puts the window in one of the states
 * shown in the user guide's screenshots, named by the system property {@code khareetaty.tour}:
 * {@code city} (the default view), {@code street} (drilled into the busiest cells down to
 * micro-blocks, with the attribute table), {@code hotspots} (DBSCAN and then Gi* run with the form's
 * defaults), {@code results} (as {@code hotspots}, with the results table open), {@code import:FILE} (FILE imported through the import dialog), {@code report} (drilled into the
 * busiest cell, File > Export report… open with its first page previewed), {@code layout:FILE} (the
 * map exported as a layout to FILE, PNG or PDF), {@code forecast-cell:R} (drilled into the busiest cells down to
 * a cell of resolution R, at r10 the busiest selected under its r9 cell, then the Forecast tab: that cell's forecast fitted on demand),
 * {@code forecast-whole} (the Forecast tab at the whole area: with nothing stored, its forecast fitted on demand), {@code forecast} (the Forecast tab
 * with tomorrow's patrol boxes), {@code settings} (File > Settings), {@code history} (File > Import
 * history) or {@code alerts} (the
 * demo feed started at {@value #ALERTS_SPEED}x; after {@value #ALERTS_SECONDS} s the most urgent open
 * alert is selected). Used to retake the screenshots (docs/workstation.md), from the test classes:
 * {@code java -Dkhareetaty.tour=street -cp app/target/khareetaty.jar:app/target/test-classes
 * org.khareetaty.app.ui.Tour --store DIR}.
 */
public final class Tour {
    static final double ALERTS_SPEED = 900;
    static final int ALERTS_SECONDS = 35;

    private Tour() {}

    /** Runs the program with {@code args} (as {@code khareetaty}), touring the window once it is ready. */
    public static void main(String[] args) {
        String tour = System.getProperty("khareetaty.tour", "city");
        String language = System.getProperty("khareetaty.tour.language");
        if (language != null) {
            // the window in that language (File > Settings), kept in a preference node of its own
            System.setProperty("khareetaty.prefs", "khareetaty-tour-" + language);
            new org.khareetaty.app.ui.settings.WorkstationSettings(
                            language, false, org.khareetaty.app.ui.settings.WorkstationSettings.DEFAULT_RES)
                    .save();
        }
        Workstation.onWindow(w -> w.ready().addListener((o, was, ready) -> {
            if (ready) {
                start(w, tour);
            }
        }));
        Khareetaty.main(args);
    }

    static void start(WorkstationWindow w, String tour) {
        if (tour.isEmpty() || tour.equals("city")) {
            return;
        }
        DrillViewModel m = w.model();
        if (tour.equals("street")) {
            ChangeListener<DrillViewModel.Result> down = new ChangeListener<>() {
                @Override
                public void changed(
                        ObservableValue<? extends DrillViewModel.Result> o,
                        DrillViewModel.Result a,
                        DrillViewModel.Result r) {
                    if (r.scope().res() < H3Cells.MAX_RES && !r.drill().cells().isEmpty()) {
                        later(() -> m.drillInto(r.drill().cells().get(0).cell()));
                    } else {
                        m.result().removeListener(this);
                        later(() -> {
                            w.toggleTable();
                            w.console().tool().set(MapTool.IDENTIFY);
                        });
                    }
                }
            };
            m.result().addListener(down);
            if (m.result().get() != null) {
                down.changed(null, null, m.result().get());
            }
        } else if (tour.equals("playback")) {
            // a week of the period, paused: the banner, the fixed scale in the legend, the slider's controls
            later(() -> {
                m.step().set(org.khareetaty.app.ui.drill.PlaybackStep.WEEK);
                m.showFrame(org.khareetaty.app.ui.drill.PlaybackStep.WEEK.start(
                        m.periodScope().from().plusWeeks(20)));
            });
        } else if (tour.equals("hotspots") || tour.equals("results")) {
            later(() -> {
                ((TitledPane) w.stage().getScene().lookup("#pane-hotspots")).setExpanded(true);
                w.hotspotPanel().setOnDbscan(() -> {
                    w.console().fit(w.hotspotPanel().hotspotsExtent());
                    w.hotspotPanel().runGiStar(); // one analysis at a time
                });
                w.hotspotPanel().runDbscan();
                if (tour.equals("results")) {
                    until(500, () -> {
                        if (w.hotspotPanel().giTable().rows().isEmpty()) {
                            return false;
                        }
                        w.hotspotPanel().showResults();
                        return true;
                    });
                }
            });
        } else if (tour.equals("alerts")) {
            later(() -> {
                TabPane tabs = (TabPane) w.stage().getScene().lookup("#right-tabs");
                tabs.getSelectionModel()
                        .select(tabs.getTabs().stream()
                                .filter(t -> "tab-alerts".equals(t.getId()))
                                .findFirst()
                                .orElseThrow());
                w.alertPanel().startDemo(ALERTS_SPEED);
                PauseTransition wait = new PauseTransition(Duration.seconds(ALERTS_SECONDS));
                wait.setOnFinished(e -> {
                    var queue = w.alertPanel().live().queue();
                    if (!queue.isEmpty()) {
                        w.alertPanel().reveal(queue.get(0).id());
                    }
                });
                wait.play();
            });
        } else if (tour.equals("report")) {
            // the last 13 weeks, drilled into the busiest cell, File > Export report… open with the first page
            // previewed
            later(() -> {
                m.from().set(m.lastDay().get().minusWeeks(13).plusDays(1));
                m.to().set(m.lastDay().get());
                PauseTransition drawn = new PauseTransition(Duration.seconds(4));
                drawn.setOnFinished(e -> drillIntoBusiest(w, () -> {
                    new ReportExportDialog(w.stage(), w.tasks(), m, w.console()).show();
                    pressWhenEnabled("#report-preview-button");
                }));
                drawn.play();
            });
        } else if (tour.startsWith("layout:")) {
            Path file = Path.of(tour.substring("layout:".length()));
            later(() -> new MapLayoutExport(
                            w.stage(),
                            w.tasks(),
                            m,
                            w.console(),
                            s -> System.err.println(s),
                            e -> System.err.println(e))
                    .write(file, p -> {}));
        } else if (tour.equals("forecast")) {
            later(() -> forecast(w));
        } else if (tour.equals("forecast-whole")) {
            later(() -> forecastTab(w));
        } else if (tour.startsWith("forecast-cell:")) {
            int res = Integer.parseInt(tour.substring("forecast-cell:".length()));
            // an r10 cell cannot be drilled into: drilled to its r9 cell, the busiest r10 cell is selected, as a click
            // does
            later(() -> drillDownTo(w, Math.min(res, H3Cells.MAX_RES - 1), () -> {
                if (res == H3Cells.MAX_RES) {
                    w.console()
                            .hexagons()
                            .select(w.model()
                                    .result()
                                    .get()
                                    .drill()
                                    .cells()
                                    .get(0)
                                    .cell());
                }
                forecastTab(w);
            }));
        } else if (tour.equals("settings")) {
            // a modal dialog (showAndWait) may not open from an animation's handler: after it
            later(() -> javafx.application.Platform.runLater(w::openSettings));
        } else if (tour.equals("history")) {
            later(w::openImportHistory);
        } else if (tour.startsWith("streets:")) {
            // the street layer loaded from FILE, then the Loop at zoom 16 under r10 hexagons of the
            // whole period; prints the streets' draw time (the layer and its names) of ten redraws
            Path file = Path.of(tour.substring("streets:".length()));
            ChangeListener<DrillViewModel.Result> shown = new ChangeListener<>() {
                @Override
                public void changed(
                        ObservableValue<? extends DrillViewModel.Result> o,
                        DrillViewModel.Result a,
                        DrillViewModel.Result r) {
                    if (r.scope().res() == H3Cells.MAX_RES) {
                        m.result().removeListener(this);
                        w.console().goTo(41.8800, -87.6300, 16);
                        PauseTransition settle = new PauseTransition(Duration.seconds(15));
                        settle.setOnFinished(e -> timeStreets(w, 10, new java.util.ArrayList<>()));
                        settle.play();
                    }
                }
            };
            later(() -> w.loadStreets(file, status -> {
                System.out.println(status);
                m.result().addListener(shown);
                m.from().set(m.firstDay().get());
                m.to().set(m.lastDay().get());
                m.wholeAreaRes().set(H3Cells.MAX_RES);
            }));
        } else if (tour.startsWith("import:")) {
            later(() -> {
                w.openImport();
                w.lastImportDialog().preview(Path.of(tour.substring("import:".length())));
                pressWhenEnabled("#import-start");
            });
        }
    }

    /** Drills into the busiest cell of the view, then runs {@code then}. */
    private static void drillIntoBusiest(WorkstationWindow w, Runnable then) {
        DrillViewModel m = w.model();
        ChangeListener<DrillViewModel.Result> drilled = new ChangeListener<>() {
            @Override
            public void changed(
                    ObservableValue<? extends DrillViewModel.Result> o,
                    DrillViewModel.Result a,
                    DrillViewModel.Result r) {
                m.result().removeListener(this);
                later(then);
            }
        };
        later(() -> {
            m.result().addListener(drilled);
            m.drillInto(m.result().get().drill().cells().get(0).cell());
        });
    }

    /** Drills into the busiest cell of each view until the drill is on a cell of {@code res}, then runs {@code then}. */
    private static void drillDownTo(WorkstationWindow w, int res, Runnable then) {
        DrillViewModel.Result r = w.model().result().get();
        if (r.scope().parent() != null && H3Cells.h3().getResolution(r.scope().parent()) >= res) {
            later(then);
        } else {
            drillIntoBusiest(w, () -> drillDownTo(w, res, then));
        }
    }

    /** Selects the Forecast tab. */
    private static void forecastTab(WorkstationWindow w) {
        TabPane tabs = (TabPane) w.stage().getScene().lookup("#right-tabs");
        tabs.getSelectionModel()
                .select(tabs.getTabs().stream()
                        .filter(t -> "tab-forecast".equals(t.getId()))
                        .findFirst()
                        .orElseThrow());
    }

    /**
     * The Forecast tab on the coarsest layer (its forecast made when none is stored), the whole area's chart,
     * tomorrow's patrol boxes at 5% (by the method and on the grid of {@code khareetaty.tour.patrol}, e.g.
     * {@code learned,h3:9}; default {@code selfexciting,150m}), the map framed on the riskiest box with about 4 km around it (incident points hidden: under zoom 14).
     */
    private static void forecast(WorkstationWindow w) {
        forecastTab(w);
        ForecastPanel f = w.forecastPanel();
        boolean[] asked = new boolean[2];
        until(500, () -> {
            if (f.shown() == null || f.loading() || f.working()) {
                return false;
            }
            if (f.shown().run() == null && !asked[0]) {
                asked[0] = true;
                ((Button) w.stage().getScene().lookup("#forecast-make")).fire();
                return false;
            }
            if (f.patrol() == null) {
                if (!asked[1]) {
                    asked[1] = true;
                    String[] patrol = System.getProperty("khareetaty.tour.patrol", "selfexciting,150m")
                            .split(",");
                    f.choosePatrol(patrol[0], patrol[1]);
                    f.showPatrol();
                }
                return false;
            }
            var top = f.patrol().boxes().get(0);
            w.console()
                    .fit(new org.locationtech.jts.geom.Envelope(
                            top.lon() - 0.045, top.lon() + 0.045, top.lat() - 0.035, top.lat() + 0.035));
            return true;
        });
    }

    /** Presses the button {@code id} of any window once it is enabled (the import dialog's Start, once the preview is read). */
    private static void pressWhenEnabled(String id) {
        until(200, () -> {
            Button b = Window.getWindows().stream()
                    .map(x -> x.getScene().lookup(id))
                    .filter(Button.class::isInstance)
                    .map(Button.class::cast)
                    .findFirst()
                    .orElse(null);
            if (b == null || b.isDisabled()) {
                return false;
            }
            b.fire();
            return true;
        });
    }

    /** Redraws the street layer {@code left} more times, then prints the draw times (ms). */
    private static void timeStreets(WorkstationWindow w, int left, java.util.List<Double> ms) {
        var streets = w.console().streets();
        if (left == 0) {
            java.util.Collections.sort(ms);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "streets at zoom %d: %d pieces drawn, %d names; draw (layer + names) median %.1f ms, max %.1f ms%n",
                    streets.drawnZoom(),
                    streets.drawn(),
                    streets.names().placed().size(),
                    ms.get(ms.size() / 2),
                    ms.get(ms.size() - 1));
            return;
        }
        streets.redraw();
        streets.names().redraw();
        PauseTransition p = new PauseTransition(Duration.millis(400));
        p.setOnFinished(e -> {
            ms.add((streets.lastDrawNanos() + streets.names().lastDrawNanos()) / 1e6);
            timeStreets(w, left - 1, ms);
        });
        p.play();
    }

    /** Runs {@code step} on the FX thread every {@code ms} milliseconds until it says it is done. */
    private static void until(int ms, java.util.function.BooleanSupplier step) {
        PauseTransition p = new PauseTransition(Duration.millis(ms));
        p.setOnFinished(e -> {
            if (!step.getAsBoolean()) {
                p.playFromStart();
            }
        });
        p.play();
    }

    private static void later(Runnable r) {
        PauseTransition p = new PauseTransition(Duration.millis(600));
        p.setOnFinished(e -> r.run());
        p.play();
    }
}
