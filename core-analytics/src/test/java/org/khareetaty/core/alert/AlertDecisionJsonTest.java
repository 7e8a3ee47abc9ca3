package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.alert.score.ScoreTerms;

/** The JSON line {@code alerts listen --json} prints for each decision. */
class AlertDecisionJsonTest {
    @Test
    void oneLineWithIdPriorityScoreTermsEventsZoneAndState() throws Exception {
        AlertDecision d = new AlertDecision(
                DecisionKind.DEDUPLICATED,
                "gs-1",
                7L,
                AlertType.CORRELATED,
                Priority.P2,
                0.62249999,
                new ScoreTerms(0.9, 0.71, 0.15, 1.0, 0.0),
                List.of("cad-1", "gs-1"),
                "KW-KU",
                AlertState.NEW,
                false,
                false,
                "updates open alert incident:cad-1");
        String line = d.toJson();
        assertFalse(line.contains("\n"));
        JsonNode n = new ObjectMapper().readTree(line);
        assertEquals("deduplicated", n.get("decision").asText());
        assertEquals(7, n.get("id").asLong());
        assertEquals("correlated", n.get("type").asText());
        assertEquals("P2", n.get("priority").asText());
        assertEquals(0.6225, n.get("score").asDouble());
        assertEquals(0.71, n.at("/terms/confidence").asDouble());
        assertEquals(0.15, n.at("/terms/corroboration").asDouble());
        assertEquals(
                List.of("cad-1", "gs-1"),
                List.of(n.get("events").get(0).asText(), n.get("events").get(1).asText()));
        assertEquals("KW-KU", n.get("zone").asText());
        assertEquals("new", n.get("state").asText());
        assertEquals("gs-1", n.get("event").asText());
        assertTrue(n.has("reason") && n.has("unverified") && n.has("unscored"));
    }

    @Test
    void aSuppressionHasNoIdNorState() throws Exception {
        AlertDecision d = new AlertDecision(
                DecisionKind.SUPPRESSED,
                "cr-1",
                null,
                AlertType.ANOMALY,
                Priority.P3,
                0.3,
                new ScoreTerms(0.35, 0.4, 0, 1, 0),
                List.of("cr-1"),
                null,
                null,
                false,
                false,
                "anomaly: best source citizen_report 0.40 below 0.70");
        JsonNode n = new ObjectMapper().readTree(d.toJson());
        assertTrue(n.get("id").isNull());
        assertTrue(n.get("state").isNull());
        assertEquals("suppressed", n.get("decision").asText());
    }
}
