package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.alert.enrich.SensitiveSites;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.StoreQueries;
import org.khareetaty.core.testing.TestBoundaries;

/**
 * Enrichment against Kuwait's real governorates and a hand-made file of sensitive sites around
 * Safat (test resources): a school point 1 km north, a 100 m hospital square 1 km south, a
 * government building 1 km east. Proximity = kind weight x (1 - distance / 500 m); the dynamic risk
 * is switched off (violent weight 0) so that the sensitivity term is the sites' alone.
 */
class SensitiveSitesTest {
    @TempDir
    static Path tmp;

    static Store store;
    static AlertEngine engine;
    final Stream s = new Stream();

    static Path resource(String name) throws URISyntaxException {
        return Path.of(SensitiveSitesTest.class
                .getResource("/org/khareetaty/core/alert/" + name)
                .toURI());
    }

    @BeforeAll
    static void open() throws Exception {
        store = Store.open(tmp.resolve("store"));
        TestBoundaries.kuwaitGovernorates(store);
        SensitiveSites.Loaded loaded =
                new SensitiveSites(store).load(resource("test-sites.geojson"), "kind", "name", null);
        assertEquals(3, loaded.added());
        engine = Stream.engine(store, "[risk.category_weight]\nviolent = 0.0\n");
    }

    @AfterAll
    static void close() {
        engine.close();
        store.close();
    }

    static double sensitivity(List<AlertDecision> ds) {
        return ds.stream()
                .filter(d -> d.terms() != null)
                .findFirst()
                .orElseThrow()
                .terms()
                .sensitivity();
    }

    @Test
    void listsTheLoadedSitesByKind() {
        assertEquals(
                List.of(
                        new SensitiveSites.KindCount("government", 1),
                        new SensitiveSites.KindCount("hospital", 1),
                        new SensitiveSites.KindCount("school", 1)),
                new SensitiveSites(store).kinds());
    }

    @Test
    void anEventAHundredMetresFromASchoolScoresEightTenthsSensitivityAndGetsItsGovernorate() throws Exception {
        List<AlertDecision> ds = Stream.feed(engine, s.event("cad-s", EventSource.CAD, "robbery", 0, 900, 0, 0.9));
        assertEquals(0.8, sensitivity(ds), 1e-3, "1 - 100/500");
        AlertDecision d = Stream.only(ds, DecisionKind.RAISED);
        assertEquals("KW-KU", d.zone(), "Safat is in the Capital governorate");
        JsonNode ex = new ObjectMapper()
                .readTree(StoreQueries.text(
                        store, "SELECT explanation FROM alert_explanations WHERE alert_id = ?", d.alertId()));
        assertEquals("Test school A", ex.at("/trigger/site/name").asText());
        assertEquals(100, ex.at("/trigger/site/distance_m").asDouble(), 0.5);
        assertEquals("KW-KU", ex.at("/trigger/zones/governorates").asText());
    }

    @Test
    void anEventInsideAHospitalPolygonIsAtDistanceZeroAndOneJustOutsideAtItsEdge() {
        assertEquals(
                1.0,
                sensitivity(Stream.feed(engine, s.event("cad-h", EventSource.CAD, "robbery", 60, -1000, 0, 0.9))),
                1e-9);
        // 20 m south of the square's southern edge (1,050 m south), 45 minutes later: its own incident
        assertEquals(
                0.96,
                sensitivity(Stream.feed(engine, s.event("cad-h2", EventSource.CAD, "robbery", 105, -1070, 0, 0.9))),
                1e-3);
    }

    @Test
    void aGovernmentBuildingWeighsEightTenths() {
        assertEquals(
                0.4,
                sensitivity(Stream.feed(engine, s.event("cad-g", EventSource.CAD, "robbery", 200, 0, 750, 0.9))),
                1e-3,
                "0.8 x (1 - 250/500)");
        assertEquals(
                0.0,
                sensitivity(
                        Stream.feed(engine, s.event("cad-far", EventSource.CAD, "robbery", 300, -3000, -3000, 0.9))),
                1e-9,
                "no site within 500 m");
    }

    @Test
    void aSiteFileWithALineIsRefusedNamingTheFeature() throws Exception {
        Path bad = resource("test-sites-with-a-line.geojson");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new SensitiveSites(store).load(bad, "kind", null, null));
        assertTrue(e.getMessage().contains("feature 1 is a LineString"), e.getMessage());
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
        assertEquals(
                3,
                StoreQueries.number(store, "SELECT COUNT(*) FROM alert_sites"),
                "nothing of the bad file was stored");
    }
}
