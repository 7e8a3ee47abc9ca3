package org.khareetaty.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench alerts} runs end to end on a store of real Chicago crimes (a two-second run: the
 * figures themselves are measured on a quiet machine and recorded in docs/benchmarks.md).
 */
class BenchAlertsTest {
    @TempDir
    Path dir;

    @Test
    void replaysAMultiSourceStreamMadeFromTheIncidentsAndReportsEveryStage() throws Exception {
        String store = SampleStore.imported(dir);
        Captured.Run r = Captured.run(
                BenchCommand::run,
                "alerts",
                "--from",
                store,
                "--work",
                dir.resolve("work").toString(),
                "--rates",
                "400",
                "--seconds",
                "2",
                "--heap-every",
                "1",
                "--json");
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode runs = new ObjectMapper().readTree(r.out());
        assertEquals(1, runs.size());
        JsonNode paced = runs.get(0);
        assertEquals("400", paced.get("rate").asText());
        assertEquals("live", paced.get("clock").asText());
        long events = paced.get("events").asLong();
        assertTrue(events > 300 && events <= 800, "about 400 events a second for 2 s: " + events);
        assertEquals(events, paced.at("/stages/process/count").asLong());
        assertEquals(events, paced.at("/stages/received_to_decided/count").asLong());
        JsonNode d = paced.get("decisions");
        assertTrue(
                d.path("raised").asLong() > 0
                        && d.path("suppressed").asLong() > 0
                        && d.path("deduplicated").asLong() > 0,
                d.toString());
    }
}
