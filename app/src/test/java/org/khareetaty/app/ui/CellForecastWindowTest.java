package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khareetaty.app.ui.forecast.ChartNumbers;
import org.khareetaty.app.ui.forecast.ForecastPanel;
import org.khareetaty.core.forecast.StoreCalendar;
import org.khareetaty.core.forecast.StoredForecasts;
import org.khareetaty.core.forecast.StoredSeries;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.Breadcrumb;
import org.khareetaty.core.hexgrid.CellForecast;
import org.khareetaty.core.hexgrid.CellForecasts;
import org.khareetaty.core.hexgrid.StoreDrillSession;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.StoreQueries;

/**
 * The Forecast tab on a drilled cell with no stored forecast, on the UI tests' real Chicago 2017-2019 sample
 * (nothing stored in it): drilled into the busiest r8 cell, or with the busiest r10 cell selected under its
 * drilled r9 cell, the tab fits the cell's forecast now and draws it (history, median, 80/95% bands, the
 * naive forecast) with its score against the naive forecast in plain words, saying it was fitted now and, for
 * these sparse cells, that it is low confidence and why; at the whole area, with no stored run of the layer
 * shown, it fits the whole area's forecast the same way. The numbers are core's {@link CellForecasts} on the
 * same store, computed before the window opened it.
 */
class CellForecastWindowTest {
    static Path store;
    static LocalDate last;
    static long r8;
    static long r10;
    static CellForecast expected8;
    static CellForecast expected10;
    static CellForecast expectedWhole;
    static WindowDriver ui;

