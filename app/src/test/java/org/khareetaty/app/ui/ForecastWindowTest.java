package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.app.cli.Khareetaty;
import org.khareetaty.app.ui.forecast.ChartNumbers;
import org.khareetaty.app.ui.forecast.ForecastPanel;
import org.khareetaty.app.ui.forecast.ForecastViewModel;
import org.khareetaty.app.ui.importer.ImportDialog;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.StoredForecasts;
import org.khareetaty.core.forecast.StoredRun;
import org.khareetaty.core.forecast.StoredSeries;
import org.khareetaty.core.forecast.risk.FlaggedCell;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * The Forecast tab on the real Chicago 2017-2019 sample (a copy of the UI tests' store: the tab stores
 * forecasts and the test imports into it): tomorrow's patrol boxes are the cells {@code forecast hotspots}
 * flags for the day, with the hit rate it measures on the 28 days before; the
 * chart draws the stored forecast's numbers and the store's daily counts; the spike badges are the zones
 * {@code forecast spikes} alarms for; an import of a planted spike makes the forecast stale, the window refits
 * it in the background and badges the district, and Cancel leaves a forecast stale.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ForecastWindowTest {
    @TempDir
    static Path dir;

    static Path store;
    static LocalDate last;
    static JsonNode hotspots;
    static JsonNode backtest;
    static Set<String> spikeAlarms = new HashSet<>();
    static Set<String> above95 = new HashSet<>();
    static WindowDriver ui;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void open() throws Exception {
        store = dir.resolve("store");
        copy(ChicagoStore.dir(), store);
        try (Store s = Store.open(store)) {
            last = s.read("read", c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT MAX(local_date) FROM incidents");
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getObject(1, LocalDate.class);
                }
            });
        }
        // what the command line says of the same store, before the window opens it
        String s = store.toString();
        hotspots = cli(
                "forecast", "hotspots", "--store", s, "--date", last.plusDays(1).toString(), "--json");
        backtest = hotspots.get("backtest");
        for (String span : List.of("1", "7")) {
            JsonNode j = cli("forecast", "spikes", "--store", s, "--layer", "districts", "--span", span, "--json");
            assertEquals(last.toString(), j.get("date").asText());
            for (JsonNode z : j.get("zones")) {
                if (z.get("alarm").asBoolean()) {
                    spikeAlarms.add(z.get("zone").asText());
                }
                if (span.equals("1") && z.get("above95").asBoolean()) {
                    above95.add(z.get("zone").asText());
                }
            }
        }
        ui = WindowDriver.open(store, true);
        // the tab reads nothing before it is opened
        assertEquals(null, ui.window.forecastPanel().shown());
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
    @Order(1)
    void patrolBoxesAreTheCellsForecastHotspotsFlagsForTomorrowWithTheBacktestHitRate() throws Exception {
        ui.robot.interact(() -> panel().chooseCoverage(5));
        ui.robot.clickOn("#patrol-show");
        ui.waitFor(120, () -> panel().patrol() != null && idle());
        assertEquals(last.plusDays(1).toString(), hotspots.get("date").asText());
        List<FlaggedCell> boxes = panel().patrolBoxes();
        JsonNode flagged = hotspots.get("flagged");
        assertEquals(flagged.size(), boxes.size());
        for (int k = 0; k < boxes.size(); k++) {
            assertEquals(flagged.get(k).get("cell").asInt(), boxes.get(k).cell(), "rank " + (k + 1));
            assertEquals(flagged.get(k).get("rank").asInt(), boxes.get(k).rank());
        }
        var p = panel().patrol();
        assertEquals(hotspots.get("cells").asInt(), p.cells());
        assertEquals(last.minusDays(27).toString(), backtest.get("from").asText());
        assertEquals(last.toString(), backtest.get("to").asText());
        assertHitRates(backtest, p);
        // one coverage more: the boxes of 1% are the riskiest of those of 5%
        ui.robot.interact(() -> panel().chooseCoverage(1));
        ui.waitFor(120, () -> panel().patrol().coverage() == 1.0 && idle());
        List<FlaggedCell> fewer = panel().patrolBoxes();
        assertEquals((int) Math.ceil(hotspots.get("cells").asInt() / 100.0), fewer.size());
        assertEquals(boxes.subList(0, fewer.size()), fewer);
    }

    @Test
    @Order(2)
    void theChartAndTableShowTheStoredForecastBesideTheStoresDailyCounts() throws Exception {
        StoredRun run = districtRun();
        assertFalse(run.stale());
        String age = ui.robot.lookup("#forecast-age").queryAs(Label.class).getText();
        assertTrue(age.startsWith("Stored forecast of districts (all categories): data up to " + last), age);
        // the whole area first, then a district
        for (String zone : List.of(DailySeries.WHOLE_AREA, run.series().get(0).zone())) {
            ui.robot.interact(() -> panel().selectZone(zone));
            StoredSeries stored = run.series().stream()
                    .filter(s -> s.zone().equals(zone))
                    .findFirst()
                    .orElseThrow();
            ChartNumbers n = panel().chartNumbers();
            assertArrayEquals(stored.forecast().mean(), n.point(), zone);
            assertArrayEquals(stored.forecast().lo80(), n.lo80(), zone);
            assertArrayEquals(stored.forecast().hi80(), n.hi80(), zone);
            assertArrayEquals(stored.forecast().lo95(), n.lo95(), zone);
            assertArrayEquals(stored.forecast().hi95(), n.hi95(), zone);
            assertArrayEquals(stored.naive(), n.naive(), zone);
            assertEquals(last, n.lastHistoryDay());
            assertArrayEquals(dailyCounts(zone, 56), n.history(), zone);
            String score =
                    ui.robot.lookup("#forecast-score").queryAs(Label.class).getText();
            assertTrue(
                    score.contains(String.format(
                            Locale.ROOT,
                            "its error was %.2f against the naive forecast's %.2f",
                            stored.validationMase(),
                            stored.naiveMase())),
                    score);
        }
        // the zone table: tomorrow's median and 80% range, the next 7 days' expected total, the last 7 days' count
        var table = panel().tableText();
        assertEquals(run.series().size(), table.size());
        for (StoredSeries stored : run.series()) {
            List<String> row = table.get(stored.zone());
            var f = stored.forecast();
            double next7 = 0;
            for (int h = 0; h < 7; h++) {
                next7 += stored.expected()[h];
            }
            long last7 = Math.round(Arrays.stream(dailyCounts(stored.zone(), 7)).sum());
            assertEquals(
                    List.of(
                            String.format(Locale.ROOT, "%.0f (%.0f–%.0f)", f.mean()[0], f.lo80()[0], f.hi80()[0]),
                            String.format(Locale.ROOT, "%.0f", next7),
                            Long.toString(last7),
                            last7 == 0
                                    ? "-"
                                    : String.format(Locale.ROOT, "%+d%%", Math.round(100 * (next7 - last7) / last7))),
                    row.subList(1, 5),
                    stored.zone());
        }
        // in plain words: the weeks the model beat the naive forecast, each week's errors as stored and as
        // `forecast stored --json` prints them; their mean is the 4-week score
        JsonNode stored = cli("forecast", "stored", "--store", store.toString(), Long.toString(run.id()), "--json");
        int weeks = 0;
        int beaten = 0;
        for (int i = 0; i < run.series().size(); i++) {
            StoredSeries s = run.series().get(i);
            JsonNode j = stored.get("series").get(i);
            assertEquals(s.zone(), j.get("zone").asText());
            assertEquals(
                    org.khareetaty.core.forecast.ForecastRun.VALIDATION_WEEKS,
                    s.weeks().weeks(),
                    s.zone());
            double model = 0;
            for (int w = 0; w < s.weeks().weeks(); w++) {
                assertEquals(
                        j.get("validation_weeks").get("model").get(w).asDouble(),
                        s.weeks().model()[w]);
                assertEquals(
                        j.get("validation_weeks").get("naive").get(w).asDouble(),
                        s.weeks().naive()[w]);
                model += s.weeks().model()[w] / s.weeks().weeks();
                beaten += s.weeks().model()[w] < s.weeks().naive()[w] ? 1 : 0;
            }
            assertEquals(s.validationMase(), model, 1e-12, s.zone());
            assertEquals(j.get("weeks_beaten").asInt(), s.weeks().beaten(), s.zone());
            weeks += s.weeks().weeks();
        }
        long better = run.series().stream()
                .filter(s -> s.validationMase() < s.naiveMase())
                .count();
        assertEquals(
                "Beat the naive forecast in " + Math.round(100.0 * beaten / weeks) + "% of past weeks (" + beaten
                        + " of " + weeks + ": the last 4 weeks of "
                        + run.series().size() + " series). Over the 4"
                        + " weeks together: better in " + better + " of "
                        + run.series().size() + " series ("
                        + Math.round(100.0 * better / run.series().size()) + "%).",
                ui.robot.lookup("#forecast-run-score").queryAs(Label.class).getText());
        StoredSeries whole = run.series().get(run.series().size() - 1);
        ui.robot.interact(() -> panel().selectZone(whole.zone()));
        String score = ui.robot.lookup("#forecast-score").queryAs(Label.class).getText();
        assertTrue(
                score.startsWith(
                        "It beat the naive forecast in " + whole.weeks().beaten() + " of its last 4 weeks ("
                                + Math.round(100.0 * whole.weeks().beaten() / 4) + "%)."),
                score);
    }

    @Test
    @Order(3)
    void theNext24HoursSpreadTheZonesFirstForecastDayAsForecastZonesHoursDoes() throws Exception {
        StoredRun run = districtRun();
        JsonNode zones =
                cli("forecast", "zones", "--store", store.toString(), "--layer", "districts", "--hours", "--json");
        for (String zone : List.of(DailySeries.WHOLE_AREA, run.series().get(0).zone())) {
            ui.robot.interact(() -> panel().selectZone(zone));
            JsonNode expected = null;
            for (JsonNode h : zones.get("next_24_hours")) {
                if (h.get("zone").asText().equals(zone)) {
                    expected = h;
                }
            }
            assertEquals(last.plusDays(1).toString(), expected.get("day").asText());
            double[] bars = panel().nextHours();
            assertEquals(24, bars.length);
            double sum = 0;
            for (int h = 0; h < 24; h++) {
                assertEquals(expected.get("expected").get(h).asDouble(), bars[h], 1e-9, zone + " hour " + h);
                sum += bars[h];
            }
            // the hours are a spread of the stored forecast's first day: they sum to its expected count
            StoredSeries s = run.series().stream()
                    .filter(x -> x.zone().equals(zone))
                    .findFirst()
                    .orElseThrow();
            assertEquals(s.expected()[0], sum, 1e-9, zone);
        }
        String words =
                ui.robot.lookup("#forecast-hours-words").queryAs(Label.class).getText();
        assertTrue(words.contains("a spread of the daily forecast, not an hourly model"), words);
    }

    @Test
    @Order(4)
    void learnedPatrolBoxesOnH3HexagonsAreTheCellsForecastHotspotsFlagsWithTheNaiveHitRateBeside() throws Exception {
        JsonNode learned = cli(
                "forecast",
                "hotspots",
                "--store",
                store.toString(),
                "--date",
                last.plusDays(1).toString(),
                "--method",
                "learned",
                "--res",
                "9",
                "--json");
        // the boxes are drawn (1% from the test before): a new choice recomputes them, the latest choices winning
        ui.robot.interact(() -> {
            panel().choosePatrol("learned", "h3:9");
            panel().chooseCoverage(5);
        });
        ui.waitFor(
                600,
                () -> panel().patrol() != null
                        && panel().patrol().hexagons()
                        && panel().patrol().method().equals("learned")
                        && panel().patrol().coverage() == 5.0
                        && idle());
        var p = panel().patrol();
        List<FlaggedCell> boxes = panel().patrolBoxes();
        JsonNode flagged = learned.get("flagged");
        assertEquals(flagged.size(), boxes.size());
        for (int k = 0; k < boxes.size(); k++) {
            assertEquals(
                    flagged.get(k).get("cell").asText(),
                    Long.toHexString(boxes.get(k).cell()),
                    "rank " + (k + 1));
        }
        assertEquals(learned.get("cells").asInt(), p.cells());
        assertHitRates(learned.get("backtest"), p);
        String words = ui.robot.lookup("#patrol-words").queryAs(Label.class).getText();
        assertTrue(words.contains("(H3 r9 hexagons)") && words.contains("the riskiest by the learned forecast"), words);
        ui.robot.interact(() -> panel().choosePatrol("selfexciting", "150m"));
        ui.waitFor(600, () -> !panel().patrol().hexagons() && idle());
    }

    @Test
    @Order(5)
    void drillingIntoACellShowsTheForecastChartOfThatCell() throws Exception {
        var drill = ui.window.model();
        var busiest = drill.result().get().cells().stream()
                .max(java.util.Comparator.comparingLong(org.khareetaty.app.ui.map.HexCell::incidents))
                .orElseThrow();
        int res = com.uber.h3core.H3Core.newInstance().getResolution(busiest.cell());
        assertTrue(res >= 6 && res <= 8, "the whole area is drawn at r" + res);
        String cell = Long.toHexString(busiest.cell());
        ui.robot.interact(() -> drill.drillInto(busiest.cell()));
        ui.waitFor(120, () -> panel().shown() != null && panel().shown().layer().equals("h3:" + res) && idle());
        if (panel().shown().run() == null) {
            ui.robot.clickOn("#forecast-make");
            ui.waitFor(600, () -> panel().shown().run() != null && idle());
        }
        StoredSeries stored = panel().shown().run().series().stream()
                .filter(s -> s.zone().equals(cell))
                .findFirst()
                .orElseThrow();
        ChartNumbers n = panel().chartNumbers();
        assertTrue(n.title().contains(cell), n.title());
        assertArrayEquals(stored.forecast().mean(), n.point(), cell);
        assertArrayEquals(stored.forecast().lo95(), n.lo95(), cell);
        assertArrayEquals(stored.forecast().hi95(), n.hi95(), cell);
        assertArrayEquals(stored.naive(), n.naive(), cell);
        // the same forecast as the command line's for the cells of that resolution
        JsonNode zones =
                cli("forecast", "zones", "--store", store.toString(), "--res", Integer.toString(res), "--json");
        JsonNode z = null;
        for (JsonNode j : zones.get("zones")) {
            if (j.get("zone").asText().equals(cell)) {
                z = j;
            }
        }
        for (int h = 0; h < stored.expected().length; h++) {
            assertEquals(z.get("expected").get(h).asDouble(), stored.expected()[h], 1e-9, cell + " day " + h);
            assertEquals(
                    z.get("model").get("hi95").get(h).asDouble(),
                    stored.forecast().hi95()[h],
                    cell);
        }
        ui.robot.interact(() -> drill.up());
        ui.robot.interact(() -> panel().chooseLayer("districts"));
        ui.waitFor(60, () -> panel().shown().layer().equals("districts") && idle());
    }

    @Test
    @Order(6)
    void spikeBadgesMarkTheZonesForecastSpikesAlarmsFor() throws Exception {
        districtRun();
        var badges = panel().tableBadges();
        Set<String> spikes = new HashSet<>();
        Set<String> above = new HashSet<>();
        badges.forEach((zone, badge) -> {
            if (badge.equals("spike")) {
                spikes.add(zone);
            } else if (badge.equals("above 95%")) {
                above.add(zone);
            }
        });
        assertEquals(spikeAlarms, spikes, badges.toString());
        Set<String> aboveOnly = new HashSet<>(above95);
        aboveOnly.removeAll(spikeAlarms);
        assertEquals(aboveOnly, above, badges.toString());
        Set<String> onMap = new HashSet<>(panel().spikeZones());
        Set<String> zoneAlarms = new HashSet<>(spikeAlarms);
        zoneAlarms.remove(DailySeries.WHOLE_AREA);
        assertEquals(zoneAlarms, onMap);
    }

    @Test
    @Order(7)
    void anImportMakesTheForecastStaleAndTheWindowRefitsItWithThePlantedSpike() throws Exception {
        StoredRun before = districtRun();
        assertFalse(spikeAlarms.contains(PLANTED), "district " + PLANTED + " has no spike before the import");
        Path file = planted(25, "planted-spike.csv");
        ui.robot.clickOn("#import");
        ui.waitFor(
                10,
                () -> ui.window.lastImportDialog() != null
                        && ui.window.lastImportDialog().stage().isShowing());
        ImportDialog dialog = ui.window.lastImportDialog();
        ui.robot.interact(() -> dialog.preview(file));
        ui.waitFor(30, () -> ui.robot.lookup("#import-preview").tryQuery().isPresent());
        ui.robot.clickOn("#import-start");
        ui.waitFor(120, () -> dialog.result() != null);
        assertEquals(25, dialog.result().counts().loaded(), dialog.result().toString());
        // the refresh starts when the import completes; the tab then shows the refitted forecast
        ui.waitFor(
                180,
                () -> idle()
                        && panel().shown() != null
                        && panel().shown().run() != null
                        && panel().shown().run().id() != before.id());
        ui.robot.clickOn("#import-close");
        StoredRun after = districtRun();
        assertFalse(after.stale());
        assertTrue(after.madeAt().isAfter(before.madeAt()));
        assertEquals(last, after.asOf(), "the planted incidents are on the last day");
        String status = ui.robot.lookup("#forecast-status").queryAs(Label.class).getText();
        // the districts' and the drilled cells' forecasts (the test before stored one of r6..r8 cells)
        assertTrue(
                status.contains("Refitted "
                        + StoredForecasts.list(ui.window.tasks().store()).size() + " stored forecast"),
                status);
        assertTrue(
                ui.robot.lookup("#forecast-age").queryAs(Label.class).getText().contains("made just now"));
        // 25 more incidents on the last day in one district: its badge, and the others' as before
        var badges = panel().tableBadges();
        assertEquals("spike", badges.get(PLANTED), badges.toString());
        assertTrue(panel().spikeZones().contains(PLANTED), panel().spikeZones().toString());
        badges.forEach((zone, badge) -> {
            if (!zone.equals(PLANTED) && !zone.equals(DailySeries.WHOLE_AREA)) {
                assertEquals(spikeAlarms.contains(zone), badge.equals("spike"), zone + ": " + badges);
            }
        });

        // another import, and Cancel before the refit gets going: the forecast stays, stale
        new Importer(ui.window.tasks().store())
                .importFile(firstRows(200, "again-200.csv"), ImportOptions.defaults(), ProgressListener.NONE);
        ui.robot.interact(() -> {
            panel().imported();
            assertTrue(panel().working());
            assertTrue(ui.robot.lookup("#forecast-progress").query().getParent().isVisible());
            panel().cancel();
        });
        ui.waitFor(120, () -> !panel().working() && ui.window.tasks().running().get() == 0);
        assertTrue(
                ui.robot
                        .lookup("#forecast-status")
                        .queryAs(Label.class)
                        .getText()
                        .contains("cancelled"),
                ui.robot.lookup("#forecast-status").queryAs(Label.class).getText());
        StoredRun kept = districtRun();
        assertEquals(after.id(), kept.id());
        assertTrue(kept.stale());
    }

    /** The patrol boxes' hit rate and the naive map's are the command's backtest, and the tab says both. */
    static void assertHitRates(JsonNode backtest, ForecastViewModel.PatrolForecast p) {
        assertEquals(backtest.get("hit_rate").asDouble(), p.plan().measured().hitRateMean(), 1e-12);
        assertEquals(backtest.get("naive_hit_rate").asDouble(), p.plan().naive().hitRateMean(), 1e-12);
        String words = ui.robot.lookup("#patrol-words").queryAs(Label.class).getText();
        assertTrue(
                words.contains(String.format(
                        Locale.ROOT,
                        "held %.0f%% of the next day's incidents on average; the naive map of the last 365 days %.0f%%",
                        100 * backtest.get("hit_rate").asDouble(),
                        100 * backtest.get("naive_hit_rate").asDouble())),
                words);
    }

    /** The district the planted spike goes into. */
    static final String PLANTED = "11";

    /**
     * {@code n} real records of district {@link #PLANTED} from the sample, given new ids and case numbers and
     * moved to noon of the last day: a spike planted through a real import.
     */
    static Path planted(int n, String name) throws Exception {
        Path out = dir.resolve(name);
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                        new java.util.zip.GZIPInputStream(
                                Files.newInputStream(SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"))),
                        StandardCharsets.UTF_8));
                var w = Files.newBufferedWriter(out)) {
            var csv = new org.khareetaty.core.etl.CsvReader(in);
            String[] header = csv.next().fields();
            var h = org.khareetaty.core.etl.Header.of(header);
            w.write(line(header));
            int written = 0;
            for (var row = csv.next(); row != null && written < n; row = csv.next()) {
                String[] f = row.fields().clone();
                if (!f[h.indexOf("district")].equals(PLANTED) || f[h.indexOf("latitude")].isEmpty()) {
                    continue;
                }
                f[h.indexOf("id")] = Integer.toString(990_000_000 + written);
                f[h.indexOf("case_number")] = "ZZ" + (100_000 + written);
                f[h.indexOf("date")] = last.getMonthValue() + "/" + last.getDayOfMonth() + "/" + last.getYear() + " 12:"
                        + String.format(Locale.ROOT, "%02d", written);
                w.write(line(f));
                written++;
            }
        }
        return out;
    }

    private static String line(String[] fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            b.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(fields[i].replace("\"", "\"\""))
                    .append('"');
        }
        return b.append('\n').toString();
    }

    /** The stored forecast of the districts, made through the tab when there is none yet. */
    static StoredRun districtRun() throws Exception {
        if (panel().shown() == null || !"districts".equals(panel().shown().layer())) {
            ui.robot.interact(() -> panel().chooseLayer("districts"));
            ui.waitFor(
                    60,
                    () -> panel().shown() != null
                            && "districts".equals(panel().shown().layer())
                            && idle());
        }
        if (panel().shown().run() == null) {
            ui.robot.clickOn("#forecast-make");
            ui.waitFor(180, () -> panel().shown().run() != null && idle());
        }
        Store s = ui.window.tasks().store();
        StoredRun listed = StoredForecasts.list(s).stream()
                .filter(r -> r.scope().equals("districts") && r.categories().isEmpty())
                .findFirst()
                .orElseThrow();
        assertEquals(listed.id(), panel().shown().run().id(), "the tab shows the stored run");
        return StoredForecasts.load(s, listed.id());
    }

    /** The incidents of the last {@code days} days up to {@code last} in {@code zone} of the districts, by day. */
    static double[] dailyCounts(String zone, int days) throws Exception {
        double[] out = new double[days];
        LocalDate first = last.minusDays(days - 1L);
        try (Connection c = ui.window.tasks().store().connect();
                PreparedStatement ps = c.prepareStatement("SELECT local_date, COUNT(*) FROM incidents"
                        + " WHERE local_date BETWEEN ? AND ?"
                        + (zone.equals(DailySeries.WHOLE_AREA) ? "" : " AND zone_districts = ?")
                        + " GROUP BY local_date")) {
            ps.setObject(1, first);
            ps.setObject(2, last);
            if (!zone.equals(DailySeries.WHOLE_AREA)) {
                ps.setString(3, zone);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out[(int) (rs.getObject(1, LocalDate.class).toEpochDay() - first.toEpochDay())] = rs.getLong(2);
                }
            }
        }
        return out;
    }

    /** The header and first {@code n} records of the real sample (already imported: duplicates), as a new file. */
    static Path firstRows(int n, String name) throws Exception {
        Path out = dir.resolve(name);
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                        new java.util.zip.GZIPInputStream(
                                Files.newInputStream(SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"))),
                        StandardCharsets.UTF_8));
                var w = Files.newBufferedWriter(out)) {
            for (int i = 0; i <= n; i++) {
                w.write(in.readLine());
                w.write("\n");
            }
        }
        return out;
    }

    static void assertArrayEquals(double[] expected, double[] actual, String what) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 0.0, what);
    }

    static JsonNode cli(String... args) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            exit = Khareetaty.run(args);
        } finally {
            System.setOut(out);
        }
        String text = o.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, text);
        return JSON.readTree(text);
    }

    static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
