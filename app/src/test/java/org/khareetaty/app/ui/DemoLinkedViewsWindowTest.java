package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.app.ui.drill.PlaybackStep;
import org.khareetaty.app.ui.map.HexCell;
import org.khareetaty.core.hexgrid.DataWarning;
import org.khareetaty.core.hexgrid.DrillScope;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17 items 1 and 6 on the Kuwait demo (30,000 incidents over November and December 2025, the real
 * governorates, its planted defects), as DrillDownWindowTest and WarningRowsWindowTest check them on Chicago:
 * pause, whole period, a category, a range change and playback by week and by month keep map, legend, banner,
 * KPIs and charts on the model's scope; rows selected in the attribute table are selected on the map and the
 * reverse; the warning of incidents whose own governorate disagrees with the map lists those incidents, checked
 * against the store read with SQL of the test's own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoLinkedViewsWindowTest {
    @TempDir
    static Path dir;

    static WindowDriver ui;

    @BeforeAll
    static void open() throws Exception {
        Path kuwait = KuwaitDemoStore.build(dir, 30_000);
        ui = WindowDriver.open(kuwait, true);
        ui.robot.interact(() -> {
            ui.window.model().from().set(ui.window.model().firstDay().get());
            ui.window.model().to().set(ui.window.model().lastDay().get());
        });
        ScopeAgreement.settled(ui);
    }

    @AfterAll
    static void close() throws Exception {
        if (ui != null) {
            ui.closeTableAndWindow();
        }
    }

    private static WindowDriver.DrillViewModelResult agreed() throws Exception {
        WindowDriver.DrillViewModelResult shown = ScopeAgreement.settled(ui);
        ScopeAgreement.allAgree(ui, shown, ui.direct(shown.scope()));
        return shown;
    }

    @Test
    @Order(1)
    void pauseWholePeriodCategoryRangeAndPlaybackStepsKeepEveryViewOnTheModelsScope() throws Exception {
        DrillScope period = agreed().scope();
        assertEquals(LocalDate.of(2025, 11, 1), period.from());
        // play by day, pause past the third day: everything shows that one day
        ui.robot.clickOn("#play");
        ui.waitFor(
                60,
                () -> ui.window.model().frame().get() != null
                        && ui.window.model().frame().get().isAfter(period.from().plusDays(2)));
        ui.robot.clickOn("#play");
        DrillScope paused = agreed().scope();
        assertEquals(paused.from(), paused.to(), "a frame of one day");
        ui.robot.clickOn("#whole-period");
        assertEquals(period, agreed().scope(), "whole period after a pause leaves the day everywhere");
        // a day, then a category off: the day stays, the figures follow the category
        ui.robot.interact(() -> ui.window.model().showFrame(LocalDate.of(2025, 12, 24)));
        agreed();
        ui.robot.clickOn("#category-violent");
        DrillScope filtered = agreed().scope();
        assertEquals(LocalDate.of(2025, 12, 24), filtered.from());
        assertFalse(filtered.categories().contains("violent"));
        ui.robot.clickOn("#category-violent");
        agreed();
        // a range change while a day is shown: December shown whole
        ui.robot.interact(() -> ui.window.model().from().set(LocalDate.of(2025, 12, 1)));
        DrillScope december = agreed().scope();
        assertEquals(LocalDate.of(2025, 12, 1), december.from());
        assertEquals(null, ui.window.model().frame().get());
        // by week: the frame becomes the Monday-to-Sunday week that holds the day shown
        ui.robot.interact(() -> ui.window.model().showFrame(LocalDate.of(2025, 12, 18)));
        agreed();
        ui.robot.interact(() -> ui.window.model().step().set(PlaybackStep.WEEK));
        DrillScope week = agreed().scope();
        assertEquals(LocalDate.of(2025, 12, 15), week.from(), "the Monday of 18 December 2025");
        assertEquals(DayOfWeek.MONDAY, week.from().getDayOfWeek());
        assertEquals(6, ChronoUnit.DAYS.between(week.from(), week.to()));
        // by month over the whole period at the fastest speed: playback pauses on December
        ui.robot.interact(() -> {
            ui.window.model().from().set(period.from());
            ui.window.model().step().set(PlaybackStep.MONTH);
            ui.window.playback().speed().set(8);
        });
        agreed();
        ui.robot.clickOn("#play");
        DrillScope last = agreed().scope();
        assertEquals(LocalDate.of(2025, 12, 1), last.from(), "paused on the last month");
        assertEquals(period.to(), last.to());
        ui.robot.interact(() -> ui.window.model().step().set(PlaybackStep.DAY));
        ui.robot.clickOn("#whole-period");
        assertEquals(period, agreed().scope());
    }

    @Test
    @Order(2)
    void rowsSelectedInTheTableAreSelectedOnTheMapAndTheReverse() throws Exception {
        ScopeAgreement.settled(ui);
        ui.robot.interact(() -> {
            if (!ui.window.tableOpen()) {
                ui.window.toggleTable();
            }
        });
        var table = ui.window.table().tableView();
        assertTrue(
                table.getItems().size() > 5,
                "the demo's cells: " + table.getItems().size());
        ui.robot.interact(() -> {
            table.getSortOrder().clear();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(0, 2, 5);
        });
        Set<Long> rowsCells = Set.of(
                table.getItems().get(0).cell(),
                table.getItems().get(2).cell(),
                table.getItems().get(5).cell());
        assertEquals(rowsCells, ui.window.console().hexagons().selected(), "the rows' cells are selected on the map");
        HexCell other = ui.window.console().hexagons().cells().stream()
                .filter(c -> !rowsCells.contains(c.cell()))
                .max(java.util.Comparator.comparingLong(HexCell::incidents))
                .orElseThrow();
        ui.robot.clickOn("#tool-identify");
        ui.clickCell(other.cell());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(other.cell()), ui.window.table().selectedCells());
        assertEquals(other.cell(), table.getSelectionModel().getSelectedItem().cell());
        ui.robot.type(KeyCode.ESCAPE);
        ui.robot.clickOn("#tool-drill");
    }

    @Test
    @Order(3)
    void theZoneDisagreementWarningOpensTheDemosFlaggedIncidents() throws Exception {
        WindowDriver.DrillViewModelResult shown = ScopeAgreement.settled(ui);
        DataWarning w = shown.drill().warnings().stream()
                .filter(x -> x.kind() == DataWarning.Kind.ZONE_MISMATCH)
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no zone warning: " + shown.drill().warningTexts()));
        List<String> expected = new java.util.ArrayList<>();
        try (Connection c = ui.window.tasks().store().connect();
                PreparedStatement ps = c.prepareStatement("SELECT offense_description, lon, lat FROM incidents "
                        + "WHERE local_date BETWEEN ? AND ? AND zone_mismatch IS NOT NULL")) {
            ps.setObject(1, shown.scope().from());
            ps.setObject(2, shown.scope().to());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    expected.add(rs.getString(1) + " at " + rs.getDouble(2) + ", " + rs.getDouble(3));
                }
            }
        }
        assertFalse(expected.isEmpty(), "the demo plants incidents whose governorate disagrees with the map");
        assertEquals(expected.size(), w.count(), w.text());
        Hyperlink link = ui.window.notes().link(w.kind());
        assertNotNull(link, "the warning is a link: " + w.text());
        ui.robot.clickOn(link);
        ui.waitFor(
                60,
                () -> ui.window.table().caption().endsWith(w.text())
                        && ui.window.tasks().running().get() == 0);
        assertTrue(ui.window.tableOpen());
        // the demo's incidents carry no case number nor source id: they are told apart by description and place
        List<String> headers = ui.window.table().headers();
        List<String> shownRows = ui.window.table().rows().stream()
                .map(r -> r.get(headers.indexOf("description")) + " at " + r.get(headers.indexOf("lon")) + ", "
                        + r.get(headers.indexOf("lat")))
                .sorted()
                .toList();
        assertEquals(expected.stream().sorted().toList(), shownRows, w.text());
    }
}