    @BeforeAll
    static void open() throws Exception {
        store = ChicagoStore.dir();
        try (Store s = Store.open(store)) {
            assertTrue(StoredForecasts.list(s).stream().noneMatch(r -> r.scope().startsWith("h3:")), "none stored");
            last = s.read("read", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT MAX(local_date) FROM incidents");
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getObject(1, LocalDate.class);
                }
            });
            r8 = StoreQueries.busiestCell(s, 8);
            r10 = StoreQueries.busiestCell(s, 10);
            var cube = StoreDrillSession.open(s).cube();
            expected8 = CellForecasts.of(cube, r8, List.of(), 7, StoreCalendar.holidays(s));
            expected10 = CellForecasts.of(cube, r10, List.of(), 7, StoreCalendar.holidays(s));
            expectedWhole = CellForecasts.of(cube, null, List.of(), 7, StoreCalendar.holidays(s));
        }
        ui = WindowDriver.open(store, true);
        ForecastTab.open(ui);
    }

    @AfterAll
    static void close() throws Exception {
        if (ui != null) {
            ui.close();
        }
    }

    static ForecastPanel panel() {
        return ui.window.forecastPanel();
    }

    static boolean idle() {
        return ForecastTab.idle(ui);
    }

    @Test
    void drilledIntoAnR8CellWithNothingStoredTheTabFitsItsForecastNowAndDrawsIt() throws Exception {
        ui.robot.interact(() -> ui.window.model().drillInto(r8));
        ui.waitFor(120, () -> panel().onDemand() != null && panel().onDemand().of(r8) && idle());
        assertEquals("h3:8", panel().shown().layer(), "the tab turned to the r8 cells");
        assertNull(panel().shown().run(), "nothing stored for them");
        assertChartAndWords(r8, expected8);
    }

    @Test
    void anR10CellSelectedUnderTheDrilledR9CellGetsItsPooledForecastFlaggedLowConfidence() throws Exception {
        long r9 = H3Cells.parent(r10, 9);
        ui.robot.interact(() -> ui.window.model().drillInto(r9));
        ui.waitFor(120, () -> panel().onDemand() != null && panel().onDemand().of(r9) && idle());
        ui.robot.interact(() -> ui.window.console().hexagons().select(r10));
        ui.waitFor(120, () -> panel().onDemand() != null && panel().onDemand().of(r10) && idle());
        assertTrue(expected10.pooled(), "an r10 cell is pooled");
        assertTrue(expected10.series().lowConfidence());
        assertChartAndWords(r10, expected10);
        String note = text("#forecast-cell-note");
        assertTrue(
                note.contains("cell around it (" + expected10.pooledWith() + ")") || note.contains("the whole area"),
                note);
    }

    @Test
    void atTheWholeAreaWithNoStoredForecastShownTheTabFitsTheWholeAreasForecastNowAndDrawsIt() throws Exception {
        ui.robot.interact(() -> ui.window.model().jumpTo(new Breadcrumb(0, 0, "")));
        ui.waitFor(120, () -> panel().onDemand() != null && panel().onDemand().wholeArea() && idle());
        assertNull(ui.window.model().scope().parent(), "at the whole area");
        assertNull(
                panel().shown().run(), "nothing stored for " + panel().shown().layer());
        assertTrue(expectedWhole.forecast());
        assertFalse(expectedWhole.pooled(), "about 23 incidents a day: fitted on its own days");
        assertChart("Whole area", expectedWhole);
        String note = text("#forecast-cell-note");
        assertTrue(note.startsWith("Fitted now for the whole area (all categories), not stored"), note);
        // the figures the analyst reads: its days, its incidents a day and the next 7 days' total beside the naive's
        assertTrue(
                note.contains(String.format(Locale.ROOT, "on the %,d days up to %s", expectedWhole.window(), last)),
                note);
        assertTrue(
                note.contains(
                        String.format(Locale.ROOT, "the area averaged %.1f incidents a day", expectedWhole.perDay())),
                note);
        assertTrue(
                note.contains(String.format(
                        Locale.ROOT,
                        "expected in the next 7 days: %.1f incidents (the naive forecast: %.1f)",
                        java.util.Arrays.stream(expectedWhole.series().expected())
                                .sum(),
                        java.util.Arrays.stream(expectedWhole.series().naive()).sum())),
                note);
        assertFalse(note.contains("Low confidence"), note);
    }

    static void assertChartAndWords(long cell, CellForecast expected) throws Exception {
        String hex = Long.toHexString(cell);
        assertChart(hex, expected);
        String note = text("#forecast-cell-note");
        assertTrue(
                note.startsWith(
                        "Fitted now for cell " + hex + " (r" + H3Cells.h3().getResolution(cell)),
                note);
        assertTrue(note.contains("not stored"), note);
        assertEquals(expected.pooled(), note.contains("Low confidence"), note);
        assertTrue(note.contains("expected in the next 7 days: "), note);
    }

    /** The chart (titled with {@code name}) draws {@code expected}'s bands and naive line, and the score says its weeks. */
    static void assertChart(String name, CellForecast expected) {
        StoredSeries s = expected.series();
        ChartNumbers n = panel().chartNumbers();
        assertTrue(n.title().contains(name), n.title());
        assertEquals(7, n.point().length);
        assertArrayEquals(s.forecast().mean(), n.point(), name);
        assertArrayEquals(s.forecast().lo80(), n.lo80(), name);
        assertArrayEquals(s.forecast().hi80(), n.hi80(), name);
        assertArrayEquals(s.forecast().lo95(), n.lo95(), name);
        assertArrayEquals(s.forecast().hi95(), n.hi95(), name);
        assertArrayEquals(s.naive(), n.naive(), name);
        for (int h = 0; h < 7; h++) {
            assertTrue(
                    n.lo95()[h] <= n.lo80()[h]
                            && n.lo80()[h] <= n.point()[h]
                            && n.point()[h] <= n.hi80()[h]
                            && n.hi80()[h] <= n.hi95()[h],
                    "bands around the median, day " + h);
        }
        // the week's expected total in words: for a cell of a few incidents a year every daily band is 0..0
        double week = java.util.Arrays.stream(s.expected()).sum();
        assertTrue(week > 0, name);
        assertEquals(last, n.lastHistoryDay());
        assertEquals(56, n.history().length);
        String score = text("#forecast-score");
        assertTrue(
                score.contains("It beat the naive forecast in " + s.weeks().beaten() + " of its last 4 weeks"), score);
        assertTrue(
                score.contains(String.format(
                        Locale.ROOT,
                        "its error was %.2f against the naive forecast's %.2f",
                        s.validationMase(),
                        s.naiveMase())),
                score);
    }

    static String text(String id) {
        return ui.robot.lookup(id).queryAs(Label.class).getText();
    }

    static void assertArrayEquals(double[] expected, double[] actual, String what) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 0.0, what);
    }
}
