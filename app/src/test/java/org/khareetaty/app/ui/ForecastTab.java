package org.khareetaty.app.ui;

import javafx.scene.control.TabPane;
import org.khareetaty.app.ui.forecast.ForecastPanel;

/** The Forecast tab of a window under test: opened, and waited on until it has nothing under way. */
final class ForecastTab {
    private ForecastTab() {}

    /** Selects the Forecast tab and waits until it shows a layer and is idle. */
    static void open(WindowDriver ui) throws Exception {
        ui.robot.interact(() -> ui.robot
                .lookup("#right-tabs")
                .queryAs(TabPane.class)
                .getSelectionModel()
                .select(2));
        ui.waitFor(60, () -> ui.window.forecastPanel().shown() != null && idle(ui));
    }

    /** Whether the tab loads, fits and the window's store tasks run nothing. */
    static boolean idle(WindowDriver ui) {
        ForecastPanel panel = ui.window.forecastPanel();
        return !panel.loading()
                && !panel.working()
                && ui.window.tasks().running().get() == 0;
    }
}
