package org.khareetaty.core.alert;

import com.uber.h3core.AreaUnit;
import com.uber.h3core.util.LatLng;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.enrich.Enrichment;
import org.khareetaty.core.alert.explain.ExplanationDocument;
import org.khareetaty.core.alert.gate.Assessment;
import org.khareetaty.core.alert.geofence.GeofenceMonitor;
import org.khareetaty.core.alert.incident.Incident;
import org.khareetaty.core.alert.incident.ReportGroup;
import org.khareetaty.core.alert.score.CorroborationTerm;
import org.khareetaty.core.alert.score.Priority;
import org.khareetaty.core.alert.score.ScoreTerms;
import org.khareetaty.core.alert.score.SpikePrediction;
import org.khareetaty.core.alert.score.TemporalUrgency;
import org.khareetaty.core.alert.window.SlidingCounts;
import org.khareetaty.core.alert.window.TumblingCounts;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.H3Cells;

/**
 * Builds the content of an alert row, score and explanation included, for each kind of alert: an
 * incident (from its assessment), a geofence firing, a spike prediction. The explanation names the
 * gate's finding, the five terms with their weights, and the evidence behind them.
 */
final class AlertContents {
    /** Sources by their wire names' order, as the alert row lists them. */
    private static final EventSource[] BY_WIRE = Arrays.stream(EventSource.values())
            .sorted(Comparator.comparing(EventSource::wire))
            .toArray(EventSource[]::new);

    private final AlertConfig config;
    private final SlidingCounts sliding;
    private final TumblingCounts tumbling;
    private final CorroborationTerm corroboration;
    private final TemporalUrgency urgency;

    AlertContents(AlertConfig config, SlidingCounts sliding, TumblingCounts tumbling) {
        this.config = config;
        this.sliding = sliding;
        this.tumbling = tumbling;
        this.corroboration = new CorroborationTerm(config.corroboration().sourceBonus());
        this.urgency = new TemporalUrgency(config.urgencyHalfLife());
    }

    AlertContent forIncident(Incident incident, Assessment a, Instant now) {
        ScoreTerms t = a.terms();
        double score = t.score(config.weights());
        ObservedEvent lead = a.lead();
        String id = incident.id();
        int events = incident.eventCount();
        int corroborating = incident.corroboratingCount();
        long first = incident.firstMillis();
        long last = incident.lastMillis();
        ReportGroup.Verdict v = a.citizen();
        int reports = v == null ? 0 : v.group().reportIds().size();
        int groups = incident.groupCount();
        WindowFacts w = windows(incident.cell(), lead.at());
        Explanation ex = Explanation.of(a.gate(), lead, () -> {
            List<ExplanationDocument.Source> sources = new ArrayList<>();
            a.best()
                    .forEach((s, e) -> sources.add(new ExplanationDocument.Source(
                            s.wire(),
                            e.id(),
                            e.type(),
                            AlertDecision.round(e.confidence()),
                            a.counted().contains(e))));
            ExplanationDocument.IncidentFacts inc = new ExplanationDocument.IncidentFacts(
                    id,
                    events,
                    corroborating,
                    Instant.ofEpochMilli(first).toString(),
                    Instant.ofEpochMilli(last).toString());
            ExplanationDocument.CitizenReports cz = v == null
                    ? null
                    : new ExplanationDocument.CitizenReports(
                            v.type(),
                            AlertDecision.round(v.confidence()),
                            v.reporters(),
                            v.votes(),
                            v.group().id(),
                            List.copyOf(v.group().reportIds().subList(0, reports)),
                            groups);
            return new ExplanationDocument(
                    a.type().wire(),
                    a.gate(),
                    AlertDecision.round(score),
                    terms(t),
                    config.weights(),
                    null,
                    lead(lead),
                    sources,
                    inc,
                    cz,
                    null,
                    w.document(),
                    null,
                    null);
        });
        return new AlertContent(
                a.type(),
                Priority.of(score, config.priorities()),
                score,
                t,
                a.unverified(),
                false,
                lead.type(),
                lead.category(),
                incident.zone() != null ? incident.zone() : lead.zone(),
                incident.zones(),
                incident.lat(),
                incident.lon(),
                incident.cell(),
                sourcesOf(a.best().keySet()),
                events + corroborating,
                incident.reporters(),
                incident.evidenceFirst(),
                incident.evidenceLast(),
                ex);
    }

