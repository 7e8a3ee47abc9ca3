package org.khareetaty.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench spikes} replays a month of real Chicago crimes with planted spikes through the engine,
 * once per spike expectation (the figures themselves are measured on the full assault file and
 * recorded in docs/benchmarks.md).
 */
class BenchSpikesTest {
    @TempDir
    Path dir;

    @Test
    void replaysTheDaysWithPlantedSpikesOncePerExpectation() throws Exception {
        String store = SampleStore.imported(dir);
        String work = dir.resolve("work").toString();
        String days = "2019-08-01..2019-08-31";
        String config = "[windows]\\nsession_radius_m = 50.0";
        String[] args = {
            "spikes", "--from", store, "--work", work, "--days", days, "--plants", "10", "--config", config, "--json"
        };
        Captured.Run r = Captured.run(BenchCommand::run, args);
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode runs = new ObjectMapper().readTree(r.out());
        assertEquals(2, runs.size());
        assertEquals("summary", runs.get(0).get("expectation").asText());
        JsonNode history = runs.get(1);
        assertEquals("hour_of_week", history.get("expectation").asText());
        assertEquals(runs.get(0).get("events").asLong(), history.get("events").asLong());
        assertEquals(10, history.get("planted").asInt());
        // the sample's r8 cells expect far under the 0.5/h floor in every hour of the week, and the history
        // needs no warm-up: 4 incidents against 0.5 are a spike (P(X < 4 | 0.5) = 0.998), raised by the 4th,
        // 45 minutes after the first
        assertEquals(10, history.get("detected").asInt(), r.out());
        assertEquals(45.0, history.get("median_delay_minutes").asDouble(), 1e-9, r.out());
        assertEquals(10, runs.get(0).get("planted").asInt(), "the same spikes planted for the summary");
    }

    @Test
    void daysNotARangeAreAClearError() {
        Captured.Run r = Captured.run(BenchCommand::run, "spikes", "--from", dir.toString(), "--days", "2019-08-01");
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("--days is FIRST..LAST, e.g. 2019-10-01..2019-12-31, not '2019-08-01'"), r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
    }
}
