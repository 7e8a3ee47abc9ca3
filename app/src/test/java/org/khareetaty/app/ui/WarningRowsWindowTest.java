package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Hyperlink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.hexgrid.CellStats;
import org.khareetaty.core.hexgrid.DataWarning;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.hexgrid.ScopeQuery;
import org.khareetaty.core.incidents.IncidentRows;

/**
 * Data-quality warnings open the rows they count, on the real Chicago store (beats, districts, the
 * 25,000-incident sample) over its whole period at r10: a click on the warning lists in the
 * attribute table the incidents whose zone disagrees with the map, or those with a date only,
 * or the sparse cells; the rows are checked against the store read with SQL of the test's own.
 */
class WarningRowsWindowTest {
    static WindowDriver ui;

    @BeforeAll
    static void open() throws Exception {
        ui = WindowDriver.open(ChicagoStore.dir(), true);
        Object before = ui.window.model().result().get();
        ui.robot.interact(() -> {
            ui.window.model().from().set(ui.window.model().firstDay().get());
            ui.window.model().to().set(ui.window.model().lastDay().get());
            ui.window.model().wholeAreaRes().set(10);
        });
        ui.waitFor(
                120,
                () -> ui.window.model().result().get() != before
                        && ui.window.model().result().get().scope().res() == 10
                        && ui.window
                                .model()
                                .result()
                                .get()
                                .scope()
                                .from()
                                .equals(ui.window.model().firstDay().get())
                        && ui.window
                                .model()
                                .result()
                                .get()
                                .scope()
                                .to()
                                .equals(ui.window.model().lastDay().get())
                        && !ui.window.model().loading().get()
                        && ui.window.tasks().running().get() == 0);
    }

    @AfterAll
    static void close() throws Exception {
        if (ui != null) {
            ui.closeTableAndWindow();
        }
    }

    private static DataWarning shown(DataWarning.Kind kind) {
        return ui.window.model().result().get().drill().warnings().stream()
                .filter(w -> w.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " warning: "
                        + ui.window.model().result().get().drill().warningTexts()));
    }

    /** Clicks the warning's link and waits for the table to list its rows. */
    private static void click(DataWarning w) throws Exception {
        Hyperlink link = ui.window.notes().link(w.kind());
        assertNotNull(link, "the warning is a link: " + w.text());
        ui.robot.clickOn(link);
        ui.waitFor(
                60,
                () -> ui.window.table().caption().endsWith("rows of the warning: " + w.text())
                        && ui.window.tasks().running().get() == 0);
        assertTrue(ui.window.tableOpen(), "the click opens the attribute table");
    }

    /** The case numbers of the scope's incidents that meet {@code where}, and how many there are. */
    private static Set<String> cases(DrillScope scope, String where, String value) throws Exception {
        Set<String> out = new HashSet<>();
        try (Connection c = ui.window.tasks().store().connect();
                PreparedStatement ps = c.prepareStatement("SELECT COALESCE(case_number, source_id) FROM incidents "
                        + "WHERE local_date BETWEEN ? AND ? AND " + where)) {
            ps.setObject(1, scope.from());
            ps.setObject(2, scope.to());
            if (value != null) {
                ps.setString(3, value);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static void listsTheIncidents(DataWarning w, String where) throws Exception {
        DrillScope scope = ui.window.model().result().get().scope();
        Set<String> expected = cases(scope, where, w.value());
        assertEquals(expected.size(), w.count(), "the warning counts what the store holds: " + w.text());
        click(w);
        List<List<Object>> rows = ui.window.table().rows();
        assertEquals("case number", ui.window.table().headers().get(0));
        assertEquals(Math.min(IncidentRows.LIMIT, expected.size()), rows.size(), w.text());
        for (List<Object> r : rows) {
            assertTrue(expected.contains((String) r.get(0)), r + " is not counted by: " + w.text());
        }
    }

    @Test
    void theZoneDisagreementsOpenTheirIncidents() throws Exception {
        listsTheIncidents(shown(DataWarning.Kind.ZONE_MISMATCH), "zone_mismatch IS NOT NULL");
    }

    @Test
    void theDateOnlyIncidentsOpen() throws Exception {
        listsTheIncidents(shown(DataWarning.Kind.DATE_ONLY), "time_precision = 'day'");
    }

    @Test
    void theSparseWarningOpensTheSparseCells() throws Exception {
        DataWarning w = shown(DataWarning.Kind.SPARSE_CELLS);
        List<CellStats> cells = ui.window.model().result().get().drill().cells();
        long sparse = cells.stream()
                .filter(c -> c.incidents() < ScopeQuery.MIN_INCIDENTS)
                .count();
        assertEquals(sparse, w.count());
        click(w);
        List<List<Object>> rows = ui.window.table().rows();
        assertEquals(sparse, rows.size());
        int incidents = ui.window.table().headers().indexOf("incidents");
        for (List<Object> r : rows) {
            assertTrue(((Number) r.get(incidents)).longValue() < ScopeQuery.MIN_INCIDENTS, r.toString());
        }
    }
}
