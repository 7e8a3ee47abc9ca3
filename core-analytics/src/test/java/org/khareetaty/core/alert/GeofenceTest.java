package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.geofence.GeofenceRule;
import org.khareetaty.core.alert.geofence.Geofences;
import org.khareetaty.core.event.EventSource;

/** Geofence rules (any event, a type, a count in a window) always alert; a geofence's open alert is updated, not repeated. */
class GeofenceTest extends StoreFixture {
    static Path square;
    final Stream s = new Stream();

    @BeforeAll
    static void findTheSquare() throws Exception {
        square = SensitiveSitesTest.resource("test-geofence.geojson");
    }

    @BeforeEach
    void reset() {
        Stream.reset(store);
    }

    static List<AlertDecision> fence(List<AlertDecision> ds) {
        return ds.stream().filter(d -> d.type() == AlertType.GEOFENCE).toList();
    }

    @Test
    void rulesReadAndPrintInTheirOwnForm() {
        assertEquals(
                new GeofenceRule(GeofenceRule.Kind.COUNT, "gunshot", 5, Duration.ofMinutes(30)),
                GeofenceRule.parse("count:5/30m:gunshot"));
        assertEquals("count:3/2h", GeofenceRule.parse("COUNT:3/2h").toString());
        assertEquals("type:panic", GeofenceRule.parse("type:panic").toString());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> GeofenceRule.parse("more than 5"));
        assertTrue(e.getMessage().contains("count:N/WINDOW"), e.getMessage());
    }

    @Test
    void anyEventInsideAlertsEvenWhenItsOwnGateSuppressesIt() {
        new Geofences(store).add("west-square", square, GeofenceRule.parse("any"));
        try (AlertEngine engine = Stream.engine(store, "")) {
            List<AlertDecision> ds = Stream.feed(engine, s.event("cad-1", EventSource.CAD, "theft", 0, 0, -3000, 0.30));
            Stream.only(ds, DecisionKind.SUPPRESSED);
            AlertDecision g = Stream.only(fence(ds), DecisionKind.RAISED);
            // theft 0.35: 0.35 x 0.35 + 0.25 x 0.30 + 0 + 0.1 + 0 = 0.1225 + 0.075 + 0.1 = 0.2975
            assertEquals(0.2975, g.score(), 1e-9);
            assertTrue(g.reason().startsWith("geofence west-square (any): 1 event inside"), g.reason());
            assertEquals(
                    List.of(),
                    fence(Stream.feed(engine, s.event("cad-out", EventSource.CAD, "theft", 1, 0, -2500, 0.30))),
                    "500 m east of the square");
            // another event inside 10 minutes later updates the geofence's open alert
            AlertDecision again = Stream.only(
                    fence(Stream.feed(engine, s.event("cad-2", EventSource.CAD, "theft", 10, 100, -3100, 0.9))),
                    DecisionKind.DEDUPLICATED);
            assertEquals(g.alertId(), again.alertId());
            // after the 30-minute dedup gap, a new one
            AlertDecision later = Stream.only(
                    fence(Stream.feed(engine, s.event("cad-3", EventSource.CAD, "theft", 41, 0, -3000, 0.9))),
                    DecisionKind.RAISED);
            assertNotEquals(g.alertId(), later.alertId());
        }
    }

    @Test
    void aTypeRuleWatchesOnlyItsType() {
        new Geofences(store).add("west-square", square, GeofenceRule.parse("type:gunshot"));
        try (AlertEngine engine = Stream.engine(store, "")) {
            assertEquals(
                    List.of(),
                    fence(Stream.feed(engine, s.event("cad-1", EventSource.CAD, "theft", 0, 0, -3000, 0.9))));
            AlertDecision g = Stream.only(
                    fence(Stream.feed(
                            engine, s.event("gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 1, 0, -3000, 0.5))),
                    DecisionKind.RAISED);
            assertTrue(g.unverified(), "a hardware sensor alone");
        }
    }

    @Test
    void aCountRuleAlertsWhenTheWindowHoldsEnoughEvents() {
        new Geofences(store).add("west-square", square, GeofenceRule.parse("count:3/30m"));
        try (AlertEngine engine = Stream.engine(store, "")) {
            assertEquals(
                    List.of(),
                    fence(Stream.feed(engine, s.event("m-1", EventSource.CCTV, "motion", 0, 0, -3000, 0.3))));
            assertEquals(
                    List.of(),
                    fence(Stream.feed(engine, s.event("m-2", EventSource.CCTV, "motion", 20, 0, -3000, 0.3))));
            // 35 minutes after the first: the 30-minute window holds only m-2 and m-3
            assertEquals(
                    List.of(),
                    fence(Stream.feed(engine, s.event("m-3", EventSource.CCTV, "motion", 35, 0, -3000, 0.3))));
            AlertDecision g = Stream.only(
                    fence(Stream.feed(engine, s.event("m-4", EventSource.CCTV, "motion", 40, 0, -3000, 0.3))),
                    DecisionKind.RAISED);
            assertTrue(g.reason().contains("3 events inside"), g.reason());
        }
    }

    @Test
    void listAndRemove() {
        Geofences fences = new Geofences(store);
        fences.add("west-square", square, GeofenceRule.parse("any"));
        fences.add("west-square-2", square, GeofenceRule.parse("count:2/1h:panic"));
        assertEquals(
                List.of("west-square", "west-square-2"),
                fences.list().stream().map(f -> f.name()).toList());
        assertEquals("count:2/1h:panic", fences.list().get(1).rule().toString());
        assertTrue(fences.remove("west-square"));
        assertFalse(fences.remove("west-square"));
        assertEquals(1, fences.list().size());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> fences.add("bad name!", square, GeofenceRule.parse("any")));
        assertTrue(e.getMessage().contains("letters, digits"), e.getMessage());
    }
}
