package org.khareetaty.core.alert;

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.khareetaty.core.alert.explain.ExplanationDocument;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.alert.score.ScoreTerms;

/**
 * What an alert row says after a decision: type, priority and score with its terms, place, the
 * sources and events behind it, and the explanation (rendered when written).
 */
record AlertContent(
        AlertType type,
        Priority priority,
        Double score,
        ScoreTerms terms,
        boolean unverified,
        boolean unscored,
        String eventType,
        String category,
        String zone,
        Map<String, String> zones,
        double lat,
        double lon,
        long cell,
        String sources,
        int eventCount,
        int reporterCount,
        Instant firstAt,
        Instant lastAt,
        Explanation explanation) {

    /** This content passed through ungated: no score, the degraded priority, flagged unscored. */
    AlertContent unscored(Priority degraded, String why) {
        return new AlertContent(
                type,
                degraded,
                null,
                terms,
                unverified,
                true,
                eventType,
                category,
                zone,
                zones,
                lat,
                lon,
                cell,
                sources,
                eventCount,
                reporterCount,
                firstAt,
                lastAt,
                explanation.withUnscored(why));
    }

    /** This content with the event that caused it in its explanation, rendered when written. */
    AlertContent explaining(Supplier<ExplanationDocument.Trigger> trigger) {
        return new AlertContent(
                type,
                priority,
                score,
                terms,
                unverified,
                unscored,
                eventType,
                category,
                zone,
                zones,
                lat,
                lon,
                cell,
                sources,
                eventCount,
                reporterCount,
                firstAt,
                lastAt,
                explanation.withTrigger(trigger));
    }
}
