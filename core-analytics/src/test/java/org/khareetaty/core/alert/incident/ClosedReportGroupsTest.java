package org.khareetaty.core.alert.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.ObservedEvent;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;

/**
 * Report groups whose fusion window has passed are dropped by an incident that has released its
 * evidence (its alert holds the events), which keeps their count and their verdicts' lead.
 */
class ClosedReportGroupsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T20:00:00Z");
    private final CitizenFusion fusion =
            new CitizenFusion(new AlertConfig.Fusion(50, Duration.ofMinutes(5)), Duration.ofMinutes(5));

    private static ObservedEvent report(String id, double minutes, double northM, String type, double confidence) {
        Instant t = T0.plusMillis(Math.round(minutes * 60_000));
        Event e = new Event(
                id,
                1,
                EventSource.CITIZEN_REPORT,
                type,
                t,
                t,
                29.3 + northM / 111_320.0,
                48.0,
                confidence,
                "phone-" + id,
                Map.of());
        return new ObservedEvent(e, 1L, type, "violent", 0.5, 0, null);
    }

    /** {@code first} joins {@code incident} and starts a report group in it. */
    private ReportGroup group(Incident incident, ObservedEvent first) {
        incident.addMember(first);
        return fusion.start(first, incident);
    }

    @Test
    void closedGroupsStayUntilTheEvidenceIsReleasedThenOnlyTheirCountAndLeadRemain() {
        ObservedEvent a = report("a", 0, 0, "assault", 0.70);
        Incident incident = new Incident(a, Map.of(), 20, 0);
        ReportGroup first = group(incident, a);
        ObservedEvent b = report("b", 1, 200, "fight", 0.90);
        ReportGroup second = group(incident, b);
        assertSame(second, incident.citizen().group(), "0.90 leads");

        // both windows pass (5 min after the last report, plus 5 min lateness) before the alert holds the events
        fusion.expire(T0.plus(Duration.ofMinutes(12)));
        assertEquals(0, fusion.size());
        assertEquals(List.of(first, second), incident.groups(), "kept for the links of an alert raised later");

        incident.releaseEvidence();
        assertEquals(List.of(), incident.groups());
        assertEquals(2, incident.groupCount());
        assertSame(second, incident.citizen().group());

        // a new group, less confident: the dropped 0.90 still leads when the new group's verdict changes
        ObservedEvent c = report("c", 13, 400, "robbery", 0.80);
        ReportGroup third = group(incident, c);
        assertSame(second, incident.citizen().group());
        assertEquals(3, incident.groupCount());
        // closed after the release: dropped at once
        fusion.expire(T0.plus(Duration.ofMinutes(30)));
        assertEquals(List.of(), incident.groups());
        assertEquals(3, incident.groupCount());
        assertEquals("fight", incident.citizen().type());
        assertEquals(0.90, incident.citizen().confidence());
        assertTrue(third.closed());
    }

    @Test
    void whenTheLeadChangesTheFirstOfTheMostConfidentLeadsAmongKeptAndDroppedGroups() {
        ObservedEvent a = report("a", 0, 0, "assault", 0.80);
        Incident incident = new Incident(a, Map.of(), 20, 0);
        ReportGroup dropped = group(incident, a);
        incident.releaseEvidence();
        fusion.expire(T0.plus(Duration.ofMinutes(11)));
        assertEquals(1, incident.groupCount());
        assertEquals(List.of(), incident.groups());

        // a later group leads at 0.95, then a majority of weaker reports lowers its verdict to 0.80: a tie with the
        // dropped group, which came first and so leads again, as it would have had it been kept
        ObservedEvent b = report("b", 12, 300, "shooting", 0.95);
        ReportGroup later = group(incident, b);
        assertSame(later, incident.citizen().group());
        for (String id : List.of("b2", "b3")) {
            ObservedEvent r = report(id, 12.5, 300, "fight", 0.80);
            incident.addMember(r);
            fusion.fuse(later, r);
        }
        assertEquals("fight", later.verdict().type());
        assertSame(dropped, incident.citizen().group());
    }
}
