package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.event.EventSource;

/**
 * Each confidence gate with hand-computed scores, on a real store. Severity: gunshot 0.9 and
 * shots_fired 0.9 (alerts.toml [types]), robbery 0.8 and assault 0.5 (taxonomy), fight 0.6, motion
 * 0.15. Score = 0.35 severity + 0.25 confidence + 0.20 corroboration + 0.10 urgency + 0.10 sensitivity;
 * the store has no sites and, with one incident at a time, the cell risk is 0 before the first.
 */
class ConfidenceGatesTest extends EngineFixture {

    @Test
    void hardwareSensorAlertsEvenAtLowConfidenceMarkedUnverified() {
        AlertDecision d = Stream.only(
                Stream.feed(engine, s.event("gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 0, 0, 0, 0.30)),
                DecisionKind.RAISED);
        assertEquals(AlertType.SENSOR, d.type());
        assertTrue(d.unverified());
        // 0.35 x 0.9 + 0.25 x 0.30 + 0 + 0.10 x 1 + 0 = 0.315 + 0.075 + 0.1 = 0.49
        assertEquals(0.49, d.score(), 1e-9);
        assertEquals(Priority.P2, d.priority());
        assertEquals(AlertState.NEW, d.state());
        assertEquals(List.of("gs-1"), d.events());
    }

    @Test
    void anomalyBelowSeventyIsSuppressedWithItsReasonAndAtSeventyRaised() {
        AlertDecision low = Stream.only(
                Stream.feed(engine, s.event("cad-1", EventSource.CAD, "assault", 0, 0, 0, 0.69)),
                DecisionKind.SUPPRESSED);
        assertNull(low.alertId());
        assertEquals(AlertType.ANOMALY, low.type());
        assertEquals("anomaly: best source cad 0.69 below 0.70", low.reason());
        // a second call 5 km away: its own incident
        AlertDecision ok = Stream.only(
                Stream.feed(engine, s.event("cad-2", EventSource.CAD, "assault", 1, 5000, 0, 0.70)),
                DecisionKind.RAISED);
        assertEquals(AlertType.ANOMALY, ok.type());
        assertFalse(ok.unverified());
        // 0.35 x 0.5 + 0.25 x 0.70 + 0 + 0.10 x 1 + 0 = 0.175 + 0.175 + 0.1 = 0.45
        assertEquals(0.45, ok.score(), 1e-9);
        assertEquals(Priority.P2, ok.priority());
    }

    @Test
    void correlatedAlertNeedsSixtyPerSourceAndSeventyCombined() {
        // CAD robbery 0.80 raises an anomaly alert: 0.35 x 0.8 + 0.25 x 0.8 + 0.1 = 0.58
        AlertDecision first = Stream.only(
                Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.80)), DecisionKind.RAISED);
        assertEquals(0.58, first.score(), 1e-9);
        // a gunshot sensor 200 m away 3 minutes later corroborates: mean(0.80, 0.62) = 0.71 >= 0.70
        AlertDecision second = Stream.only(
                Stream.feed(engine, s.event("gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 3, 200, 0, 0.62)),
                DecisionKind.DEDUPLICATED);
        assertEquals(first.alertId(), second.alertId());
        assertEquals(AlertType.CORRELATED, second.type());
        assertFalse(second.unverified());
        // severity max(0.8, 0.9) = 0.9; 0.315 + 0.25 x 0.71 + 0.20 x 0.15 + 0.10 x 1 = 0.315 + 0.1775 + 0.03 + 0.1 =
        // 0.6225
        assertEquals(0.6225, second.score(), 1e-9);
        assertEquals(0.15, second.terms().corroboration(), 1e-12);
        assertEquals(0.71, second.terms().confidence(), 1e-6);
        assertEquals(Priority.P2, second.priority());
        assertEquals(List.of("cad-1", "gs-1"), second.events());
        assertTrue(
                second.reason().contains("correlated: cad 0.80 + sensor.gunshot 0.62, combined 0.71 >= 0.70"),
                second.reason());
    }

    @Test
    void correlationWithACombinedConfidenceUnderSeventyIsRejected() {
        Stream.only(
                Stream.feed(engine, s.event("cad-1", EventSource.CAD, "assault", 0, 0, 0, 0.62)),
                DecisionKind.SUPPRESSED);
        // CCTV 0.60 100 m away: both reach 0.60 per source, but mean(0.62, 0.60) = 0.61 < 0.70, and 0.62 alone < 0.70
        AlertDecision d = Stream.only(
                Stream.feed(engine, s.event("cctv-1", EventSource.CCTV, "fight", 2, 0, 100, 0.60)),
                DecisionKind.SUPPRESSED);
        assertEquals(AlertType.CORRELATED, d.type());
        assertEquals(
                "correlation rejected: cad 0.62 + cctv 0.60, combined 0.61 below 0.70; anomaly: best source cad 0.62 below 0.70",
                d.reason());
        assertEquals(List.of("cad-1", "cctv-1"), d.events());
    }

    @Test
    void aSourceUnderSixtyDoesNotCorroborate() {
        Stream.only(
                Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.75)), DecisionKind.RAISED);
        AlertDecision d = Stream.only(
                Stream.feed(engine, s.event("cr-1", EventSource.CITIZEN_REPORT, "robbery", 1, 20, 0, 0.55, "phone-1")),
                DecisionKind.DEDUPLICATED);
        assertEquals(AlertType.ANOMALY, d.type(), "the citizen report at 0.55 is under the per-source gate");
        assertEquals(0, d.terms().corroboration());
        assertEquals(0.75, d.terms().confidence(), 1e-9);
    }

    @Test
    void secondSourceAddsFifteenAndThirdTwentyFiveToTheCorroborationTerm() {
        Stream.feed(engine, s.event("cad-1", EventSource.CAD, "robbery", 0, 0, 0, 0.80));
        Stream.feed(engine, s.event("gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 2, 100, 0, 0.70));
        AlertDecision d = Stream.only(
                Stream.feed(engine, s.event("cctv-1", EventSource.CCTV, "fight", 4, 0, 150, 0.75)),
                DecisionKind.DEDUPLICATED);
        assertEquals(AlertType.CORRELATED, d.type());
        assertEquals(0.40, d.terms().corroboration(), 1e-12, "0.15 + 0.25");
        assertEquals(0.75, d.terms().confidence(), 1e-9, "mean(0.80, 0.70, 0.75)");
        // 0.35 x 0.9 + 0.25 x 0.75 + 0.20 x 0.40 + 0.10 x 1 = 0.315 + 0.1875 + 0.08 + 0.1 = 0.6825
        assertEquals(0.6825, d.score(), 1e-9);
        assertEquals(Priority.P1, d.priority());
    }

    @Test
    void anUncorroboratedSensorStaysUnverifiedAndTwoSensorsBelowSeventyCombinedToo() {
        Stream.feed(engine, s.event("gs-1", EventSource.GUNSHOT_SENSOR, "gunshot", 0, 0, 0, 0.65));
        AlertDecision d = Stream.only(
                Stream.feed(engine, s.event("pb-1", EventSource.PANIC_SENSOR, "panic", 1, 50, 0, 0.65)),
                DecisionKind.DEDUPLICATED);
        assertEquals(
                AlertType.SENSOR, d.type(), "mean 0.65 < 0.70: the correlation is rejected, the sensors alert anyway");
        assertTrue(d.unverified());
        assertEquals(0, d.terms().corroboration());
    }
}
