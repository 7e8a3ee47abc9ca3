package org.khareetaty.core.alert.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.ObservedEvent;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.GreatCircle;

/**
 * The spike's count of incidents at the defaults (session 500 m and 30 minutes, records apart beyond
 * 50 m): separate crimes' CAD calls count apart, the other reports of one crime count once, and a crime
 * a sensor reported first counts in its CAD call's cell.
 */
class DistinctIncidentsTest {
    private static final Instant T0 = Instant.parse("2019-11-20T15:00:00Z");
    private static final double LAT = 41.8789;
    private static final double LON = -87.6359;
    private static final long CELL = 1L;
    private static final long NEXT_CELL = 2L;

    private final DistinctIncidents counted =
            new DistinctIncidents(500, 50, Duration.ofMinutes(30), Duration.ofHours(6), Duration.ofMinutes(5));

    private static ObservedEvent event(EventSource source, double minutes, double eastM, long cell) {
        Instant t = T0.plusMillis(Math.round(minutes * 60_000));
        double lon = LON + eastM / (GreatCircle.METRES_PER_DEGREE * Math.cos(Math.toRadians(LAT)));
        Event e = new Event(source.name() + minutes, 1, source, "assault", t, t, LAT, lon, 0.9, null, Map.of());
        return new ObservedEvent(e, cell, "assault", "violent", 0.5, 0, null);
    }

    @Test
    void crimesRecordedSixtyMetresApartCountApartWithinTheSessionRadius() {
        for (int k = 0; k < 4; k++) {
            assertEquals(
                    true,
                    counted.count(event(EventSource.CAD, 10 * k, 60 * k, CELL)).begun(),
                    "crime " + k);
        }
        assertEquals(4, counted.size());
    }

    @Test
    void aRecordsEntryAtTheCallsAddressAndTheCrimesOtherReportsCountOnce() {
        assertEquals(true, counted.count(event(EventSource.CAD, 0, 0, CELL)).begun());
        assertEquals(DistinctIncidents.Count.NONE, counted.count(event(EventSource.RECORDS, 1, 30, CELL)));
        assertEquals(DistinctIncidents.Count.NONE, counted.count(event(EventSource.GUNSHOT_SENSOR, 1, 250, CELL)));
        assertEquals(DistinctIncidents.Count.NONE, counted.count(event(EventSource.CCTV, 2, -120, CELL)));
        assertEquals(DistinctIncidents.Count.NONE, counted.count(event(EventSource.CITIZEN_REPORT, 3, 400, CELL)));
        assertEquals(1, counted.size());
    }

    @Test
    void aCrimeASensorReportedFirstCountsOnceInItsCallsCell() {
        // the sensor 250 m off the crime, in the next cell: counted there until the call comes
        assertEquals(
                true,
                counted.count(event(EventSource.GUNSHOT_SENSOR, 0, 250, NEXT_CELL))
                        .begun());
        assertEquals(
                new DistinctIncidents.Count(false, true, NEXT_CELL, T0),
                counted.count(event(EventSource.CAD, 2, 0, CELL)));
        // a second crime's call 100 m from the first: counted
        assertEquals(true, counted.count(event(EventSource.CAD, 15, 100, CELL)).begun());
        assertEquals(2, counted.size());
    }

    @Test
    void aReportAfterTheSessionGapCountsAgain() {
        assertEquals(true, counted.count(event(EventSource.CCTV, 0, 0, CELL)).begun());
        assertEquals(true, counted.count(event(EventSource.CCTV, 31, 0, CELL)).begun());
    }
}
