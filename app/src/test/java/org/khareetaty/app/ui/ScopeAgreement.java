package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.map.HexCell;
import org.khareetaty.core.hexgrid.Drill;
import org.khareetaty.core.hexgrid.DrillScope;

/**
 * Issue 17 item 1, shared by the Chicago and the demo window tests: one model drives the map, legend, banner,
 * KPIs and charts, so after any change of period, category or playback frame they all show the model's scope.
 */
final class ScopeAgreement {
    private ScopeAgreement() {}

    /**
     * The model's scope is the one shown, and the KPIs ({@code expected}, what Drill.of gives for it), map,
     * charts, frame label, banner, legend and colour scale all show it.
     */
    static void allAgree(WindowDriver ui, WindowDriver.DrillViewModelResult shown, Drill expected) throws Exception {
        var model = ui.window.model();
        DrillScope scope = shown.scope();
        assertEquals(model.scope(), scope, "the model's scope is the one shown");
        assertEquals(
                String.format(Locale.ROOT, "%,d", expected.kpis().total()),
                ui.window.kpis().totalText(),
                "KPI card, " + scope);
        assertEquals(
                expected.kpis().total(),
                ui.window.console().hexagons().cells().stream()
                        .mapToLong(HexCell::incidents)
                        .sum(),
                "the hexagons on the map hold every incident in scope");
        long total = expected.kpis().total();
        var profiles = ui.window.charts().profiles();
        assertEquals(shown.drill().profiles(), profiles, "the charts show the scope's profiles");
        assertEquals(
                total, java.util.Arrays.stream(profiles.dayOfWeek()).sum(), "the day-of-week chart counts the scope");
        String label = ui.robot
                .lookup("#frame-label")
                .queryAs(javafx.scene.control.Label.class)
                .getText();
        String legend = ui.window.console().legend().titleText();
        var frame = shown.result().frame();
        if (model.frame().get() == null) {
            assertEquals(null, frame);
            assertEquals(model.periodScope(), scope);
            assertEquals(Messages.text("filters.wholePeriod.label"), label);
            assertEquals(null, ui.window.console().bannerText(), "no banner over the whole period");
            assertTrue(legend.startsWith("Incidents"), legend);
            assertFalse(legend.contains(" per "), legend);
        } else {
            assertEquals(model.frame().get(), scope.from());
            assertEquals(scope.from(), frame.start());
            assertEquals(scope.to(), frame.end());
            assertEquals(frame.days(), label);
            assertEquals(frame.banner(total), ui.window.console().bannerText());
            assertTrue(legend.startsWith(frame.scaleTitle()), legend);
            long max;
            try (java.sql.Connection c = ui.window.tasks().store().connect()) {
                var cube = org.khareetaty.core.hexgrid.DrillSession.open(c).cube(c);
                max = org.khareetaty.app.ui.drill.DrillViewModel.maxPerFrame(cube, model.periodScope(), frame.step());
            }
            assertEquals(
                    Math.max(1, max), frame.scaleMax(), "the top of the scale is the busiest cell-frame of the period");
            assertEquals(
                    org.khareetaty.app.ui.map.ColourScale.linear(
                                    frame.scaleTitle(), max, org.khareetaty.app.ui.map.ColourScale.YL_OR_RD)
                            .breaks()[3],
                    ui.window.console().hexagons().scale().breaks()[3],
                    1e-9);
        }
    }

    /** Waits until playback has stopped and the frame (or period) shown is the model's. */
    static WindowDriver.DrillViewModelResult settled(WindowDriver ui) throws Exception {
        try {
            waitSettled(ui);
        } catch (java.util.concurrent.TimeoutException e) {
            var m = ui.window.model();
            throw new AssertionError("not settled: playing "
                    + ui.window.playback().playing().get() + ", loading "
                    + m.loading().get() + ", running "
                    + ui.window.tasks().running().get() + ", error "
                    + ui.window.tasks().lastError().get() + ", scope " + m.scope() + ", shown "
                    + (m.result().get() == null ? null : m.result().get().scope()));
        }
        return new WindowDriver.DrillViewModelResult(ui.window.model().result().get());
    }

    private static void waitSettled(WindowDriver ui) throws Exception {
        ui.waitFor(
                60,
                () -> !ui.window.playback().playing().get()
                        && !ui.window.model().loading().get()
                        && ui.window.tasks().running().get() == 0
                        && ui.window.model().result().get() != null
                        && ui.window
                                .model()
                                .result()
                                .get()
                                .scope()
                                .equals(ui.window.model().scope()));
    }
}
