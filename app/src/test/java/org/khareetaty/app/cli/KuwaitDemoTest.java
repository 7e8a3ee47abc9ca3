package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.store.Store;

/** The README's run command: a fresh demo store with Kuwait's governorates and the generated incidents. */
class KuwaitDemoTest {
    @TempDir
    static Path dir;

    static Path store;
    static JsonNode result;

    @BeforeAll
    static void runDemo() throws Exception {
        store = dir.resolve("demo");
        Cli.Run r = Cli.run("demo", "--store", store.toString(), "--json", "-q");
        assertEquals(0, r.exit(), r.out() + r.err());
        result = new ObjectMapper().readTree(r.out());
    }

    @Test
    void importsOverAHundredThousandIncidentsWithEveryRowAccountedFor() {
        assertTrue(result.get("loaded").asLong() >= 100_000, result.toString());
        assertEquals(
                result.get("read").asLong(),
                result.get("loaded").asLong()
                        + result.get("rejected").asLong()
                        + result.get("duplicates").asLong());
        assertEquals(6, result.get("governorates").asInt());
        assertEquals("city", result.get("profile").asText());
    }

    @Test
    void rejectsEachPlantedDefectForItsOwnReason() {
        Map<String, Long> byReason = new TreeMap<>();
        result.get("rejected_by_reason")
                .fields()
                .forEachRemaining(e -> byReason.put(e.getKey(), e.getValue().asLong()));
        // the generator plants: 40 missing and 30 non-numeric coordinates, 30 null-island points, 35 swapped and 35
        // outside Kuwait, 30 unparseable and 15 far-future times, 10 broken quotes and 30 wrong column counts
        assertEquals(
                Map.of(
                        "missing_coordinates",
                        40L,
                        "non_numeric_coordinates",
                        30L,
                        "null_island",
                        30L,
                        "outside_study_area",
                        70L,
                        "bad_timestamp",
                        30L,
                        "future_timestamp",
                        15L,
                        "malformed_row",
                        40L),
                byReason);
        assertEquals(70, result.get("duplicates").asLong(), "40 exact repeats and 30 re-keyed later copies");
        assertEquals(
                40, result.get("zone_mismatches").asLong(), "planted governorate names that disagree with the polygon");
        assertEquals(
                result.get("defects_planted").asLong(),
                result.get("rejected").asLong()
                        + result.get("duplicates").asLong()
                        + result.get("zone_mismatches").asLong()
                        + 30,
                "plus 30 unknown offense types, loaded as 'other'");
    }

    @Test
    void storesEveryIncidentInsideAGovernorateWithItsH3Cells() throws Exception {
        try (Store s = Store.open(store);
                Connection c = s.connect();
                Statement st = c.createStatement()) {
            ResultSet rs =
                    st.executeQuery("SELECT COUNT(*), COUNT(zone_governorates), COUNT(DISTINCT zone_governorates), "
                            + "COUNT(h3_r6), COUNT(DISTINCT h3_r6) FROM incidents");
            rs.next();
            assertEquals(rs.getLong(1), rs.getLong(2));
            assertEquals(6, rs.getInt(3));
            assertEquals(rs.getLong(1), rs.getLong(4));
            assertTrue(rs.getInt(5) > 10, "incidents spread over many city-scale cells");
            // types the taxonomy does not know fall back to 'other'; arson and kidnapping it knows from Chicago
            ResultSet types = st.executeQuery("SELECT offense_type, category FROM incidents WHERE offense_type IN "
                    + "('begging', 'smuggling', 'bribery', 'forgery', 'absconding', 'arson', 'kidnapping')");
            int unknown = 0;
            while (types.next()) {
                String expected = switch (types.getString(1)) {
                    case "arson" -> "property";
                    case "kidnapping" -> "violent";
                    default -> "other";
                };
                assertEquals(expected, types.getString(2), types.getString(1));
                unknown++;
            }
            assertEquals(30, unknown);
        }
    }

    @Test
    void drawsTheDemoBasemapIntoTheStore() throws Exception {
        Path basemap = Path.of(result.get("basemap").asText());
        assertEquals(org.khareetaty.geo.basemap.Basemap.file(store), basemap);
        try (var tiles = org.khareetaty.geo.basemap.MBTilesSource.open(basemap)) {
            assertEquals(5, tiles.info().minZoom());
            assertEquals(
                    org.khareetaty.geo.basemap.BasemapOptions.DEFAULT_MAX_ZOOM,
                    tiles.info().maxZoom());
            assertEquals("Boundaries: Natural Earth", tiles.info().attribution());
        }
        try (Store s = Store.open(store);
                Connection c = s.connect()) {
            assertTrue(
                    org.khareetaty.geo.basemap.Basemap.isCurrent(
                            basemap, c, org.khareetaty.geo.basemap.StoreBasemap.OPTIONS),
                    "the map uses it as it is");
            assertFalse(
                    org.khareetaty.geo.basemap.MBTilesSource.open(basemap)
                            .info()
                            .labelsZones(),
                    "its tiles carry no zone names: the window draws them above its fills");
        }
    }

    @Test
    void rebuildsTheDemoStoreButRefusesAnyOtherFolder() throws Exception {
        Path other = Files.createDirectories(dir.resolve("not-a-demo"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        Cli.Run r = Cli.run("demo", "--store", other.toString(), "-q");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("not a demo store"), r.err());
        assertTrue(Files.exists(other.resolve("notes.txt")));
    }
}