    /** The content of an alert about {@code oe} alone, without a score: for an event whose scoring failed. */
    AlertContent bare(ObservedEvent oe, Map<String, String> zones, AlertType type) {
        String gate = "none: the event passed through unscored";
        Explanation ex = Explanation.of(
                gate,
                oe,
                () -> new ExplanationDocument(
                        type.wire(), gate, null, null, null, null, lead(oe), null, null, null, null, null, null, null));
        return new AlertContent(
                type,
                Priority.P3,
                null,
                null,
                oe.event().source().hardware(),
                true,
                oe.type(),
                oe.category(),
                oe.zone(),
                zones,
                oe.event().lat(),
                oe.event().lon(),
                oe.cell(),
                oe.event().source().wire(),
                1,
                0,
                oe.at(),
                oe.at(),
                ex);
    }

    /** {@code c} with another type (an open alert keeps its type when a later assessment fails its gate). */
    AlertContent withType(AlertContent c, AlertType type) {
        Explanation ex = c.explanation().withType(type);
        return new AlertContent(
                type,
                c.priority(),
                c.score(),
                c.terms(),
                c.unverified(),
                c.unscored(),
                c.eventType(),
                c.category(),
                c.zone(),
                c.zones(),
                c.lat(),
                c.lon(),
                c.cell(),
                c.sources(),
                c.eventCount(),
                c.reporterCount(),
                c.firstAt(),
                c.lastAt(),
                ex);
    }

    AlertContent forGeofence(
            GeofenceMonitor.Firing f, ObservedEvent oe, Map<String, String> zones, Assessment a, Instant now) {
        int sources = a != null && a.passes() && a.type() == AlertType.CORRELATED
                ? a.counted().size()
                : 1;
        ScoreTerms t = new ScoreTerms(
                oe.severity(), oe.confidence(), corroboration.of(sources), urgency.of(oe.at(), now), oe.spatial());
        double score = t.score(config.weights());
        String gate = "geofence " + f.geofence().name() + " (" + f.geofence().rule() + ") always alerts";
        WindowFacts w = windows(oe.cell(), oe.at());
        Explanation ex = Explanation.of(
                gate,
                oe,
                () -> new ExplanationDocument(
                        AlertType.GEOFENCE.wire(),
                        gate,
                        AlertDecision.round(score),
                        terms(t),
                        config.weights(),
                        new ExplanationDocument.GeofenceFiring(
                                f.geofence().name(), f.geofence().rule().toString(), f.count()),
                        lead(oe),
                        null,
                        null,
                        null,
                        null,
                        w.document(),
                        null,
                        null));
        return new AlertContent(
                AlertType.GEOFENCE,
                Priority.of(score, config.priorities()),
                score,
                t,
                oe.event().source().hardware(),
                false,
                oe.type(),
                oe.category(),
                oe.zone(),
                zones,
                oe.event().lat(),
                oe.event().lon(),
                oe.cell(),
                oe.event().source().wire(),
                f.count(),
                0,
                oe.at(),
                oe.at(),
                ex);
    }

