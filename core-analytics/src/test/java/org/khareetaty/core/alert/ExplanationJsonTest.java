package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.enrich.SensitiveSites;
import org.khareetaty.core.alert.explain.ExplanationDocument;
import org.khareetaty.core.alert.geofence.GeofenceRule;
import org.khareetaty.core.alert.geofence.Geofences;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.json.JsonMapping;
import org.khareetaty.core.testing.StoreQueries;
import org.khareetaty.core.testing.TestBoundaries;

/**
 * The explanation JSON stored with each alert (docs/alerts.md), pinned byte for byte against golden
 * files: an incident correlated across sources near a school, citizen reports fused into one, a
 * geofence firing, a trend watch and a spike, and an alert enriched in part. Key order,
 * number formats and absent keys are part of what readers of the store see.
 */
class ExplanationJsonTest extends StoreFixture {
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
        for (List<String> row :
                StoreQueries.rows(store, "SELECT explanation FROM alert_explanations ORDER BY alert_id")) {
            b.append(row.get(0)).append('\n');
        }
        return b.toString();
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
            for (Event e : List.of(
                    s.event("cad-1", EventSource.CAD, "robbery", 0, 900, 0, 0.80),
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
        new Geofences(store)
                .add("west-square", SensitiveSitesTest.resource("test-geofence.geojson"), GeofenceRule.parse("any"));
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
    void anAlertEnrichedInPart() {
        // a zero enrichment budget: the school 100 m away and the cell's risk are left out, and the alert says so
        try (AlertEngine engine = AlertEngine.open(
                store,
                Stream.config(store, Stream.TEST_BUDGETS.replace("enrichment_ms = 60000.0", "enrichment_ms = 0.0")))) {
            Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 0, 900, 0, 0.80));
        }
        assertGolden("degraded.txt", stored());
    }

    @Test
    void readingAStoredExplanationAndWritingItAgainGivesItBackByteForByte() throws Exception {
        for (String name : List.of("incident.txt", "geofence.txt", "spike.txt", "degraded.txt")) {
            for (String line : golden(name).split("\n")) {
                assertEquals(line, JsonMapping.compact().writeValueAsString(ExplanationDocument.read(line)), name);
            }
        }
    }

    @Test
    void theReadersSeeTheTypedParts() {
        ExplanationDocument ex = ExplanationDocument.read(golden("incident.txt").split("\n")[1]);
        assertEquals("cr-1", ex.lead().event());
        assertEquals("{\"assault\":1}", ex.citizenReports().votesAsJson());
        assertEquals("KW-HA", ex.trigger().zones().get("governorates"));
        assertEquals(ExplanationDocument.NONE, ExplanationDocument.read(null));
        IllegalArgumentException bad =
                assertThrows(IllegalArgumentException.class, () -> ExplanationDocument.read("{\"gate\": "));
        assertTrue(bad.getMessage().startsWith("the stored explanation is not valid JSON"), bad.getMessage());
    }
}
