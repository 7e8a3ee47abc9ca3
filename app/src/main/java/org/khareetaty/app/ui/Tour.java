package org.khareetaty.app.ui;

import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;
import org.khareetaty.app.ui.drill.DrillViewModel;
import org.khareetaty.app.ui.map.MapTool;
import org.khareetaty.core.geo.H3Cells;

/**
 * Puts the window in one of the states shown in the user guide's screenshots, when the system
 * property {@code khareetaty.tour} names it: {@code city} (the default view), {@code street}
 * (drilled into the busiest cells down to micro-blocks, with the attribute table), {@code hotspots}
 * (DBSCAN and Gi* run with the form's defaults), {@code import:FILE} (FILE imported through the
 * import dialog) or {@code alerts} (the demo feed started at {@value #ALERTS_SPEED}x; after
 * {@value #ALERTS_SECONDS} s the most urgent open alert is selected). Used to retake the screenshots (docs/workstation.md).
 */
final class Tour {
    static final double ALERTS_SPEED = 900;
    static final int ALERTS_SECONDS = 35;

    private Tour() {
    }

    static void start(WorkstationWindow w) {
        String tour = System.getProperty("khareetaty.tour", "");
        if (tour.isEmpty() || tour.equals("city")) {
            return;
        }
        DrillViewModel m = w.model();
        if (tour.equals("street")) {
            ChangeListener<DrillViewModel.Result> down = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends DrillViewModel.Result> o, DrillViewModel.Result a,
                        DrillViewModel.Result r) {
                    if (r.scope().res() < H3Cells.MAX_RES && !r.drill().cells().isEmpty()) {
                        later(() -> m.drillInto(r.drill().cells().get(0).cell()));
                    } else {
                        m.result().removeListener(this);
                        later(() -> {
                            w.toggleTableForTour();
                            w.console().tool().set(MapTool.IDENTIFY);
                        });
                    }
                }
            };
            m.result().addListener(down);
            if (m.result().get() != null) {
                down.changed(null, null, m.result().get());
            }
        } else if (tour.equals("hotspots")) {
            later(() -> w.runHotspotsForTour());
        } else if (tour.equals("alerts")) {
            later(() -> {
                w.startDemoForTour(ALERTS_SPEED);
                PauseTransition wait = new PauseTransition(Duration.seconds(ALERTS_SECONDS));
                wait.setOnFinished(e -> {
                    var queue = w.alertPanel().live().queue();
                    if (!queue.isEmpty()) {
                        w.alertPanel().reveal(queue.get(0).id());
                    }
                });
                wait.play();
            });
        } else if (tour.startsWith("import:")) {
            later(() -> w.importForTour(Path.of(tour.substring("import:".length()))));
        }
    }

    private static void later(Runnable r) {
        PauseTransition p = new PauseTransition(Duration.millis(600));
        p.setOnFinished(e -> r.run());
        p.play();
    }
}
