package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.StoreQueries;

/**
 * A cell's spike prediction against its rolling baseline: under 0.65 a trend watch, at 0.65 and
 * above a spike. Configured for a short history (2 h, 5 events, ratio 1) so the hand computation
 * stays small: CCTV motion events (severity 0.15) at one spot, 8 of them at 18:10..19:50.
 */
class SpikePredictionTest {
    @TempDir
    static Path tmp;
    static Store store;
    static AlertEngine engine;
    static final Stream S = new Stream();

    @BeforeAll
    static void open() {
        store = Store.open(tmp.resolve("store"));
        engine = Stream.engine(store, "[spike]\nmin_history_hours = 2.0\nmin_ratio = 1.0\nmin_events = 5\n");
    }

    @AfterAll
    static void close() {
        engine.close();
        store.close();
    }

    static List<AlertDecision> motion(int n, double minutes) {
        return Stream.feed(engine, S.event("m-" + n, EventSource.CCTV, "motion", minutes, 0, 0, 0.3));
    }

    static List<AlertDecision> spikes(List<AlertDecision> ds) {
        return ds.stream().filter(d -> d.type() == AlertType.SPIKE || d.type() == AlertType.TREND_WATCH).toList();
    }

    @Test
    void aCountAboveTheBaselineUnderSixtyFivePercentIsATrendWatchThenASpike() {
        int n = 0;
        for (double m : new double[] {10, 20, 40, 50, 70, 80, 100, 110, 140, 150, 160, 170}) {
            assertEquals(List.of(), spikes(motion(++n, m)), "no prediction at minute " + m);
        }
        // 21:05: the window [20:15, 21:15) holds 20:20, 20:30, 20:40, 20:50 and 21:05 = 5 events. The baseline is the
        // 8 events of the hours before the window (18:00 and 19:00) over the 2.9167 h of history less the 1 h window:
        // 8 / 1.9167 = 4.1739 expected, and P(X <= 4 | 4.1739) = 0.5949 < 0.65
        AlertDecision watch = Stream.only(spikes(motion(++n, 185)), DecisionKind.TREND_WATCH);
        assertEquals(AlertType.TREND_WATCH, watch.type());
        assertEquals(0.5949, watch.terms().confidence(), 1e-4);
        assertEquals(0.15, watch.terms().severity(), 1e-9);
        // 0.35 x 0.15 + 0.25 x 0.5949 + 0 + 0.10 x 1 + 0 = 0.3012
        assertEquals(0.3012, watch.score(), 1e-4);
        assertEquals(Priority.P3, watch.priority());
        assertTrue(watch.reason().startsWith("trend watch: 5 events in the 2025-03-01T20:15:00Z to 2025-03-01T21:15:00Z window"),
                watch.reason());
        // 21:06: 6 events against 8 / 1.9333 = 4.1379, P(X <= 5) = 0.7632 >= 0.65: the open trend watch becomes a spike
        AlertDecision spike = Stream.only(spikes(motion(++n, 186)), DecisionKind.DEDUPLICATED);
        assertEquals(watch.alertId(), spike.alertId());
        assertEquals(AlertType.SPIKE, spike.type());
        assertEquals(0.7632, spike.terms().confidence(), 1e-4);
        assertEquals("spike", StoreQueries.text(store, "SELECT alert_type FROM alerts WHERE id = ?", spike.alertId()));
        assertEquals(1, StoreQueries.number(store, "SELECT COUNT(*) FROM alert_audit WHERE action = 'trend_watch'"));
    }
}
