package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.alert.stats.Stage;
import org.khareetaty.core.alert.stats.StageLatencies;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.testing.StoreQueries;

/** A stage over its budget lets the event through as an unscored alert instead of dropping or suppressing it. */
class DegradedModeTest extends StoreFixture {
    final Stream s = new Stream();

    @Test
    void anEventWhoseEnrichmentOverrunsItsBudgetPassesThroughUnscoredAtTheDegradedPriority() {
        Stream.reset(store);
        // a zero budget: every enrichment overruns it
        try (AlertEngine engine = AlertEngine.open(store, Stream.config(store, "[budget]\nenrichment_ms = 0.0\n"))) {
            // a 0.30 CAD call would be suppressed by the anomaly gate; unscored, it passes
            AlertDecision d = Stream.only(
                    Stream.feed(engine, s.event("cad-1", EventSource.CAD, "assault", 0, 0, 0, 0.30)),
                    DecisionKind.RAISED);
            assertTrue(d.unscored());
            assertNull(d.score());
            assertEquals(Priority.P2, d.priority(), "degraded.priority");
            assertTrue(
                    d.reason().matches("unscored: enrichment took \\d+\\.\\d\\d ms, over its budget of 0\\.00 ms"),
                    d.reason());
            assertEquals(
                    "true",
                    StoreQueries.text(store, "SELECT unscored FROM alert_stream_events WHERE event_id = 'cad-1'")
                            .toLowerCase());
            assertNull(StoreQueries.text(store, "SELECT score FROM alerts WHERE id = ?", d.alertId()));
            assertEquals(1, engine.latencies().percentiles(Stage.ENRICH).count());
        }
    }

    @Test
    void aScoringOverrunTurnsASuppressionIntoAnUnscoredAlert() {
        Stream.reset(store);
        try (AlertEngine engine = AlertEngine.open(
                store, Stream.config(store, Stream.TEST_BUDGETS.replace("scoring_ms = 60000.0", "scoring_ms = 0.0")))) {
            AlertDecision d = Stream.only(
                    Stream.feed(engine, s.event("cr-1", EventSource.CITIZEN_REPORT, "theft", 0, 0, 0, 0.2, "p")),
                    DecisionKind.RAISED);
            assertTrue(d.unscored());
            assertTrue(d.reason().startsWith("unscored: scoring took"), d.reason());
            assertEquals(AlertType.ANOMALY, d.type());
        }
    }

    @Test
    void latenciesOfEveryStageAreStoredForTheStatsCommand() throws Exception {
        Stream.reset(store);
        try (AlertEngine engine = Stream.engine(store, "")) {
            for (int i = 0; i < 20; i++) {
                Stream.feed(engine, s.event("cad-" + i, EventSource.CAD, "theft", i, i * 1000, 0, 0.8));
            }
        }
        try (var c = store.connect()) {
            var stored = StageLatencies.stored(c);
            for (Stage st : Stage.values()) {
                assertEquals(20, stored.get(st).count(), st.name());
                assertTrue(
                        stored.get(st).p50() <= stored.get(st).p95()
                                && stored.get(st).p95() <= stored.get(st).p99(),
                        st.name());
            }
            assertTrue(
                    stored.get(Stage.PROCESS).p50() >= stored.get(Stage.STORE).p50() / 1.05,
                    "the whole call includes the store stage");
        }
        assertEquals(AlertConfig.defaults().budget().enrichment().toMillis(), 20);
    }
}
