package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.khareetaty.app.cli.Cli.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.uber.h3core.AreaUnit;
import com.uber.h3core.H3Core;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.testing.SharedData;

/**
 * {@code khareetaty forecast hotspots}, {@code hotspots-backtest} and {@code spikes}: on a small generated
 * Kuwait store (4,000 incidents of Nov-Dec 2025, the store path and a grid away from Chicago's origin) and
 * on the real Chicago file (protocol B's first day, against the reference's hits).
 */
class ForecastHotspotsCliTest {
    @TempDir
    static Path dir;

    static String store;

    @BeforeAll
    static void build() throws Exception {
        store = SmallKuwaitStore.build(dir, 42).toString();
    }

    /** The real Chicago file (the test is skipped without it). */
    static Path assaults() {
        return SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz");
    }

    /**
     * {@code forecast hotspots-backtest} of {@link #assaults} on protocol B's first day, 2019-10-01, by
     * {@code methods}, with {@code more}.
     */
    static JsonNode firstDay(String methods, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "forecast",
                "hotspots-backtest",
                "--file",
                assaults().toString(),
                "--from",
                "2019-10-01",
                "--to",
                "2019-10-01",
                "--methods",
                methods,
                "--json"));
        args.addAll(List.of(more));
        return json(args.toArray(String[]::new));
    }

    @Test
    void hotspotsFlagFivePercentOfTheCellsRiskiestFirst() throws Exception {
        JsonNode j = json("forecast", "hotspots", "--store", store, "--date", "2025-12-31", "--json");
        int cells = j.get("cells").asInt();
        JsonNode flagged = j.get("flagged");
        assertEquals((int) Math.ceil(cells * 0.05), flagged.size());
        assertTrue(j.get("incidents_before").asInt() < 4000, "only the incidents before the day");
        for (int k = 1; k < flagged.size(); k++) {
            assertEquals(k + 1, flagged.get(k).get("rank").asInt());
            assertTrue(flagged.get(k).get("score").asDouble()
                    <= flagged.get(k - 1).get("score").asDouble());
        }
        double lon = flagged.get(0).get("lon").asDouble();
        assertTrue(lon > 46 && lon < 49, "a cell in Kuwait: " + lon);
        JsonNode b = j.get("backtest");
        assertEquals("2025-12-03", b.get("from").asText(), "the 28 days before the day");
        assertEquals("2025-12-30", b.get("to").asText());
        double hit = b.get("hit_rate").asDouble();
        assertTrue(hit > 0 && hit <= 1, b.toString());
        assertEquals(hit / 0.05, b.get("pai").asDouble(), 0.05 * hit / 0.05, "PAI = hit rate / flagged share");
    }

    @Test
    void backtestOnTheStoreGivesTheHeadlineBesideEveryMethod() throws Exception {
        JsonNode j = json(
                "forecast",
                "hotspots-backtest",
                "--store",
                store,
                "--from",
                "2025-12-01",
                "--to",
                "2025-12-31",
                "--methods",
                "naive,selfexciting",
                "--json");
        assertEquals(31, j.get("days").asInt());
        assertEquals("selfexciting", j.get("method").asText());
        assertEquals(
                j.get("methods").get("selfexciting").get("hit_rate_5").asDouble(),
                j.get("hit_rate_5").asDouble());
        assertTrue(j.get("methods").get("naive").has("pai_10"));
    }

    @Test
    void backtestFromTheFileHitsWhatTheReferenceHitsOnItsFirstDay() throws Exception {
        JsonNode j = firstDay("naive");
        assertEquals(37_177, j.get("cells").asInt());
        // the reference's daily.csv: 41 incidents on 2019-10-01, 18 of them in naive's top 5% (1,859 cells)
        assertEquals(41, j.get("incidents").asInt());
        assertEquals(18.0 / 41, j.get("hit_rate_5").asDouble(), 1e-12);
        assertEquals(1859, j.get("methods").get("naive").get("cells_5").asInt());
    }

    @Test
    void hotspotsOnH3FlagHexagonsMakingUpTheCoverageOfTheArea() throws Exception {
        JsonNode j = json("forecast", "hotspots", "--store", store, "--date", "2025-12-31", "--res", "9", "--json");
        assertEquals("H3 r9", j.get("grid").asText());
        assertTrue(!j.has("cell_metres"), "hexagons have no cell size in metres");
        H3Core h3 = H3Cells.h3();
        double area = 0;
        double last = 0;
        for (JsonNode c : j.get("flagged")) {
            long cell = Long.parseUnsignedLong(c.get("cell").asText(), 16);
            assertEquals(9, h3.getResolution(cell));
            assertEquals(h3.cellToLatLng(cell).lng, c.get("lon").asDouble(), 1e-9);
            last = h3.cellArea(cell, AreaUnit.km2);
            area += last;
        }
        double target = 0.05 * j.get("area_km2").asDouble();
        assertTrue(area >= target - 1e-9 && area - last < target, area + " km² flagged for 5% = " + target);
        double hit = j.get("backtest").get("hit_rate").asDouble();
        assertTrue(hit > 0 && hit <= 1, j.get("backtest").toString());
    }

    @Test
    void backtestOnH3ReadsTheGridOptionAndKeepsTheSquareOneAsTheProtocols() throws Exception {
        JsonNode square = firstDay("naive,selfexciting", "--grid", "150m");
        assertEquals(37_177, square.get("cells").asInt());
        assertEquals(
                18.0 / 41, square.get("methods").get("naive").get("hit_rate_5").asDouble(), 1e-12);
        JsonNode hex = firstDay("naive,selfexciting", "--grid", "h3:9");
        assertEquals("H3 r9", hex.get("grid").asText());
        assertEquals(41, hex.get("incidents").asInt());
        assertEquals(836, hex.get("area_km2").asDouble(), 10);
        assertTrue(hex.get("cells").asInt() > 7_000 && hex.get("cells").asInt() < 9_000, hex.toString());
        Cli.Run bad = Cli.run(
                "forecast",
                "hotspots-backtest",
                "--file",
                assaults().toString(),
                "--grid",
                "hex9",
                "--methods",
                "naive");
        assertTrue(bad.exit() != 0 && bad.err().contains("--grid takes METRESm (e.g. 150m) or h3:R"), bad.err());
    }

    @Test
    void spikesCheckEveryGovernorateAndTheWholeArea() throws Exception {
        JsonNode j = json(
                "forecast", "spikes", "--store", store, "--layer", "governorates", "--date", "2025-12-31", "--json");
        JsonNode zones = j.get("zones");
        assertTrue(zones.size() >= 2, zones.toString());
        for (JsonNode z : zones) {
            double expected = z.get("expected").asDouble();
            int observed = z.get("observed").asInt();
            assertEquals(
                    2 * (Math.sqrt(observed) - Math.sqrt(expected)),
                    z.get("score").asDouble(),
                    1e-9);
        }
    }
}