    AlertContent forSpike(
            ObservedEvent oe,
            SlidingCounts.Totals w,
            SpikePrediction p,
            double ratePerHour,
            String expectation,
            boolean spike,
            Instant windowEnd,
            Instant now) {
        AlertType type = spike ? AlertType.SPIKE : AlertType.TREND_WATCH;
        ScoreTerms t = new ScoreTerms(
                w.severitySum() / w.count(),
                p.confidence(),
                corroboration.of(w.sources()),
                urgency.of(oe.at(), now),
                oe.spatial());
        double score = t.score(config.weights());
        String gate = (spike ? "spike" : "trend watch")
                + String.format(
                        java.util.Locale.ROOT,
                        ": confidence %.2f %s %.2f",
                        p.confidence(),
                        spike ? ">=" : "below",
                        config.gates().spikeMinConfidence());
        Instant windowStart = windowEnd.minus(sliding.length());
        WindowFacts facts = windows(oe.cell(), oe.at());
        Explanation ex = Explanation.of(
                gate,
                null,
                () -> new ExplanationDocument(
                        type.wire(),
                        gate,
                        AlertDecision.round(score),
                        terms(t),
                        config.weights(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        new ExplanationDocument.Spike(
                                Long.toHexString(oe.cell()),
                                windowStart.toString(),
                                windowEnd.toString(),
                                p.observed(),
                                w.count(),
                                AlertDecision.round(p.expected()),
                                AlertDecision.round(ratePerHour),
                                expectation,
                                AlertDecision.round(p.confidence())),
                        facts.document(),
                        null,
                        null));
        LatLng c = H3Cells.h3().cellToLatLng(oe.cell());
        Set<EventSource> srcs = EnumSet.noneOf(EventSource.class);
        for (EventSource es : EventSource.values()) {
            if ((w.sourceMask() & (1 << es.ordinal())) != 0) {
                srcs.add(es);
            }
        }
        return new AlertContent(
                type,
                Priority.of(score, config.priorities()),
                score,
                t,
                false,
                false,
                oe.type(),
                oe.category(),
                oe.zone(),
                Map.of(),
                c.lat,
                c.lng,
                oe.cell(),
                sourcesOf(srcs),
                w.count(),
                0,
                windowEnd.minus(sliding.length()),
                oe.at(),
                ex);
    }

    /** The five terms as the explanation gives them, rounded to 4 decimals. */
    private static ScoreTerms terms(ScoreTerms t) {
        return new ScoreTerms(
                AlertDecision.round(t.severity()),
                AlertDecision.round(t.confidence()),
                AlertDecision.round(t.corroboration()),
                AlertDecision.round(t.urgency()),
                AlertDecision.round(t.sensitivity()));
    }

    /** The lead event as the explanation names it. */
    private static ExplanationDocument.Lead lead(ObservedEvent e) {
        return new ExplanationDocument.Lead(e.id(), e.event().source().wire(), e.type());
    }

    /** The event that caused an explanation and what enrichment found about its place. */
    static ExplanationDocument.Trigger trigger(ObservedEvent oe, Enrichment en, String degraded) {
        ExplanationDocument.Site site = en.site() == null
                ? null
                : new ExplanationDocument.Site(
                        String.valueOf(en.site().site().name()),
                        en.site().site().kind(),
                        Math.round(en.site().distanceM() * 10) / 10.0);
        return new ExplanationDocument.Trigger(
                oe.id(),
                oe.event().source().wire(),
                oe.type(),
                oe.at().toString(),
                AlertDecision.round(oe.confidence()),
                AlertDecision.round(oe.severity()),
                oe.category(),
                en.zones(),
                Long.toHexString(en.cell()),
                site,
                AlertDecision.round(en.siteTerm()),
                AlertDecision.round(en.cellRisk()),
                AlertDecision.round(en.riskTerm()),
                AlertDecision.round(oe.spatial()),
                degraded);
    }

    /** What the windows held for a cell when an event of it was decided. */
    private WindowFacts windows(long cell, Instant t) {
        Instant end = sliding.windowEndFor(t);
        return new WindowFacts(
                cell,
                tumbling.windowStart(t),
                tumbling.count(cell, t),
                end,
                sliding.totals(cell, end).count(),
                sliding.length());
    }

    /** The windows' counts of one cell at a decision; rendered with the explanation. */
    private record WindowFacts(
            long cell,
            Instant tumblingStart,
            int tumblingCount,
            Instant slidingEnd,
            int slidingCount,
            Duration slidingLength) {
        ExplanationDocument.Windows document() {
            double hours = slidingLength.toMillis() / 3_600_000.0;
            return new ExplanationDocument.Windows(
                    Long.toHexString(cell),
                    tumblingStart.toString(),
                    tumblingCount,
                    slidingEnd.toString(),
                    slidingCount,
                    AlertDecision.round(slidingCount / H3Cells.h3().cellArea(cell, AreaUnit.km2) / hours));
        }
    }

    private static String sourcesOf(Set<EventSource> sources) {
        StringBuilder b = new StringBuilder(48);
        for (EventSource s : BY_WIRE) {
            if (sources.contains(s)) {
                b.append(b.length() == 0 ? "" : ",").append(s.wire());
            }
        }
        return b.toString();
    }
}
