package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.forecast.SourceDistrictSeries;
import org.khareetaty.core.testing.SharedData;

/**
 * {@code khareetaty forecast} on the real Chicago aggravated assaults 2010-2019: the backtest straight
 * from the file (protocol A, the reference's seasonal naive figures), and zone forecasts from a store
 * with the police districts and beats.
 */
class ForecastCommandTest {
    @TempDir
    static Path dir;

    static String store;
    static Path assaults;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadAndImport() {
        assaults = SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz");
        store = dir.resolve("store").toString();
        ChicagoLayers.load(store, ChicagoLayers.DISTRICT_CODES, ChicagoLayers.BEATS);
        ok("import", "--store", store, "--json", assaults.toString());
    }

    static Cli.Run ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertEquals(0, r.exit(), r.out() + r.err());
        return r;
    }

    @Test
    void backtestFromTheFileReproducesTheReferenceSeasonalNaive() {
        Cli.Run r = ok("forecast", "backtest", "--file", assaults.toString(), "--models", "snaive");
        assertTrue(
                r.out().contains("mase_snaive=1.008 city_mase_snaive=0.952 cov80_snaive=0.791 cov95_snaive=0.939"),
                r.out());
        assertTrue(r.out().contains("origins=13 districts=22 window=1092"), r.out());
    }

    @Test
    void backtestJsonHasTheHeadlineMaseAndEveryModelBesideIt() throws Exception {
        Cli.Run r = ok(
                "forecast", "backtest", "--file", assaults.toString(), "--origins", "2019-01-01..2019-01-08", "--json");
        JsonNode j = JSON.readTree(r.out());
        assertEquals("glm-median", j.get("chosen").asText());
        assertEquals(2, j.get("origins").size());
        assertEquals(22 * 2 * 7, j.get("targets").asInt());
        assertEquals(
                j.get("models").get("glm-median").get("mase").asDouble(),
                j.get("mase").asDouble());
        assertTrue(j.get("models").has("snaive"));
        assertTrue(j.get("models").has("ets"));
        assertTrue(j.get("models").get("ets").get("cpu_seconds").asDouble() > 0);
        JsonNode forms = j.get("models").get("glm-median").get("forms");
        int pooled = forms.get("pooled GLM").asInt();
        assertEquals(23 * 2, pooled + forms.get("GLM").asInt(), forms.toString());
        int sparse = 0;
        for (var d : SourceDistrictSeries.read(assaults).zones()) {
            for (LocalDate origin : List.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 8))) {
                sparse += java.util.Arrays.stream(d.before(origin, 1092)).sum() < 1092 ? 1 : 0;
            }
        }
        assertTrue(sparse >= 2, "district 20 has about 0.4 incidents a day");
        assertEquals(sparse, pooled, "the districts under one incident a day over the window are pooled: " + forms);
    }

    @Test
    void backtestOnTheStoreUsesTheDistrictPolygons() throws Exception {
        Cli.Run r =
                ok("forecast", "backtest", "--store", store, "--layer", "districts", "--models", "snaive", "--json");
        JsonNode j = JSON.readTree(r.out());
        assertEquals("districts", j.get("layer").asText());
        assertEquals(22, j.get("zones").size());
        // the map moves a few incidents to a neighbouring district: close to, not exactly, the reference's 1.008
        assertEquals(1.008, j.get("mase").asDouble(), 0.02);
    }

    @Test
    void zonesForecastEachDistrictBesideTheNaiveBaselineAndFlagTheSparseOnes() throws Exception {
        Cli.Run r =
                ok("forecast", "zones", "--store", store, "--layer", "districts", "--as-of", "2019-06-30", "--json");
        JsonNode j = JSON.readTree(r.out());
        assertEquals("2019-07-01", j.get("days").get(0).asText());
        assertEquals(7, j.get("days").size());
        assertEquals(22, j.get("zones").size());
        for (JsonNode z : j.get("zones")) {
            JsonNode m = z.get("model");
            for (int h = 0; h < 7; h++) {
                assertTrue(m.get("lo95").get(h).asDouble() >= 0);
                assertTrue(
                        m.get("lo95").get(h).asDouble() <= m.get("lo80").get(h).asDouble());
                assertTrue(
                        m.get("hi80").get(h).asDouble() <= m.get("hi95").get(h).asDouble());
                assertTrue(m.get("point").get(h).asDouble() >= 0);
                assertEquals(
                        m.get("point").get(h).asDouble(),
                        Math.rint(m.get("point").get(h).asDouble()));
                assertTrue(z.get("expected").get(h).asDouble() > 0);
            }
            assertTrue(z.get("naive").get("form").asText().equals("snaive"));
            String zone = z.get("zone").asText();
            if (zone.equals("20")) {
                assertTrue(z.get("low_confidence").asBoolean(), "district 20 has about 0.4 incidents a day");
            }
            if (zone.equals("11")) {
                assertFalse(z.get("low_confidence").asBoolean(), "district 11 has about 4 a day");
            }
        }
        Cli.Run text = ok("forecast", "zones", "--store", store, "--layer", "districts", "--horizon", "3");
        assertTrue(
                text.out().contains("Forecast of daily incidents per zone of districts, 2020-01-01 .. 2020-01-03"),
                text.out());
    }

    /**
     * The next 24 hours: each district's first-day expected count spread over the hours of that weekday
     * (2019-07-01, a Monday) with its hour-of-week profile; the hours sum to the day's expected count, and
     * assaults in Chicago are fewest in the early morning and many late in the evening.
     */
    @Test
    void zonesHoursSpreadTheNextDayOverItsHoursWithTheZonesProfile() throws Exception {
        Cli.Run r = ok(
                "forecast",
                "zones",
                "--store",
                store,
                "--layer",
                "districts",
                "--as-of",
                "2019-06-30",
                "--hours",
                "--json");
        JsonNode j = JSON.readTree(r.out());
        JsonNode hours = j.get("next_24_hours");
        assertEquals(23, hours.size(), "22 districts and the whole area");
        for (int i = 0; i < hours.size(); i++) {
            JsonNode h = hours.get(i);
            JsonNode zone = i < 22 ? j.get("zones").get(i) : j.get("whole_area");
            assertEquals(zone.get("zone").asText(), h.get("zone").asText());
            assertEquals("2019-07-01", h.get("day").asText());
            assertEquals(24, h.get("expected").size());
            double sum = 0;
            for (JsonNode v : h.get("expected")) {
                assertTrue(v.asDouble() >= 0);
                sum += v.asDouble();
            }
            assertEquals(zone.get("expected").get(0).asDouble(), sum, 1e-9);
            assertTrue(h.get("profile_incidents").asDouble() > 0);
        }
        JsonNode whole = hours.get(22).get("expected");
        assertTrue(whole.get(6).asDouble() * 2 < whole.get(21).asDouble(), whole.toString());
        Cli.Run text = ok("forecast", "zones", "--store", store, "--layer", "districts", "--horizon", "1", "--hours");
        assertTrue(text.out().contains("Next 24 hours, 2020-01-01 (Wednesday)"), text.out());
        assertTrue(text.out().contains("not an hourly model"), text.out());
    }

    @Test
    void zonesForecastH3CellsAtResolutionSeven() throws Exception {
        Cli.Run r = ok("forecast", "zones", "--store", store, "--res", "7", "--as-of", "2019-06-30", "--json");
        JsonNode j = JSON.readTree(r.out());
        assertEquals("h3:7", j.get("layer").asText());
        assertTrue(j.get("zones").size() > 50, "Chicago has over fifty r7 cells with assaults in every year");
        double cells = 0;
        for (JsonNode z : j.get("zones")) {
            assertEquals(15, z.get("zone").asText().length(), "an H3 index in hex");
            cells += z.get("expected").get(0).asDouble();
            if (z.get("model").get("form").asText().startsWith("pooled")) {
                assertTrue(z.get("low_confidence").asBoolean(), z.toString());
            } else {
                assertEquals("GLM", z.get("model").get("form").asText());
            }
        }
        double city = j.get("whole_area").get("expected").get(0).asDouble();
        assertTrue(cells <= city * 1.05, "the cells share the city's " + city + ", not " + cells);
        assertTrue(cells > city * 0.8, "the kept cells hold most incidents: " + cells + " of " + city);
    }

    @Test
    void storedForecastsKeepModelParametersWindowAndValidationScorePerSeries() throws Exception {
        Cli.Run made = ok("forecast", "store", "--store", store, "--layer", "districts", "--as-of", "2019-06-30");
        assertTrue(
                made.out().contains("districts: glm-median (US_FEDERAL holidays), data up to 2019-06-30"), made.out());
        JsonNode runs = JSON.readTree(
                ok("forecast", "stored", "--store", store, "--json").out());
        assertEquals(1, runs.size());
        assertFalse(runs.get(0).get("stale").asBoolean(), "no import completed since");
        long id = runs.get(0).get("id").asLong();
        JsonNode run = JSON.readTree(ok("forecast", "stored", "--store", store, String.valueOf(id), "--json")
                .out());
        assertEquals(1092, run.get("window_days").asInt());
        assertEquals(23, run.get("series").size(), "22 districts and the whole area");
        JsonNode whole = run.get("series").get(22);
        assertEquals("all", whole.get("zone").asText());
        assertEquals("2016-07-04", whole.get("train_from").asText());
        assertEquals("2019-06-30", whole.get("train_to").asText());
        assertTrue(whole.get("parameters").asText().contains("independence="), whole.toString());
        assertTrue(whole.get("validation_mase").asDouble() > 0);
        assertEquals("2019-07-01", whole.get("days").get(0).asText());
        assertEquals(
                "No stored forecast is stale.",
                ok("forecast", "refresh", "--store", store).out().strip());
    }

    @Test
    void sparseBeatsArePooledWithTheirDistrictAndFlaggedLowConfidence() throws Exception {
        JsonNode j = JSON.readTree(
                ok("forecast", "zones", "--store", store, "--layer", "beats", "--as-of", "2019-06-30", "--json")
                        .out());
        int pooled = 0;
        for (JsonNode z : j.get("zones")) {
            if (z.get("model").get("form").asText().startsWith("pooled")) {
                pooled++;
                assertTrue(z.get("low_confidence").asBoolean(), z.toString());
                // a Chicago beat's number starts with its district's: beat 0111 lies in district 01
                assertEquals(
                        z.get("zone").asText().substring(0, 2),
                        z.get("pooled_with").asText(),
                        z.toString());
            } else {
                assertTrue(z.get("pooled_with").isNull(), z.toString());
            }
        }
        // aggravated assaults: most of Chicago's ~270 beats see far under one a day
        assertTrue(
                pooled > j.get("zones").size() / 2,
                pooled + " of " + j.get("zones").size() + " beats pooled");
    }

    @Test
    void spikesCheckEachH3CellOfResolutionSixAndTheWholeArea() throws Exception {
        JsonNode cells =
                JSON.readTree(ok("forecast", "spikes", "--store", store, "--res", "6", "--date", "2019-06-30", "--json")
                        .out());
        JsonNode districts = JSON.readTree(
                ok("forecast", "spikes", "--store", store, "--layer", "districts", "--date", "2019-06-30", "--json")
                        .out());
        com.uber.h3core.H3Core h3 = com.uber.h3core.H3Core.newInstance();
        JsonNode whole = null;
        int inCells = 0;
        int n = 0;
        for (JsonNode z : cells.get("zones")) {
            int observed = z.get("observed").asInt();
            assertEquals(
                    2 * (Math.sqrt(observed) - Math.sqrt(z.get("expected").asDouble())),
                    z.get("score").asDouble(),
                    1e-9);
            assertEquals(z.get("score").asDouble() > 3, z.get("alarm").asBoolean(), z.toString());
            String name = z.get("zone").asText();
            if (name.equals(org.khareetaty.core.forecast.DailySeries.WHOLE_AREA)) {
                whole = z;
                continue;
            }
            assertTrue(h3.isValidCell(name), name);
            assertEquals(6, h3.getResolution(name), z.toString());
            inCells += observed;
            n++;
        }
        // Chicago's ~600 km2 hold a few dozen r6 cells (about 36 km2 each)
        assertTrue(n >= 10 && n <= 60, n + " cells");
        JsonNode wholeByDistricts = null;
        for (JsonNode z : districts.get("zones")) {
            if (z.get("zone").asText().equals(whole.get("zone").asText())) {
                wholeByDistricts = z;
            }
        }
        // the whole area counts every incident of the day, whatever the zones, and is forecast alike
        assertEquals(
                wholeByDistricts.get("observed").asInt(), whole.get("observed").asInt());
        assertEquals(
                wholeByDistricts.get("expected").asDouble(),
                whole.get("expected").asDouble(),
                1e-9);
        // cells without incidents in every year are left out: their incidents count in the whole area only
        assertTrue(
                inCells <= whole.get("observed").asInt()
                        && inCells > 0.9 * whole.get("observed").asInt(),
                inCells + " in cells of " + whole);
    }

    @Test
    void anAsOfDayOutsideTheDataIsAnInputError() {
        Cli.Run r = Cli.run("forecast", "zones", "--store", store, "--layer", "districts", "--as-of", "2030-01-01");
        assertEquals(1, r.exit());
        assertEquals(
                "error: --as-of 2030-01-01 is outside the data (2010-01-01 .. 2019-12-31)",
                r.err().strip());
    }
}
