package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.audit.AuditEntry;
import org.khareetaty.core.alert.audit.AuditLog;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.testing.StoreQueries;

/** The tumbling, sliding, session and 24-hour windows, and late events within and beyond the 5 allowed minutes. */
class WindowsTest extends EngineFixture {

    static Instant at(double minutes) {
        return Stream.T0.plusMillis(Math.round(minutes * 60_000));
    }

    @Test
    void tumblingFiveMinuteCountsPlaceEventsUpToFiveMinutesLateInTheirWindow() {
        Stream.feed(engine, s.event("m-1", EventSource.CCTV, "motion", 1, 0, 0, 0.3));
        Stream.feed(engine, s.event("m-2", EventSource.CCTV, "motion", 3, 0, 0, 0.3));
        Stream.feed(engine, s.event("m-3", EventSource.CCTV, "motion", 6, 0, 0, 0.3));
        Stream.feed(engine, s.event("m-4", EventSource.CCTV, "motion", 9, 0, 0, 0.3));
        assertEquals(2, engine.tumblingCount(Stream.LAT, Stream.LON, at(0)), "18:00-18:05 holds 18:01 and 18:03");
        assertEquals(2, engine.tumblingCount(Stream.LAT, Stream.LON, at(5)), "18:05-18:10 holds 18:06 and 18:09");
        // stream time is 18:09; an event of 18:04:30 is 4.5 minutes late: placed in 18:00-18:05
        List<AlertDecision> within = Stream.feed(engine, s.event("m-5", EventSource.CCTV, "motion", 4.5, 0, 0, 0.3));
        assertTrue(within.stream().noneMatch(d -> d.kind() == DecisionKind.LATE), within.toString());
        assertEquals(3, engine.tumblingCount(Stream.LAT, Stream.LON, at(0)));
        // an event of 18:03:30 is 5.5 minutes late: logged and kept out of the window
        List<AlertDecision> beyond = Stream.feed(engine, s.event("m-6", EventSource.CCTV, "motion", 3.5, 0, 0, 0.3));
        AlertDecision late = Stream.only(beyond, DecisionKind.LATE);
        assertEquals(
                "occurred 5m30s before stream time (allowed lateness 5m00s): not placed in windows, assessed alone",
                late.reason());
        assertEquals(3, engine.tumblingCount(Stream.LAT, Stream.LON, at(0)));
        assertEquals(1, StoreQueries.number(store, "SELECT COUNT(*) FROM alert_stream_events WHERE late"));
        List<AuditEntry> lateAudit = new AuditLog(store).list(null, "late", 10);
        assertEquals(1, lateAudit.size());
        assertEquals("m-6", lateAudit.get(0).eventId());
        assertEquals("engine", lateAudit.get(0).actor());
    }

    @Test
    void slidingHourWindowsAdvanceByFifteenMinutes() {
        for (double m : new double[] {10, 20, 40, 65}) {
            Stream.feed(engine, s.event("m-" + (int) m, EventSource.CCTV, "motion", m, 0, 0, 0.3));
        }
        // the window ending at the end of 18:40's pane, 18:45, is [17:45, 18:45): 18:10, 18:20, 18:40
        assertEquals(3, engine.slidingTotals(Stream.LAT, Stream.LON, at(40)).count());
        // the window ending at 19:15 is [18:15, 19:15): 18:20, 18:40, 19:05
        assertEquals(3, engine.slidingTotals(Stream.LAT, Stream.LON, at(65)).count());
        // the window ending at 18:15 is [17:15, 18:15): 18:10 only
        assertEquals(1, engine.slidingTotals(Stream.LAT, Stream.LON, at(10)).count());
        // a late event of 19:01 (4 minutes behind 19:05) enters the panes of its own time
        Stream.feed(engine, s.event("m-late", EventSource.CCTV, "motion", 61, 0, 0, 0.3));
        assertEquals(4, engine.slidingTotals(Stream.LAT, Stream.LON, at(65)).count());
        assertEquals(
                0.15,
                engine.slidingTotals(Stream.LAT, Stream.LON, at(65)).severitySum() / 4,
                1e-9,
                "motion has severity 0.15");
    }

    @Test
    void sessionWindowsGroupEventsIntoOneIncidentUntilAThirtyMinuteGap() {
        AlertDecision first = Stream.only(
                Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.8)), DecisionKind.RAISED);
        // 25 minutes later, 100 m away: the same incident, so the same alert
        AlertDecision same = Stream.only(
                Stream.feed(engine, s.event("cad-2", EventSource.CAD, "robbery", 25, 100, 0, 0.8)),
                DecisionKind.DEDUPLICATED);
        assertEquals(first.alertId(), same.alertId());
        // 29 minutes after that, still one incident (gaps of 25 and 29 minutes)
        AlertDecision still = Stream.only(
                Stream.feed(engine, s.event("cad-3", EventSource.CAD, "robbery", 54, 0, 100, 0.8)),
                DecisionKind.DEDUPLICATED);
        assertEquals(first.alertId(), still.alertId());
        // 31 minutes after the last event: a new incident and a new alert
        AlertDecision next = Stream.only(
                Stream.feed(engine, s.event("cad-4", EventSource.CAD, "robbery", 85, 0, 0, 0.8)), DecisionKind.RAISED);
        assertNotEquals(first.alertId(), next.alertId());
        assertEquals(
                "cad-1", StoreQueries.text(store, "SELECT incident FROM alert_stream_events WHERE event_id = 'cad-3'"));
        assertEquals(
                "cad-4", StoreQueries.text(store, "SELECT incident FROM alert_stream_events WHERE event_id = 'cad-4'"));
        engine.close(); // an open alert's row may wait writes.alert_row_ms for later updates; closing writes it
        assertEquals(3, StoreQueries.number(store, "SELECT event_count FROM alerts WHERE id = ?", first.alertId()));
    }

    @Test
    void anEventBeyondTheSessionRadiusStartsItsOwnIncident() {
        AlertDecision a = Stream.only(
                Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.8)), DecisionKind.RAISED);
        AlertDecision b = Stream.only(
                Stream.feed(engine, s.event("cad-2", EventSource.CAD, "robbery", 1, 520, 0, 0.8)), DecisionKind.RAISED);
        assertNotEquals(a.alertId(), b.alertId(), "520 m from the first incident's anchor, radius 500 m");
    }

    @Test
    void rollingSummaryCountsTheLastTwentyFourHoursByHourSourceAndCategory() {
        Stream.feed(engine, s.event("gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 0, 0, 0, 0.7));
        Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 10, 0, 0, 0.8));
        Stream.feed(engine, s.event("cad-2", EventSource.CAD, "theft", 70, 3000, 0, 0.8));
        Stream.feed(engine, s.event("cad-3", EventSource.CAD, "theft", 24 * 60 + 5, 3000, 0, 0.8));
        var totals = engine.summary();
        // stream time is 18:05 the next day: the summary is the 24 hourly buckets from 19:00 to 18:00-19:00 the next
        // day, which holds cad-2 (19:10) and cad-3 and drops 18:00's two events
        assertEquals(2, totals.events());
        assertEquals(2L, totals.bySource().get(EventSource.CAD));
        assertEquals(2L, totals.byCategory().get("property"));
        assertEquals(
                2,
                engine.summaryCount(Stream.LAT, Stream.LON, at(0), at(60)),
                "18:00's hour holds the gunshot and cad-1");
    }
}
