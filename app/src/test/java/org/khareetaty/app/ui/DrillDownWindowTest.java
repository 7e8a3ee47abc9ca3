package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.app.ui.map.CanvasLayer;
import org.khareetaty.app.ui.map.HexCell;
import org.khareetaty.app.ui.map.HexagonLayer;
import org.khareetaty.app.ui.map.MapShape;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.CellLabels;
import org.khareetaty.core.hexgrid.CellStats;
import org.khareetaty.core.hexgrid.Drill;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.hotspot.Hotspot;
import org.khareetaty.core.hotspot.HotspotRunSummary;
import org.khareetaty.core.hotspot.HotspotRuns;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workstation on the real Chicago sample (police beats and districts, 25,000 incidents),
 * driven with TestFX: drill from the city (r6) to micro-blocks (r10) by clicking hexagons, back
 * through the breadcrumbs and Backspace, and change the filters. At every step the KPIs, the table
 * and the cells on the map are those {@code Drill.of} gives for the same scope (what
 * {@code khareetaty drill} prints).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DrillDownWindowTest {
    static WindowDriver ui;

    @BeforeAll
    static void open() throws Exception {
        ui = WindowDriver.open(ChicagoStore.dir(), true);
    }

    @AfterAll
    static void close() throws Exception {
        if (ui != null) {
            ui.close();
        }
    }

    /** The KPI cards, the table and the map agree with Drill.of for the scope shown. */
    private Drill agreesWithDrill(WindowDriver.DrillViewModelResult shown) throws Exception {
        DrillScope scope = shown.scope();
        Drill expected = ui.direct(scope);
        assertEquals(
                String.format(Locale.ROOT, "%,d", expected.kpis().total()),
                ui.window.kpis().totalText(),
                "KPI card, " + scope);
        assertEquals(expected.kpis(), shown.drill().kpis());
        assertEquals(expected.breadcrumbs(), shown.drill().breadcrumbs());
        assertEquals(expected.quickHits(), ui.window.notes().quickHits());
        long onMap = ui.window.console().hexagons().cells().stream()
                .mapToLong(HexCell::incidents)
                .sum();
        assertEquals(expected.kpis().total(), onMap, "the hexagons on the map hold every incident in scope");
        if (scope.res() >= CellLabels.STREET_RES) {
            Map<Long, String> streets = ui.window.console().hexagons().streets();
            assertFalse(streets.isEmpty(), "street-scale cells carry their block's name on the map");
            assertEquals(HexagonLayer.streetsOf(expected.cells()), streets);
        } else {
            assertTrue(ui.window.console().hexagons().streets().isEmpty(), "no street names above r9");
        }
        List<List<Object>> rows = ui.window.table().rows();
        if (scope.res() < H3Cells.MAX_RES) {
            assertEquals(expected.cells().size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                CellStats c = expected.cells().get(i);
                assertEquals(c.label(), rows.get(i).get(0));
                assertEquals(c.incidents(), rows.get(i).get(1));
            }
        } else {
            assertEquals(Math.min(expected.kpis().total(), 5000), rows.size(), "at r10 the table lists the incidents");
            // one micro-block over three years: most days have no incident, so bars, not bands
            assertTrue(org.khareetaty.app.ui.charts.ScopeCharts.sparse(expected.profiles()));
            assertTrue(
                    ((org.jfree.chart.plot.XYPlot) ui.window.charts().mixChart().getPlot()).getRenderer()
                            instanceof org.jfree.chart.renderer.xy.StackedXYBarRenderer,
                    "a sparse series is drawn as bars");
            assertEquals(
                    List.of(
                            "case number",
                            "occurred (local)",
                            "category",
                            "offense",
                            "description",
                            "block",
                            "arrest",
                            "lon",
                            "lat"),
                    ui.window.table().headers(),
                    "case numbers, not the store's ids; no H3 ids");
            Object firstCase = rows.get(0).get(0);
            assertTrue(String.valueOf(firstCase).matches("[A-Z]{1,2}\\d{6}"), "a Chicago case number: " + firstCase);
        }
        return expected;
    }

    @Test
    @Order(1)
    void drillsFromCityToMicroBlockByClickingAndBackThroughBreadcrumbs() throws Exception {
        WindowDriver.DrillViewModelResult shown = ui.waitForResult(null);
        assertEquals(6, shown.scope().res());
        Drill d = agreesWithDrill(shown);
        assertFalse(org.khareetaty.app.ui.charts.ScopeCharts.sparse(d.profiles()), "the whole city: bands");
        long[] path = new long[5];
        for (int res = 6; res <= 9; res++) {
            long busiest = d.cells().get(0).cell();
            path[res - 6] = busiest;
            ui.clickCell(busiest);
            shown = ui.waitForResult(shown.result());
            assertEquals(res + 1, shown.scope().res(), "clicking an r" + res + " hexagon shows its children");
            assertEquals(busiest, shown.scope().parent());
            assertEquals(res - 6 + 2, shown.drill().breadcrumbs().size());
            d = agreesWithDrill(shown);
        }
        // the breadcrumbs' tooltips name their cells, never by H3 id (issue 13 item 12)
        for (int i = 1; i < shown.drill().breadcrumbs().size(); i++) {
            String tip = ui.robot
                    .lookup("#crumb-" + i)
                    .queryAs(javafx.scene.control.Hyperlink.class)
                    .getTooltip()
                    .getText();
            assertFalse(tip.contains(Long.toHexString(path[i - 1])), tip);
            assertTrue(
                    tip.contains(org.khareetaty.core.hexgrid.CellLabels.inSentence(
                            shown.drill().breadcrumbs().get(i).label())),
                    tip);
        }
        // breadcrumb 2 is the r7 cell: back to its r8 children
        ui.robot.clickOn("#crumb-2");
        shown = ui.waitForResult(shown.result());
        assertEquals(8, shown.scope().res());
        assertEquals(path[1], shown.scope().parent());
        agreesWithDrill(shown);
        // Backspace: up one level, to the r7 children of the r6 cell
        ui.robot.type(KeyCode.BACK_SPACE);
        shown = ui.waitForResult(shown.result());
        assertEquals(7, shown.scope().res());
        assertEquals(path[0], shown.scope().parent());
        agreesWithDrill(shown);
        ui.robot.clickOn("#crumb-0");
        shown = ui.waitForResult(shown.result());
        assertEquals(6, shown.scope().res());
        assertEquals(null, shown.scope().parent());
        agreesWithDrill(shown);
    }

    @Test
    @Order(2)
    void changingTheFiltersChangesTheKpisAndTheHexagonColours() throws Exception {
        WindowDriver.DrillViewModelResult before = ui.waitForResult(null);
        Map<Long, Color> coloursBefore = colours();
        String totalBefore = ui.window.kpis().totalText();
        ui.robot.clickOn("#category-property");
        ui.robot.clickOn("#category-public_order");
        WindowDriver.DrillViewModelResult after = ui.waitForResult(before.result());
        assertEquals(
                List.of("violent", "drugs", "weapons", "other"), after.scope().categories());
        Drill expected = agreesWithDrill(after);
        assertNotEquals(totalBefore, ui.window.kpis().totalText());
        assertTrue(expected.kpis().focusShare() < 1);
        assertTrue(
                ui.window.console().legend().titleText().contains("filtered"),
                ui.window.console().legend().titleText());
        Map<Long, Color> coloursAfter = colours();
        assertNotEquals(coloursBefore, coloursAfter, "the hexagons are recoloured by the filtered volume");
        for (HexCell c : ui.window.console().hexagons().cells()) {
            assertEquals(ui.window.console().hexagons().scale().colour(c.incidents()), coloursAfter.get(c.cell()));
        }
        // a shorter date range: one month
        ui.robot.interact(() -> ui.window.model().from().set(after.scope().to().withDayOfMonth(1)));
        WindowDriver.DrillViewModelResult month = ui.waitForResult(after.result());
        assertEquals(after.scope().to().withDayOfMonth(1), month.scope().from());
        agreesWithDrill(month);
        assertTrue(month.drill().kpis().total() < expected.kpis().total());
    }

    @Test
    @Order(3)
    void dayOfWeekClickShowsThatDaysHours() throws Exception {
        WindowDriver.DrillViewModelResult shown = ui.waitForResult(null);
        ui.robot.interact(() -> ui.window.charts().chooseDay(3));
        assertEquals(3, ui.window.charts().chosenDay());
        assertTrue(ui.window.charts().hourChart().getTitle().getText().contains("Thursday"));
        var hours = (org.jfree.data.category.CategoryDataset) ((org.jfree.chart.plot.CategoryPlot)
                        ui.window.charts().hourChart().getPlot())
                .getDataset();
        long sum = 0;
        for (int h = 0; h < 24; h++) {
            sum += hours.getValue(0, h).longValue();
        }
        var p = shown.drill().profiles();
        assertTrue(p.dateOnlyByDay()[3] > 0, "the Chicago sample's placeholder times");
        assertEquals(
                p.dayOfWeek()[3],
                sum + p.dateOnlyByDay()[3],
                "the hours of Thursdays and its date-only incidents add up to the Thursday bar");
        assertTrue(
                ui.window
                        .charts()
                        .hourChart()
                        .getTitle()
                        .getText()
                        .endsWith(String.format(" - %,d with a date only not shown", p.dateOnlyByDay()[3])),
                ui.window.charts().hourChart().getTitle().getText());
    }

    @Test
    @Order(4)
    void identifyShowsTheZonesAndFiguresOfTheCellClicked() throws Exception {
        WindowDriver.DrillViewModelResult shown = ui.waitForResult(null);
        HexCell busiest = ui.window.console().hexagons().cells().get(0);
        ui.robot.clickOn("#tool-identify");
        ui.clickCell(busiest.cell());
        // identify reads the cell's zones on the store thread: wait for the panel to fill
        WaitForAsyncUtils.waitFor(
                30,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> ui.window.tasks().running().get() == 0
                        && !ui.window.infoLines().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = ui.window.infoLines();
        assertTrue(lines.contains(String.format(Locale.ROOT, "%,d incidents", busiest.incidents())), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("beats: ")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("districts: ")), lines.toString());
        // the cell by the drill-down's name for it; its H3 id only through Copy H3 id (issue 13 item 12, 17 item 4)
        String name = shown.result().drill().cells().stream()
                .filter(c -> c.cell() == busiest.cell())
                .findFirst()
                .orElseThrow()
                .label();
        String hex = Long.toHexString(busiest.cell());
        assertTrue(
                lines.contains(
                        String.format(Locale.ROOT, "r%d cell: %s", H3Cells.h3().getResolution(busiest.cell()), name)),
                lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains(hex)), lines.toString());
        ui.robot.clickOn("#identify-copy-h3");
        String[] copied = new String[1];
        ui.robot.interact(() ->
                copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertEquals(hex, copied[0], "Copy H3 id puts the cell's full id on the clipboard");
        assertEquals(shown.result(), ui.window.model().result().get(), "identify does not drill");
        ui.robot.clickOn("#tool-drill");
    }

    @Test
    @Order(5)
    void selectingByPolygonGivesTheFiguresOfTheCellsInside() throws Exception {
        ui.waitForResult(null);
        HexCell busiest = ui.window.console().hexagons().cells().get(0);
        var centre = H3Cells.h3().cellToLatLng(busiest.cell());
        ui.robot.clickOn("#tool-select");
        double d = 0.03;
        double[][] corners = {
            {centre.lng - d, centre.lat - d},
            {centre.lng + d, centre.lat - d},
            {centre.lng + d, centre.lat + d},
            {centre.lng - d, centre.lat + d}
        };
        for (double[] c : corners) {
            javafx.geometry.Point2D[] p = new javafx.geometry.Point2D[1];
            ui.robot.interact(() -> p[0] = ui.window.console().screenPoint(c[0], c[1]));
            ui.robot.clickOn(p[0]);
            Thread.sleep(400);
        }
        javafx.geometry.Point2D[] last = new javafx.geometry.Point2D[1];
        ui.robot.interact(() -> last[0] = ui.window.console().screenPoint(corners[3][0], corners[3][1]));
        ui.robot.doubleClickOn(last[0]);
        WaitForAsyncUtils.waitForFxEvents();
        long cells = 0;
        long incidents = 0;
        for (HexCell c : ui.window.console().hexagons().cells()) {
            var m = H3Cells.h3().cellToLatLng(c.cell());
            if (m.lng > centre.lng - d && m.lng < centre.lng + d && m.lat > centre.lat - d && m.lat < centre.lat + d) {
                cells++;
                incidents += c.incidents();
            }
        }
        List<String> lines = ui.window.infoLines();
        assertTrue(cells > 0);
        assertEquals(cells, ui.window.console().hexagons().selected().size(), "the cells inside are selected");
        assertEquals(
                ui.window.console().hexagons().selected(),
                ui.window.table().selectedCells(),
                "and so are their rows in the attribute table");
        assertEquals(String.format(Locale.ROOT, "%,d cells whose centre lies inside", cells), lines.get(0));
        assertTrue(lines.get(1).startsWith(String.format(Locale.ROOT, "%,d incidents", incidents)), lines.toString());
        ui.robot.type(KeyCode.ESCAPE);
        ui.robot.clickOn("#tool-drill");
    }

    @Test
    @Order(7)
    void exportsTheAttributeTableAsSorted(@TempDir Path tmp) throws Exception {
        ui.waitForResult(null);
        var table = ui.window.table().tableView();
        ui.robot.interact(() -> {
            var column = table.getColumns().get(1);
            column.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(column));
        });
        List<List<Object>> rows = ui.window.table().rows();
        assertTrue(
                (Long) rows.get(0).get(1) <= (Long) rows.get(rows.size() - 1).get(1), "sorted by incidents, ascending");
        Path csv = tmp.resolve("cells.csv");
        ui.robot.interact(() -> {
            try {
                ui.window.table().exportCsv(csv);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<String> lines = Files.readAllLines(csv);
        assertEquals(rows.size() + 1, lines.size());
        assertTrue(lines.get(0).startsWith("label,incidents,arrests,arrest %"), lines.get(0));
        assertTrue(lines.get(1).contains("," + rows.get(0).get(1) + ","), lines.get(1));
    }

    @Test
    @Order(10)
    void selectingRowsSelectsTheirCellsOnTheMapAndTheReverse() throws Exception {
        ui.waitForResult(null);
        var table = ui.window.table().tableView();
        ui.robot.interact(() -> {
            table.getSortOrder().clear();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectIndices(1, 3, 4);
        });
        Set<Long> rowsCells = Set.of(
                table.getItems().get(1).cell(),
                table.getItems().get(3).cell(),
                table.getItems().get(4).cell());
        assertEquals(rowsCells, ui.window.console().hexagons().selected(), "the rows' cells are selected on the map");
        // Identify on a hexagon: its row is selected (and only it)
        HexCell other = ui.window.console().hexagons().cells().stream()
                .filter(c -> !rowsCells.contains(c.cell()))
                .findFirst()
                .orElseThrow();
        ui.robot.clickOn("#tool-identify");
        ui.clickCell(other.cell());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(other.cell()), ui.window.table().selectedCells());
        assertEquals(
                other.cell(),
                table.getSelectionModel().getSelectedItem().cell(),
                "the row of the cell clicked is the one selected");
        ui.robot.type(KeyCode.ESCAPE);
        ui.robot.clickOn("#tool-drill");
    }

    @Test
    @Order(11)
    void dbscanAndGiStarResultsAreTablesToSortZoomToAndExport(@TempDir Path tmp) throws Exception {
        ui.waitForResult(null);
        var panel = ui.window.hotspotPanel();
        var m = ui.window.model();
        java.time.LocalDate first = m.firstDay().get();
        ui.robot.interact(() -> {
            m.from().set(first); // the whole sample: the tests before narrowed the dates
            m.to().set(m.lastDay().get());
        });
        ui.waitFor(
                60,
                () -> !m.loading().get()
                        && m.result().get() != null
                        && m.result().get().scope().from().equals(first)
                        && m.result().get().scope().to().equals(m.lastDay().get()));
        ui.robot.interact(() -> {
            // the 25,000-incident sample over three years: 250 m and 15 incidents find some hotspots
            ui.robot
                    .lookup("#dbscan-eps")
                    .<javafx.scene.control.Spinner<Integer>>query()
                    .getValueFactory()
                    .setValue(250);
            ui.robot
                    .lookup("#dbscan-min-pts")
                    .<javafx.scene.control.Spinner<Integer>>query()
                    .getValueFactory()
                    .setValue(15);
            panel.runDbscan();
        });
        ui.waitFor(180, () -> !panel.analysisRunning());
        String said = ui.robot.lookup("#dbscan-result").queryLabeled().getText();
        assertFalse(panel.dbscanTable().rows().isEmpty(), said);
        HotspotRunSummary latest = new HotspotRuns(ui.window.tasks().store())
                .list().stream()
                        .max(java.util.Comparator.comparingLong(HotspotRunSummary::id))
                        .orElseThrow();
        var run = new HotspotRuns(ui.window.tasks().store()).open(latest.id()).orElseThrow();
        List<List<Object>> rows = panel.dbscanTable().rows();
        assertEquals(run.hotspots().size(), rows.size(), "one row per stored hotspot");
        assertEquals(
                run.hotspots().stream().mapToLong(h -> h.count()).sum(),
                rows.stream().mapToLong(r -> (Long) r.get(2)).sum(),
                "the rows hold the run's incidents");
        assertEquals(
                List.of("hotspot", "zone", "incidents", "per km²", "mostly", "first (UTC)", "last (UTC)"),
                panel.dbscanTable().headers());
        var table = panel.dbscanTable().tableView();
        ui.robot.interact(() -> {
            var column = table.getColumns().get(2);
            column.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(column));
            table.getSelectionModel().clearAndSelect(0);
            panel.dbscanTable().zoomToSelection();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Hotspot biggest = run.hotspots().stream()
                .max(java.util.Comparator.comparingInt(Hotspot::count))
                .orElseThrow();
        assertEquals((long) biggest.count(), panel.dbscanTable().rows().get(0).get(2), "sorted, largest first");
        var centre = biggest.hull().getEnvelopeInternal().centre();
        assertEquals(centre.y, ui.window.console().centreLat(), 0.01, "zoomed to the hotspot");
        assertEquals(centre.x, ui.window.console().centreLon(), 0.01);
        Path csv = tmp.resolve("hotspots.csv");
        ui.robot.interact(() -> {
            try {
                panel.dbscanTable().exportCsv(csv);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<String> lines = Files.readAllLines(csv);
        assertEquals(rows.size() + 1, lines.size());
        assertTrue(lines.get(0).startsWith("hotspot,zone,incidents"), lines.get(0));
        assertTrue(lines.get(1).startsWith(biggest.id() + ","), lines.get(1));

        ui.robot.interact(panel::runGiStar);
        ui.waitFor(180, () -> !panel.analysisRunning());
        assertFalse(
                panel.giTable().rows().isEmpty(),
                ui.robot.lookup("#gistar-result").queryLabeled().getText());
        long significant = ui.window.console().giStar().shapes().size();
        assertEquals(significant, panel.giTable().rows().size(), "one row per hot or cold cell drawn");
        double firstZ = Math.abs((Double) panel.giTable().rows().get(0).get(2));
        assertTrue(
                panel.giTable().rows().stream().allMatch(r -> Math.abs((Double) r.get(2)) <= firstZ),
                "most significant first");
        // each cell by its name (issue 13 item 12): a zone or "Edge of", never an H3 id
        assertEquals("cell", panel.giTable().headers().get(0));
        for (List<Object> row : panel.giTable().rows()) {
            String name = (String) row.get(0);
            assertTrue(name != null && !name.isBlank() && !name.matches("[0-9a-f]{15}"), row.toString());
        }
        ui.robot.interact(panel::showResults);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ui.robot.lookup("#dbscan-results").tryQuery().isPresent(), "the results window is open");
        ui.robot.interact(() -> ((javafx.stage.Stage)
                        ui.robot.lookup("#dbscan-results").query().getScene().getWindow())
                .close());
    }

    @Test
    @Order(12)
    void aCancelledDbscanStoresNoRunAndSaysSo() throws Exception {
        ui.waitForResult(null);
        var panel = ui.window.hotspotPanel();
        int runs = new HotspotRuns(ui.window.tasks().store()).list().size();
        ui.robot.interact(() -> {
            panel.runDbscan();
            assertTrue(panel.analysisRunning());
            assertTrue(
                    ui.robot.lookup("#hotspot-cancel").query().getParent().isVisible(),
                    "the progress bar and Cancel show while it runs");
            ui.robot.lookup("#hotspot-cancel").queryButton().fire();
        });
        ui.waitFor(60, () -> !panel.analysisRunning());
        assertEquals(
                "DBSCAN cancelled.",
                ui.robot.lookup("#dbscan-result").queryLabeled().getText());
        assertEquals(runs, new HotspotRuns(ui.window.tasks().store()).list().size(), "nothing stored");
        assertFalse(ui.robot.lookup("#hotspot-cancel").query().getParent().isVisible());
    }

    @Test
    @Order(9)
    void showsTheStoresGeofencesAsALayer() {
        List<String> labels = ui.window.console().geofences().shapes().stream()
                .map(s -> s.label())
                .toList();
        assertEquals(List.of(ChicagoStore.GEOFENCE + " (type:shots_fired)"), labels);
        assertTrue(
                ui.window.console().layers().contains(ui.window.console().geofences()), "listed in the layers panel");
    }

    @Test
    @Order(8)
    void namesEachZoneOnceAboveEveryFill() throws Exception {
        ui.waitForResult(null);
        var console = ui.window.console();
        // the store's own basemap is drawn from its boundary layers without their names (issue 17 item 7):
        // drawn into the tiles, the hexagon and zone fills over them would hide them
        assertFalse(
                org.khareetaty.app.map.tiles.BasemapTiles.labelsZones(), "the store's basemap carries no zone names");
        assertTrue(console.boundaryLabelsShown(), "the map names the zones itself");
        ui.waitFor(10, () -> !console.zoneLabels().drawn().isEmpty());
        List<String> districts = console.boundaryLayers().values().iterator().next().shapes().stream()
                .map(MapShape::label)
                .toList();
        assertTrue(
                districts.containsAll(console.zoneLabels().drawn()),
                console.zoneLabels().drawn().toString());
        // above every layer that fills: hexagons, Gi* cells, hotspots and the forecast's zones
        List<javafx.scene.Node> order = console.mapView().getChildrenUnmodifiable();
        int names = order.indexOf(console.zoneLabels());
        List<CanvasLayer> fills =
                new java.util.ArrayList<>(List.of(console.hexagons(), console.giStar(), console.hotspots()));
        fills.addAll(console.boundaryLayers().values());
        console.layers().stream().filter(l -> l.title().startsWith("Forecast")).forEach(fills::add);
        assertTrue(fills.size() > 3, fills.toString());
        for (CanvasLayer fill : fills) {
            assertTrue(order.indexOf(fill) >= 0 && order.indexOf(fill) < names, fill.title() + " under the zone names");
        }
        // each zone named once: a basemap that names the zones (an MBTiles file written with names) turns them off
        ui.robot.interact(() -> console.setBasemap("test", true));
        assertFalse(console.boundaryLabelsShown(), "no second name over the basemap's");
        ui.robot.clickOn("#layer-basemap");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(console.boundaryLabelsShown(), "with that basemap hidden, the map names the zones");
        ui.robot.clickOn("#layer-basemap");
        ui.robot.interact(() -> console.setBasemap(org.khareetaty.app.map.tiles.BasemapTiles.attribution(), false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(console.boundaryLabelsShown());
    }

    /**
     * Everything the window shows is of one scope: the drill-down agrees with Drill.of (KPIs, map,
     * table), and the legend, the banner, the frame label, the slider's frame and the charts name
     * the same frame (or the whole period).
     */
    private void allAgree(WindowDriver.DrillViewModelResult shown) throws Exception {
        ScopeAgreement.allAgree(ui, shown, agreesWithDrill(shown));
    }

    private WindowDriver.DrillViewModelResult settled() throws Exception {
        return ScopeAgreement.settled(ui);
    }

    @Test
    @Order(6)
    void pauseWholePeriodAndRangeChangesKeepMapLegendBannerKpisAndChartsInAgreement() throws Exception {
        WindowDriver.DrillViewModelResult shown = ui.waitForResult(null);
        DrillScope period = shown.scope();
        allAgree(shown);
        // play day by day, pause on a day: everything shows that day
        ui.robot.clickOn("#play");
        java.time.LocalDate first = period.from();
        ui.waitFor(
                60,
                () -> ui.window.model().frame().get() != null
                        && ui.window.model().frame().get().isAfter(first.plusDays(2)));
        ui.robot.clickOn("#play");
        WindowDriver.DrillViewModelResult paused = settled();
        assertEquals(paused.scope().from(), paused.scope().to(), "a frame of one day");
        assertTrue(paused.scope().from().isAfter(first.plusDays(2)));
        allAgree(paused);
        // whole period after a pause: the map, legend and banner leave the day too (the defect)
        ui.robot.clickOn("#whole-period");
        WindowDriver.DrillViewModelResult whole = settled();
        assertEquals(period, whole.scope());
        allAgree(whole);
        // a day picked on the slider, then a category: the frame stays, the figures follow the category
        ui.robot.interact(() -> ui.window.model().showFrame(first.plusDays(10)));
        WindowDriver.DrillViewModelResult day = settled();
        allAgree(day);
        ui.robot.clickOn("#category-property");
        WindowDriver.DrillViewModelResult dayFiltered = settled();
        assertEquals(first.plusDays(10), dayFiltered.scope().from());
        assertFalse(dayFiltered.scope().categories().isEmpty());
        allAgree(dayFiltered);
        ui.robot.clickOn("#category-property");
        // a range change while a day is shown: the new range is shown whole
        java.time.LocalDate later = period.to().minusMonths(3).withDayOfMonth(1);
        ui.robot.interact(() -> ui.window.model().from().set(later));
        WindowDriver.DrillViewModelResult range = settled();
        assertEquals(later, range.scope().from());
        assertEquals(null, ui.window.model().frame().get());
        allAgree(range);
        // by week: the frame shown becomes the week that holds it
        ui.robot.interact(() -> ui.window.model().showFrame(later.plusDays(17)));
        settled();
        ui.robot.interact(() -> ui.window.model().step().set(org.khareetaty.app.ui.drill.PlaybackStep.WEEK));
        WindowDriver.DrillViewModelResult week = settled();
        assertEquals(java.time.DayOfWeek.MONDAY, week.scope().from().getDayOfWeek());
        assertEquals(
                6,
                java.time.temporal.ChronoUnit.DAYS.between(
                        week.scope().from(), week.scope().to()));
        allAgree(week);
        // by month at the fastest speed, to the end: it pauses on the last month
        ui.robot.interact(() -> {
            ui.window.model().step().set(org.khareetaty.app.ui.drill.PlaybackStep.MONTH);
            ui.window.playback().speed().set(8);
        });
        settled();
        ui.robot.clickOn("#play");
        assertTrue(ui.window.playback().playing().get());
        WindowDriver.DrillViewModelResult end = settled();
        assertEquals(period.to().withDayOfMonth(1), end.scope().from(), "paused on the last month");
        assertEquals(period.to(), end.scope().to());
        allAgree(end);
        ui.robot.interact(() -> {
            ui.window.model().step().set(org.khareetaty.app.ui.drill.PlaybackStep.DAY);
            ui.window.model().from().set(period.from());
        });
        WindowDriver.DrillViewModelResult back = settled();
        assertEquals(period, back.scope());
        allAgree(back);
    }

    @Test
    @Order(10)
    void altLeftAndAltRightGoBackAndForthThroughDrillAndFilterHistory() throws Exception {
        WindowDriver.DrillViewModelResult start = ui.waitForResult(null);
        DrillScope first = start.scope();
        long busiest = start.drill().cells().get(0).cell();
        ui.clickCell(busiest);
        WindowDriver.DrillViewModelResult drilled = ui.waitForResult(start.result());
        assertEquals(busiest, drilled.scope().parent());
        ui.robot.clickOn("#category-drugs");
        WindowDriver.DrillViewModelResult filtered = ui.waitForResult(drilled.result());
        assertFalse(filtered.scope().categories().contains("drugs"));
        // back: the drill without the filter, the box ticked again
        ui.robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        WindowDriver.DrillViewModelResult back1 = ui.waitForResult(filtered.result());
        assertEquals(drilled.scope(), back1.scope());
        assertTrue(ui.robot
                .lookup("#category-drugs")
                .queryAs(javafx.scene.control.CheckBox.class)
                .isSelected());
        kpisAgree(back1);
        // back again: where the test started
        ui.robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        WindowDriver.DrillViewModelResult back2 = ui.waitForResult(back1.result());
        assertEquals(first, back2.scope());
        // forward twice: the drill, then the filter
        ui.robot.clickOn("#forward");
        WindowDriver.DrillViewModelResult fwd1 = ui.waitForResult(back2.result());
        assertEquals(drilled.scope(), fwd1.scope());
        ui.robot.press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
        WindowDriver.DrillViewModelResult fwd2 = ui.waitForResult(fwd1.result());
        assertEquals(filtered.scope(), fwd2.scope());
        assertFalse(ui.robot
                .lookup("#category-drugs")
                .queryAs(javafx.scene.control.CheckBox.class)
                .isSelected());
        kpisAgree(fwd2);
        ui.robot.clickOn("#category-drugs");
        ui.waitForResult(fwd2.result());
    }

    /** The KPI card shows the total Drill.of gives for the scope (the table may be sorted by an earlier test). */
    private void kpisAgree(WindowDriver.DrillViewModelResult shown) throws Exception {
        assertEquals(
                String.format(
                        Locale.ROOT, "%,d", ui.direct(shown.scope()).kpis().total()),
                ui.window.kpis().totalText());
    }

    @Test
    @Order(13)
    void aBookmarkIsNamedGoneBackToAndDeletedFromTheMenu() throws Exception {
        ui.waitForResult(null);
        var console = ui.window.console();
        // Ctrl+B names the view: the dialog's field takes the name
        ui.robot.press(KeyCode.CONTROL).press(KeyCode.B).release(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ui.robot.interact(() -> ((javafx.scene.control.TextField)
                        ui.robot.lookup(".text-input-dialog .text-field").query())
                .setText("Busiest cell"));
        ui.robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        double lat = console.centreLat();
        double lon = console.centreLon();
        assertEquals(
                List.of("Busiest cell"),
                org.khareetaty.app.ui.settings.Bookmarks.load().list().stream()
                        .map(org.khareetaty.app.ui.settings.Bookmarks.Bookmark::name)
                        .toList());
        javafx.scene.control.Menu menu = ui.window.bookmarksMenu();
        javafx.scene.control.Menu delete = (javafx.scene.control.Menu) menu.getItems().stream()
                .filter(i -> "menu-delete-bookmark".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertFalse(delete.isDisable());
        // going back to it: pan away, then its menu item
        ui.robot.interact(() -> console.goTo(lat + 0.05, lon + 0.05, console.zoom()));
        ui.robot.interact(() -> menu.getItems().stream()
                .filter(i -> "Busiest cell".equals(i.getText()))
                .findFirst()
                .orElseThrow()
                .fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(lat, console.centreLat(), 2e-3);
        assertEquals(lon, console.centreLon(), 2e-3);
        // deleting it: gone from the settings and the menu, the submenu disabled again
        ui.robot.interact(() -> delete.getItems().get(0).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), org.khareetaty.app.ui.settings.Bookmarks.load().list());
        assertTrue(menu.getItems().stream().noneMatch(i -> "Busiest cell".equals(i.getText())), "not in the menu");
        javafx.scene.control.Menu after = (javafx.scene.control.Menu) menu.getItems().stream()
                .filter(i -> "menu-delete-bookmark".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        assertTrue(after.isDisable(), "nothing left to delete");
    }

    private static Map<Long, Color> colours() {
        Map<Long, Color> out = new HashMap<>();
        for (HexCell c : ui.window.console().hexagons().cells()) {
            out.put(c.cell(), ui.window.console().hexagons().colourOf(c.cell()));
        }
        return out;
    }
}
