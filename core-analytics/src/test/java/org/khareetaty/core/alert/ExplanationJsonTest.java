package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.enrich.SensitiveSites;
import org.khareetaty.core.alert.geofence.GeofenceRule;
import org.khareetaty.core.alert.geofence.Geofences;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.testing.StoreQueries;
import org.khareetaty.core.testing.TestBoundaries;

/**
 * The explanation JSON stored with each alert (docs/alerts.md), pinned byte for byte against golden
 * files: an incident correlated across sources near a school, citizen reports fused into one, a
 * geofence firing, a trend watch and a spike, and an alert passed through unscored. Key order,
 * number formats and absent keys are part of what readers of the store see.
 */
class ExplanationJsonTest extends StoreFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    final Stream s = new Stream();

    @BeforeAll
    static void governorates() {
        TestBoundaries.kuwaitGovernorates(store);
    }

    @BeforeEach
    void sitesAroundSafat() throws Exception {
        Stream.reset(store);
        new SensitiveSites(store).load(SensitiveSitesTest.resource("test-sites.geojson"), "kind", "name", null);
    }

    /** The stored explanations, one line each, in the order their alerts were raised. */
    private static String stored() {
        StringBuilder b = new StringBuilder();
        for (List<String> row : StoreQueries.rows(store, "SELECT explanation FROM alert_explanations ORDER BY alert_id")) {
            b.append(canonical(row.get(0))).append('\n');
        }
        return b.toString();
    }

    /**
     * {@code json} with the keys of {@code lead}, {@code weights} and {@code trigger.site} in their
     * documented order: they were built with {@code Map.of}, whose order changes from run to run.
     */
    private static String canonical(String json) {
        try {
            JsonNode n = JSON.readTree(json);
            reorder(n.get("lead"), "event", "source", "type");
            reorder(n.get("weights"), "severity", "confidence", "corroboration", "urgency", "sensitivity");
            reorder(n.path("trigger").get("site"), "name", "kind", "distance_m");
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }

    private static void reorder(JsonNode n, String... keys) {
        if (n instanceof ObjectNode o) {
            List<JsonNode> values = new ArrayList<>();
            for (String k : keys) {
                values.add(o.get(k));
            }
            assertEquals(keys.length, o.size(), o.toString());
            o.removeAll();
            for (int i = 0; i < keys.length; i++) {
                o.set(keys[i], values.get(i));
            }
        }
    }

    static void assertGolden(String name, String actual) {
        assertEquals(golden(name), actual);
    }

    static String golden(String name) {
        try (InputStream in = ExplanationJsonTest.class.getResourceAsStream("explanations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("golden file explanations/" + name, e);
        }
    }

    @Test
    void anIncidentCorrelatedAcrossSourcesNearASchoolAndFusedCitizenReports() {
        try (AlertEngine engine = Stream.engine(store, "")) {
            for (Event e : List.of(s.event("cad-1", EventSource.CAD, "robbery", 0, 900, 0, 0.80),
                    s.event("gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 2, 950, 0, 0.70),
                    s.event("cr-1", EventSource.CITIZEN_REPORT, "assault", 20, -2000, 2000, 0.75, "phone-1"),
                    s.event("cr-2", EventSource.CITIZEN_REPORT, "assault", 22, -1970, 2000, 0.60, "phone-2"),
                    s.event("cr-3", EventSource.CITIZEN_REPORT, "fight", 24, -2000, 2020, 0.90, "phone-3"))) {
                Stream.feed(engine, e);
            }
        }
        assertGolden("incident.txt", stored());
    }

    @Test
    void aGeofenceFiring() throws Exception {
        new Geofences(store).add("west-square", SensitiveSitesTest.resource("test-geofence.geojson"), GeofenceRule.parse("any"));
        try (AlertEngine engine = Stream.engine(store, "")) {
            Stream.feed(engine, s.event("cad-1", EventSource.CAD, "theft", 0, 0, -3000, 0.30));
            Stream.feed(engine, s.event("cad-2", EventSource.CAD, "theft", 10, 100, -3100, 0.9));
        }
        assertGolden("geofence.txt", stored());
    }

    @Test
    void aTrendWatchThenASpike() {
        try (AlertEngine engine = Stream.engine(store, SpikePredictionTest.CONFIG)) {
            for (Event e : SpikePredictionTest.scenario(s, "m-", 0)) {
                Stream.feed(engine, e);
            }
        }
        assertGolden("spike.txt", stored());
    }

    @Test
    void anAlertPassedThroughUnscored() {
        try (AlertEngine engine = AlertEngine.open(store, Stream.config(store, Stream.TEST_BUDGETS.replace("scoring_ms = 60000.0",
                "scoring_ms = 0.0")))) {
            Stream.feed(engine, s.event("cr-1", EventSource.CITIZEN_REPORT, "theft", 0, 0, 0, 0.2, "p"));
        }
        // the time scoring took is measured: the golden file holds it as N.NN
        assertGolden("unscored.txt", stored().replaceAll("scoring took \\d+\\.\\d\\d ms", "scoring took N.NN ms"));
    }
}
