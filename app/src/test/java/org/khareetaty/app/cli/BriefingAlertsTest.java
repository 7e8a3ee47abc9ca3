package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.alert.AlertDecision;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.testing.SharedData;

/**
 * A shift briefing's open alerts: alerts the real engine raised on a store of the real Chicago sample with
 * its police districts, one of them closed by the analyst, one in another district. District 1's briefing
 * lists its open alert with the gate's one-line finding, and neither the closed one nor the other
 * district's.
 */
class BriefingAlertsTest {
    @TempDir
    static Path dir;

    static String store;
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<AlertDecision> RAISED = new ArrayList<>();

    /** An event at {@code lat}, {@code lon}, {@code minutes} after 18:00 UTC on 22 September 2019. */
    static Event at(
            long seq, String id, EventSource source, String type, int minutes, double lat, double lon, double c) {
        java.time.Instant t = java.time.Instant.parse("2019-09-22T18:00:00Z").plusSeconds(60L * minutes);
        return new Event(id, seq, source, type, t, t, lat, lon, c, null, Map.of());
    }

    @BeforeAll
    static void raiseAlerts() throws Exception {
        store = dir.resolve("chicago").toString();
        ChicagoLayers.load(store, ChicagoLayers.BEATS_PRIMARY, ChicagoLayers.DISTRICTS);
        ok(
                "import",
                "--store",
                store,
                "-q",
                SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz").toString());
        AlertsCliTest.process(
                        store,
                        List.of(
                                // in the Loop (district 1), a robbery call and a gunshot 50 m north of it two
                                // minutes later: one correlated alert
                                at(1, "cad-1", EventSource.CAD, "robbery", 0, 41.8819, -87.6278, 0.80),
                                at(2, "gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 2, 41.88235, -87.6278, 0.70),
                                // an hour and a half later, 1 km south, still district 1: closed below
                                at(3, "cad-2", EventSource.CAD, "robbery", 90, 41.8729, -87.6278, 0.80),
                                // two hours later, 10 km west: another district
                                at(4, "cad-3", EventSource.CAD, "robbery", 120, 41.8819, -87.7483, 0.80)))
                .stream()
                .filter(d -> d.kind().wire().equals("raised"))
                .forEach(RAISED::add);
    }

    static String ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertEquals(0, r.exit(), () -> String.join(" ", args) + "\n" + r.out() + r.err());
        return r.out();
    }

    @Test
    void districtOnesBriefingListsItsOpenAlertWithTheGatesFinding() throws Exception {
        Map<String, JsonNode> byIncident = new java.util.TreeMap<>();
        for (JsonNode a : JSON.readTree(ok("alerts", "list", "--store", store, "--limit", "100", "--json"))) {
            JsonNode shown = JSON.readTree(ok("alerts", "show", a.get("id").asText(), "--store", store, "--json"));
            byIncident.put(shown.get("dedup_key").asText(), shown);
        }
        assertEquals(3, RAISED.size(), "three alerts raised: " + byIncident.keySet());
        JsonNode open = byIncident.get("incident:cad-1");
        JsonNode closed = byIncident.get("incident:cad-2");
        JsonNode elsewhere = byIncident.get("incident:cad-3");
        ok("alerts", "close", closed.get("id").asText(), "--store", store, "--note", "a duplicate call");

        Path pack = dir.resolve("briefing");
        ok("report", "briefing", "--store", store, "--zone", "districts:1", "--out", pack.toString());
        String text;
        try (PDDocument doc = Loader.loadPDF(pack.resolve("briefing.pdf").toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Open alerts: 1"), text);
        // the gate's finding as the engine explained it (alerts show), the table cell wrapped over lines
        String gate = open.at("/explanation/gate").asText();
        assertEquals("correlated: cad 0.80 + sensor.gunshot 0.70, combined 0.75 >= 0.70", gate);
        assertTrue(text.contains(gate), "the open alert's one-line explanation: " + text);
        assertTrue(text.contains("correlated gunshot"), "its type and event type: " + text);
        // the closed alert and the other district's are single robbery calls, explained alike: neither is listed
        String single = closed.at("/explanation/gate").asText();
        assertEquals(single, elsewhere.at("/explanation/gate").asText());
        assertFalse(single.isEmpty() || gate.equals(single), single);
        assertFalse(text.contains(single), "neither the closed alert nor the other district's: " + text);
        List<String> rows = Files.readAllLines(pack.resolve("open_alerts.csv"));
        assertEquals(2, rows.size(), "a head and the one open alert of district 1: " + rows);
        assertTrue(rows.get(1).startsWith(open.get("id").asText() + ",P"), rows.get(1));
        assertTrue(rows.get(1).contains(gate), rows.get(1));
    }
}
