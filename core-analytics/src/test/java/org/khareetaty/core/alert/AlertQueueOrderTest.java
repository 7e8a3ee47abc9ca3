package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.event.EventSource;

/** The queue lists by priority, then state (new before acknowledged before dispatched), then the latest update. */
class AlertQueueOrderTest extends StoreFixture {

    @Test
    void newAlertsComeBeforeAcknowledgedOnesOfTheSamePriority() throws Exception {
        Stream s = new Stream();
        try (AlertEngine engine = Stream.engine(store, "")) {
            // four thefts 3 km apart: four alerts of one priority
            for (int i = 0; i < 4; i++) {
                Stream.feed(engine, s.event("cad-" + i, EventSource.CAD, "theft", i, 3000 * i, 0, 0.8));
            }
        }
        Alerts alerts = new Alerts(store);
        List<Alert> before = alerts.list(null, true, null, 100);
        assertTrue(before.size() >= 4, before.toString());
        // acknowledge and dispatch the first listed: now the most recently updated
        Alert first = before.get(0);
        alerts.transition(first.id(), AlertState.ACKNOWLEDGED, null, "amal");
        Alert second = before.get(1);
        alerts.transition(second.id(), AlertState.DISPATCHED, null, "amal");
        List<Alert> after = alerts.list(null, true, null, 100);
        List<Alert> expected = new ArrayList<>(after);
        expected.sort(Comparator.comparing(Alert::priority)
                .thenComparing(Alert::state)
                .thenComparing(Alert::updatedAt, Comparator.reverseOrder()));
        assertEquals(expected, after);
        if (first.priority() == second.priority()
                && first.priority() == before.get(2).priority()) {
            int ackAt = indexOf(after, first.id());
            int dispatchedAt = indexOf(after, second.id());
            int newAt = indexOf(after, before.get(2).id());
            assertTrue(newAt < ackAt && ackAt < dispatchedAt, "new, acknowledged, dispatched: " + after);
        }
        alerts.transition(first.id(), AlertState.CLOSED, "false alarm", "amal");
        assertTrue(alerts.list(null, true, null, 100).stream().noneMatch(a -> a.id() == first.id()));
        assertEquals(
                List.of(first.id()),
                alerts.list(AlertState.CLOSED, null, 100).stream()
                        .map(Alert::id)
                        .toList(),
                "closed alerts stay findable by state");
    }

    private static int indexOf(List<Alert> list, long id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}
