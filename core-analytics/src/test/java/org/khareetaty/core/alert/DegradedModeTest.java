package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.alert.stats.Stage;
import org.khareetaty.core.alert.stats.StageLatencies;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.testing.StoreQueries;

/**
 * Degraded mode: an enrichment over its time budget leaves out the nearest site and the cell's risk,
 * and nothing else; the event still goes through the confidence gates and the priority rules, and
 * its decisions say what was left out. A decision step over its budget changes nothing. So the same
 * stream makes the same decisions however loaded the machine: budgets of zero, which every event
 * overruns, stand in for a machine loaded without end.
 */
class DegradedModeTest extends StoreFixture {
    private static final String ZERO_BUDGETS = "[budget]\nenrichment_ms = 0.0\nscoring_ms = 0.0\n";
    final Stream s = new Stream();

    @Test
    void anEventEnrichedInPartKeepsItsConfidenceGateAndARuleBasedPriority() {
        Stream.reset(store);
        try (AlertEngine engine = AlertEngine.open(store, Stream.config(store, "[budget]\nenrichment_ms = 0.0\n"))) {
            // a 0.30 CAD call: the anomaly gate (0.70) suppresses it, enriched in full or not
            AlertDecision weak = Stream.only(
                    Stream.feed(engine, s.event("cad-1", EventSource.CAD, "assault", 0, 0, 0, 0.30)),
                    DecisionKind.SUPPRESSED);
            assertTrue(
                    weak.reason()
                            .endsWith("; nearest site and cell risk left out: enrichment over its budget of 0.00 ms"),
                    weak.reason());
            // 4 km away, a 0.80 robbery call passes it: scored by the rules, without the parts left out
            AlertDecision d = Stream.only(
                    Stream.feed(engine, s.event("cad-2", EventSource.CAD, "robbery", 1, 4000, 0, 0.80)),
                    DecisionKind.RAISED);
            assertFalse(d.unscored());
            assertEquals(AlertType.ANOMALY, d.type());
            // 0.35 x 0.8 (robbery) + 0.25 x 0.80 + 0.20 x 0 + 0.10 x 1 (fresh) + 0.10 x 0 (left out) = 0.58: P2
            assertEquals(0.58, d.score(), 1e-9);
            assertEquals(0.0, d.terms().sensitivity());
            assertEquals(Priority.P2, d.priority());
            assertTrue(d.reason()
                    .endsWith("; nearest site and cell risk left out: enrichment over its budget of 0.00 ms"));
            assertEquals(
                    "true",
                    StoreQueries.text(store, "SELECT unscored FROM alert_stream_events WHERE event_id = 'cad-2'")
                            .toLowerCase());
            assertEquals(
                    "false",
                    StoreQueries.text(store, "SELECT unscored FROM alerts WHERE id = ?", d.alertId())
                            .toLowerCase());
            assertTrue(
                    StoreQueries.text(
                                    store, "SELECT explanation FROM alert_explanations WHERE alert_id = ?", d.alertId())
                            .contains("\"unscored\":\"nearest site and cell risk left out: enrichment over its budget"),
                    "the alert's explanation says what was left out");
            assertEquals(2, engine.latencies().percentiles(Stage.ENRICH).count());
        }
    }

    @Test
    void aDecisionStepOverItsBudgetLeavesTheDecisionAsItIs() {
        Stream.reset(store);
        try (AlertEngine engine = AlertEngine.open(
                store, Stream.config(store, Stream.TEST_BUDGETS.replace("scoring_ms = 60000.0", "scoring_ms = 0.0")))) {
            AlertDecision d = Stream.only(
                    Stream.feed(engine, s.event("cr-1", EventSource.CITIZEN_REPORT, "theft", 0, 0, 0, 0.2, "p")),
                    DecisionKind.SUPPRESSED);
            assertEquals("anomaly: best source citizen_report 0.20 below 0.70", d.reason());
        }
    }

    @Test
    void twoRunsOfAStreamOverEveryBudgetDecideAlikeAndAsAnUnhurriedRunDoes() {
        List<Event> events = TestStream.events(11, 800);
        Run overrun = run(events, ZERO_BUDGETS);
        assertEquals(overrun, run(events, ZERO_BUDGETS), "two runs over every budget");
        Run unhurried = run(events, Stream.TEST_BUDGETS);
        assertTrue(unhurried.alerts().size() > 20, unhurried.alerts().size() + " alerts");
        assertTrue(overrun.decisions().stream().anyMatch(d -> d.get(1).equals("suppressed")), "the gates hold");
        // the same decisions and alerts; only the scores lack the terms left out
        assertEquals(unhurried.decisions(), overrun.decisions());
        assertEquals(unhurried.alerts(), overrun.alerts());
    }

    /** What a run stored: each decision (event, action, alert), each alert (key, type, events, unscored), each row in full. */
    private record Run(List<List<String>> decisions, List<List<String>> alerts, List<List<String>> rows) {}

    private static Run run(List<Event> events, String toml) {
        Stream.reset(store);
        try (AlertEngine engine = AlertEngine.open(store, Stream.config(store, toml))) {
            for (Event e : events) {
                engine.process(e, Instant.now());
            }
        }
        return new Run(
                StoreQueries.rows(
                        store,
                        "SELECT a.event_id, a.action, l.dedup_key FROM alert_audit a LEFT JOIN alerts l ON l.id = a.alert_id "
                                + "ORDER BY a.id"),
                StoreQueries.rows(
                        store, "SELECT dedup_key, alert_type, event_count, unscored FROM alerts ORDER BY dedup_key"),
                StoreQueries.rows(
                        store,
                        "SELECT dedup_key, alert_type, priority, score, term_sensitivity, event_count FROM alerts "
                                + "ORDER BY dedup_key"));
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
