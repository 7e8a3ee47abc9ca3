package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.Drill;
import org.khareetaty.core.hexgrid.DrillScope;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real workstation window on a store with TestFX (headless Monocle) and drives it. */
final class WindowDriver {
    final FxRobot robot = new FxRobot();
    final WorkstationWindow window;

    private WindowDriver(WorkstationWindow window) {
        this.window = window;
    }

    /** Opens the window on {@code dir} and waits for the first drill-down (or, for an empty store, for it to be ready). */
    static WindowDriver open(Path dir, boolean expectData) throws Exception {
        return open(dir, expectData, "khareetaty-ui-tests");
    }

    /** {@link #open(Path, boolean)} with the window's preferences (language, layout) read from node {@code prefs}. */
    static WindowDriver open(Path dir, boolean expectData, String prefs) throws Exception {
        System.setProperty("khareetaty.prefs", prefs);
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkstationWindow[] w = new WorkstationWindow[1];
        FxToolkit.setupFixture(() -> {
            w[0] = new WorkstationWindow(stage, dir, false);
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1600);
            stage.setHeight(1000);
            stage.show();
        });
        WindowDriver d = new WindowDriver(w[0]);
        d.waitFor(120, () -> d.window.ready().get());
        if (expectData) {
            d.waitForResult(null);
        }
        return d;
    }

    /**
     * The window that replaced this one on its stage (another store opened, or this store reopened
     * after a layer load or its first import), once it is ready; with {@code expectData}, once its
     * first drill-down is shown.
     */
    WindowDriver replaced(boolean expectData) throws Exception {
        waitFor(
                120,
                () -> window.current().get() != window
                        && window.current().get().ready().get());
        WindowDriver d = new WindowDriver(window.current().get());
        if (expectData) {
            d.waitForResult(null);
        }
        return d;
    }

    void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Whether a node matching {@code selector} is in the scene, looked up on the FX thread: a lookup from
     * the test thread can race a dialog rebuilding its children (IndexOutOfBoundsException in lookupAll).
     */
    boolean present(String selector) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(selector).tryQuery().isPresent())
                .get(10, TimeUnit.SECONDS);
    }

    /** Waits until the drill-down shown is not {@code previous} and no drill-down is running. */
    DrillViewModelResult waitForResult(Object previous) throws Exception {
        waitFor(
                120,
                () -> window.model().result().get() != null
                        && window.model().result().get() != previous
                        && !window.model().loading().get()
                        && window.tasks().running().get() == 0);
        return new DrillViewModelResult(window.model().result().get());
    }

    /** The drill-down of {@code scope} computed directly, as {@code khareetaty drill} computes it. */
    Drill direct(DrillScope scope) throws Exception {
        try (Connection c = window.tasks().store().connect()) {
            return Drill.of(c, scope);
        }
    }

    /** The drill-down of {@code scope} straight from the store, its sentences and labels in {@code language}. */
    Drill direct(DrillScope scope, java.util.Locale language) throws Exception {
        try (Connection c = window.tasks().store().connect()) {
            return org.khareetaty.core.hexgrid.DrillSession.open(c, language).drill(c, scope);
        }
    }

    /** Clicks the centre of an H3 cell on the map. */
    void clickCell(long cell) {
        var centre = H3Cells.h3().cellToLatLng(cell);
        Point2D[] p = new Point2D[1];
        robot.interact(() -> p[0] = window.console().screenPoint(centre.lng, centre.lat));
        assertNotNull(p[0]);
        robot.clickOn(p[0]);
    }

    void close() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the attribute table, then the window: the window remembers whether the table was open (WindowLayout). */
    void closeTableAndWindow() throws Exception {
        robot.interact(() -> {
            if (window.tableOpen()) {
                window.toggleTable();
            }
        });
        close();
    }

    /** The result shown, wrapped for readable assertions. */
    record DrillViewModelResult(org.khareetaty.app.ui.drill.DrillViewModel.Result result) {
        DrillScope scope() {
            return result.scope();
        }

        Drill drill() {
            return result.drill();
        }
    }
}
