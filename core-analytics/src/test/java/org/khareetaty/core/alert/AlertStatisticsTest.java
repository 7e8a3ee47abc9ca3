package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.stats.AlertStatistics;
import org.khareetaty.core.alert.stats.Stage;
import org.khareetaty.core.event.EventSource;

/** {@code khareetaty alerts stats} reads what the engine did from the store: events, latencies, decisions, alerts. */
class AlertStatisticsTest extends StoreFixture {

    @Test
    void countsTheProcessedEventsDecisionsAlertsAndStageLatenciesUntilReset() {
        Stream s = new Stream();
        try (AlertEngine engine = Stream.engine(store, "")) {
            Stream.feed(engine, s.event("gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 0, 0, 0, 0.30));
            Stream.feed(engine, s.event("cad-1", EventSource.CAD, "assault", 1, 5000, 0, 0.69));
            // 26 hours later, 10 km north: the only event in the last 24 h of stream time
            Stream.feed(engine, s.event("cad-2", EventSource.CAD, "assault", 26 * 60, 10_000, 0, 0.80));
        }
        AlertStatistics st = AlertStatistics.of(store);
        assertEquals(
                new AlertStatistics.ProcessedEvents(3, 3L, Stream.T0, Stream.T0.plus(Duration.ofHours(26))),
                st.stream());
        assertEquals(2, st.decisions().get("raised"), st.decisions().toString());
        assertEquals(1, st.decisions().get("suppressed"), st.decisions().toString());
        assertEquals(Map.of("new", 2L), st.alertsByState());
        // gs-1 scores 0.49 and cad-2 0.35 x 0.5 + 0.25 x 0.80 + 0.10 x 1 = 0.475: both P2
        assertEquals(Map.of("P2", 2L), st.alertsByPriority());
        assertEquals(Map.of("cad", 1L), st.lastDayBySource());
        assertEquals(3, st.latency().get(Stage.PROCESS).count());

        AlertStatistics.resetLatencies(store);
        assertEquals(0, AlertStatistics.of(store).latency().get(Stage.PROCESS).count());
    }
}
