package org.khareetaty.core.alert.explain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.score.ScoreTerms;
import org.khareetaty.core.json.JsonMapping;

/**
 * An alert's explanation as it is stored with the alert and published by {@code alerts show --json}
 * (docs/alerts.md): the gate's finding, the five terms with their weights, and the evidence behind
 * them. The JSON keys are the components' names in snake case, in this order; a component that is
 * null is left out (which parts an explanation has depends on the kind of alert). Times are
 * ISO-8601 instants as written, cells H3 indexes in hexadecimal; figures are rounded to 4 decimals.
 *
 * @param type           the alert type ({@code correlated}, {@code geofence}, ...)
 * @param gate           the gate's finding
 * @param score          the priority score, or null for an alert that passed through unscored
 * @param terms          the five score terms, or null
 * @param weights        the terms' weights in force, or null
 * @param geofence       the geofence that fired, or null
 * @param lead           the event that leads the alert, or null (a spike has none)
 * @param sources        each source's best event, or null
 * @param incident       the incident behind the alert, or null
 * @param citizenReports the citizen-report group that classified the incident, or null
 * @param spike          the spike prediction, or null
 * @param windows        what the windows held for the cell, or null
 * @param unscored       why the alert passed through unscored, or null
 * @param trigger        the event that caused this explanation and what enrichment found about its place, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExplanationDocument(
        String type,
        String gate,
        Double score,
        ScoreTerms terms,
        AlertConfig.Weights weights,
        GeofenceFiring geofence,
        Lead lead,
        List<Source> sources,
        IncidentFacts incident,
        CitizenReports citizenReports,
        Spike spike,
        Windows windows,
        String unscored,
        Trigger trigger) {
    /** An alert without a stored explanation. */
    public static final ExplanationDocument NONE =
            new ExplanationDocument(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    private static final ObjectReader READER = JsonMapping.reader().forType(ExplanationDocument.class);

    /** The explanation in {@code json} ({@link #NONE} when null or blank); keys it does not know are skipped. */
    public static ExplanationDocument read(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        try {
            return READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "the stored explanation is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The event that leads the alert. */
    public record Lead(String event, String source, String type) {}

    /**
     * A source's best event and whether it counted (at or above the per-source gate).
     *
     * @param source the source's wire name
     */
    public record Source(String source, String event, String type, double confidence, boolean counted) {}

    /**
     * The incident behind the alert.
     *
     * @param events        its events
     * @param corroborating events of other sources that corroborate it
     * @param first         when its first event occurred
     * @param last          when its last event occurred
     */
    public record IncidentFacts(String id, int events, int corroborating, String first, String last) {}

    /**
     * The citizen-report group that classified the incident.
     *
     * @param type             the type the group's reports settled on
     * @param confidence       the confidence of its representative report
     * @param reporters        distinct reporters
     * @param votes            reports per type
     * @param group            the group's id (its first report)
     * @param reports          the group's report ids (the first 10)
     * @param groupsInIncident how many groups the incident has
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CitizenReports(
            String type,
            double confidence,
            int reporters,
            Map<String, Integer> votes,
            String group,
            List<String> reports,
            int groupsInIncident) {
        /** The votes as the explanation writes them: {@code {"assault":2,"fight":1}}. */
        public String votesAsJson() {
            try {
                return JsonMapping.compact().writeValueAsString(votes);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A geofence that fired.
     *
     * @param rule           its rule as written ({@code any}, {@code type:gunshot}, {@code count:5/30m})
     * @param eventsInWindow its events in the rule's window
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record GeofenceFiring(String name, String rule, int eventsInWindow) {}

    /**
     * A cell's spike prediction.
     *
     * @param observedIncidents incidents in the window
     * @param eventsInWindow    events in the window
     * @param expected          incidents the baseline expects in the window
     * @param baselinePerHour   the baseline's incidents per hour
     * @param expectation       where the baseline came from in words, when from the store's history
     *                          ({@code spike.expectation = "hour_of_week"}); absent for the rolling summary
     * @param confidence        the probability of fewer incidents than observed
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Spike(
            String cell,
            String windowStart,
            String windowEnd,
            int observedIncidents,
            int eventsInWindow,
            double expected,
            double baselinePerHour,
            @JsonInclude(JsonInclude.Include.NON_NULL) String expectation,
            double confidence) {}

    /** What the tumbling and sliding windows held for the cell when the event was decided. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Windows(
            String cell,
            String tumblingWindowStart,
            int tumblingCount,
            String slidingWindowEnd,
            int slidingCount,
            double slidingDensityPerKm2H) {}

    /**
     * The event that caused the explanation and what enrichment found about its place.
     *
     * @param category    its offence category, or null
     * @param zones       boundary layer to zone code (null outside every zone)
     * @param site        the nearest sensitive site within reach, or null (left out)
     * @param cellRisk    the cell's dynamic risk, this incident's own events included
     * @param spatialTerm the spatial-sensitivity term the score used
     * @param unscored    why enrichment or scoring gave up, or null (left out)
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Trigger(
            String event,
            String source,
            String type,
            String occurredAt,
            double confidence,
            double severity,
            String category,
            Map<String, String> zones,
            String cell,
            @JsonInclude(JsonInclude.Include.NON_NULL) Site site,
            double siteTerm,
            double cellRisk,
            double riskTerm,
            double spatialTerm,
            @JsonInclude(JsonInclude.Include.NON_NULL) String unscored) {}

    /**
     * The nearest sensitive site.
     *
     * @param distanceM metres from the event, to 0.1 m
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Site(String name, String kind, double distanceM) {}
}
