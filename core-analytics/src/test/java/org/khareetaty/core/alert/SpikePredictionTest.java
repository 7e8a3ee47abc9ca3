package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.h3core.util.LatLng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.GreatCircle;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.testing.StoreQueries;

/**
 * A cell's spike prediction against its rolling baseline of incidents: under 0.65 a trend watch, at
 * 0.65 and above a spike. Configured for a short history (2 h, 5 incidents, ratio 1) and 50 m
 * incidents, so that CCTV motion events (severity 0.15) at distinct spots of one r8 cell are each
 * an incident; dynamic risk off, so the sensitivity term stays 0.
 */
class SpikePredictionTest extends EngineFixture {
    /** The configuration of the scenario. */
    static final String CONFIG = "[spike]\nmin_history_hours = 2.0\nmin_ratio = 1.0\nmin_incidents = 5\n"
            + "[windows]\nsession_radius_m = 50.0\n[risk.category_weight]\nother = 0.0\n";
    /** Minutes after T0 of the scenario's events: 8 in the first two hours, then 20:20 .. 21:06. */
    static final double[] MINUTES = {10, 20, 40, 50, 70, 80, 100, 110, 140, 150, 160, 170, 185, 186};

    @Override
    String config() {
        return CONFIG;
    }

    /** The scenario's events: each at its own spot, 80 m apart on a grid around the centre of the r8 cell {@code northM} north of Safat. */
    static List<Event> scenario(Stream s, String prefix, double northM) {
        LatLng c = H3Cells.h3().cellToLatLng(H3Cells.h3().latLngToCell(Stream.lat(northM), Stream.lon(northM, 0), 8));
        double cellNorth = (c.lat - Stream.LAT) * GreatCircle.METRES_PER_DEGREE;
        double cellEast = (c.lng - Stream.LON) * GreatCircle.METRES_PER_DEGREE * Math.cos(Math.toRadians(c.lat));
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < MINUTES.length; i++) {
            out.add(s.event(
                    prefix + i,
                    EventSource.CCTV,
                    "motion",
                    MINUTES[i],
                    cellNorth + 80 * (i / 4 - 1.5),
                    cellEast + 80 * (i % 4 - 1.5),
                    0.3));
        }
        return out;
    }

    static List<AlertDecision> spikes(List<AlertDecision> ds) {
        return ds.stream()
                .filter(d -> d.type() == AlertType.SPIKE || d.type() == AlertType.TREND_WATCH)
                .toList();
    }

    @Test
    void moreIncidentsThanTheBaselineUnderSixtyFivePercentAreATrendWatchThenASpike() {
        List<Event> events = scenario(new Stream(), "m-", 0);
        for (int i = 0; i < 12; i++) {
            assertEquals(
                    List.of(), spikes(Stream.feed(engine, events.get(i))), "no prediction at minute " + MINUTES[i]);
        }
        // 21:05: the window [20:15, 21:15) holds the incidents of 20:20, 20:30, 20:40, 20:50 and 21:05 = 5. The
        // baseline is
        // the 8 incidents of the hours before the window (18:00 and 19:00) over the 2.9167 h of history less the 1 h
        // window:
        // 8 / 1.9167 = 4.1739 expected, and P(X <= 4 | 4.1739) = 0.5949 < 0.65
        AlertDecision watch = Stream.only(spikes(Stream.feed(engine, events.get(12))), DecisionKind.TREND_WATCH);
        assertEquals(AlertType.TREND_WATCH, watch.type());
        assertEquals(0.5949, watch.terms().confidence(), 1e-4);
        assertEquals(0.15, watch.terms().severity(), 1e-9);
        // 0.35 x 0.15 + 0.25 x 0.5949 + 0 + 0.10 x 1 + 0 = 0.3012
        assertEquals(0.3012, watch.score(), 1e-4);
        assertEquals(Priority.P3, watch.priority());
        assertTrue(
                watch.reason()
                        .startsWith(
                                "trend watch: 5 incidents in the 2025-03-01T20:15:00Z to 2025-03-01T21:15:00Z window"),
                watch.reason());
        // 21:06: 6 incidents against 8 / 1.9333 = 4.1379, P(X <= 5) = 0.7632 >= 0.65: the open trend watch becomes a
        // spike
        AlertDecision spike = Stream.only(spikes(Stream.feed(engine, events.get(13))), DecisionKind.DEDUPLICATED);
        assertEquals(watch.alertId(), spike.alertId());
        assertEquals(AlertType.SPIKE, spike.type());
        assertEquals(0.7632, spike.terms().confidence(), 1e-4);
        assertEquals("spike", StoreQueries.text(store, "SELECT alert_type FROM alerts WHERE id = ?", spike.alertId()));
        assertEquals(1, StoreQueries.number(store, "SELECT COUNT(*) FROM alert_audit WHERE action = 'trend_watch'"));
    }

    @Test
    void manyReportsOfOneIncidentAreNoSpike() {
        Stream s = new Stream();
        // 30 events at one spot, 10 minutes apart from 18:00 to 22:50: one incident, so no spike however many events
        for (int i = 0; i < 30; i++) {
            assertEquals(
                    List.of(),
                    spikes(Stream.feed(engine, s.event("one-" + i, EventSource.CCTV, "motion", 10 * i, 0, 0, 0.3))));
        }
        assertEquals(1, StoreQueries.number(store, "SELECT COUNT(DISTINCT incident) FROM alert_stream_events"));
    }
}
