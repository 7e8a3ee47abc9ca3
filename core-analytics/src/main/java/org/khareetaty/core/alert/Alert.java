package org.khareetaty.core.alert;

import java.time.Instant;
import org.khareetaty.core.alert.explain.ExplanationDocument;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.alert.score.ScoreTerms;

/**
 * A stored alert.
 *
 * @param terms           the five score terms, or null when unscored
 * @param zonesJson       JSON object: boundary layer to zone code
 * @param explanationJson JSON object: gate, terms, weights and evidence (docs/alerts.md), read by {@link #explanation()}
 */
public record Alert(
        long id,
        String dedupKey,
        AlertType type,
        AlertState state,
        Priority priority,
        Double score,
        ScoreTerms terms,
        boolean unverified,
        boolean unscored,
        String eventType,
        String category,
        String zone,
        String zonesJson,
        double lat,
        double lon,
        long cell,
        String sources,
        int eventCount,
        int reporterCount,
        Instant firstEventAt,
        Instant lastEventAt,
        Instant raisedAt,
        Instant updatedAt,
        String explanationJson) {

    /** The stored explanation ({@link ExplanationDocument#NONE} when there is none). */
    public ExplanationDocument explanation() {
        return ExplanationDocument.read(explanationJson);
    }
}
