package org.khareetaty.core.alert;

import com.uber.h3core.util.LatLng;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.khareetaty.core.alert.config.AlertConfig;
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
        Map<String, Object> ex = explanation(a.type(), a.gate(), t, score);
        ex.put("lead", Map.of("event", a.lead().id(), "source", a.lead().event().source().wire(), "type", a.lead().type()));
        List<Map<String, Object>> sources = new ArrayList<>();
        a.best().forEach((s, e) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", s.wire());
            m.put("event", e.id());
            m.put("type", e.type());
            m.put("confidence", AlertDecision.round(e.confidence()));
            m.put("counted", a.counted().contains(e));
            sources.add(m);
        });
        ex.put("sources", sources);
        Map<String, Object> inc = new LinkedHashMap<>();
        inc.put("id", incident.id());
        inc.put("events", incident.eventCount());
        inc.put("corroborating", incident.corroboratingCount());
        inc.put("first", incident.first().toString());
        inc.put("last", incident.last().toString());
        ex.put("incident", inc);
        if (a.citizen() != null) {
            ReportGroup.Verdict v = a.citizen();
            Map<String, Object> cz = new LinkedHashMap<>();
            cz.put("type", v.type());
            cz.put("confidence", AlertDecision.round(v.confidence()));
            cz.put("reporters", v.reporters());
            cz.put("votes", v.votes());
            cz.put("group", v.group().id());
            cz.put("reports", v.group().reportIds());
            cz.put("groups_in_incident", incident.groups().size());
            ex.put("citizen_reports", cz);
        }
        ex.put("windows", windows(incident.cell(), a.lead().at()));
        return new AlertContent(a.type(), Priority.of(score, config.priorities()), score, t, a.unverified(), false, a.lead().type(),
                a.lead().category(), incident.zone() != null ? incident.zone() : a.lead().zone(), incident.zones(), incident.lat(),
                incident.lon(), incident.cell(), sourcesOf(a.best().keySet()), incident.eventCount() + incident.corroboratingCount(),
                incident.reporters(), incident.evidenceFirst(), incident.evidenceLast(), ex);
    }

    /** The content of an alert about {@code oe} alone, without a score: for an event whose scoring failed. */
    AlertContent bare(ObservedEvent oe, Map<String, String> zones, AlertType type) {
        Map<String, Object> ex = new LinkedHashMap<>();
        ex.put("type", type.wire());
        ex.put("gate", "none: the event passed through unscored");
        ex.put("lead", Map.of("event", oe.id(), "source", oe.event().source().wire(), "type", oe.type()));
        return new AlertContent(type, Priority.P3, null, null, oe.event().source().hardware(), true, oe.type(), oe.category(), oe.zone(),
                zones, oe.event().lat(), oe.event().lon(), oe.cell(), oe.event().source().wire(), 1, 0, oe.at(), oe.at(), ex);
    }

    /** {@code c} with another type (an open alert keeps its type when a later assessment fails its gate). */
    AlertContent withType(AlertContent c, AlertType type) {
        Map<String, Object> ex = new LinkedHashMap<>(c.explanation());
        ex.put("type", type.wire());
        return new AlertContent(type, c.priority(), c.score(), c.terms(), c.unverified(), c.unscored(), c.eventType(), c.category(),
                c.zone(), c.zones(), c.lat(), c.lon(), c.cell(), c.sources(), c.eventCount(), c.reporterCount(), c.firstAt(), c.lastAt(), ex);
    }

    AlertContent forGeofence(GeofenceMonitor.Firing f, ObservedEvent oe, Map<String, String> zones, Assessment a, Instant now) {
        int sources = a != null && a.passes() && a.type() == AlertType.CORRELATED ? a.counted().size() : 1;
        ScoreTerms t = new ScoreTerms(oe.severity(), oe.confidence(), corroboration.of(sources), urgency.of(oe.at(), now), oe.spatial());
        double score = t.score(config.weights());
        Map<String, Object> ex = explanation(AlertType.GEOFENCE, "geofence " + f.geofence().name() + " (" + f.geofence().rule()
                + ") always alerts", t, score);
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", f.geofence().name());
        g.put("rule", f.geofence().rule().toString());
        g.put("events_in_window", f.count());
        ex.put("geofence", g);
        ex.put("lead", Map.of("event", oe.id(), "source", oe.event().source().wire(), "type", oe.type()));
        ex.put("windows", windows(oe.cell(), oe.at()));
        return new AlertContent(AlertType.GEOFENCE, Priority.of(score, config.priorities()), score, t, oe.event().source().hardware(),
                false, oe.type(), oe.category(), oe.zone(), zones, oe.event().lat(), oe.event().lon(), oe.cell(),
                oe.event().source().wire(), f.count(), 0, oe.at(), oe.at(), ex);
    }

    AlertContent forSpike(ObservedEvent oe, SlidingCounts.Totals w, SpikePrediction p, double ratePerHour, boolean spike,
            Instant windowEnd, Instant now) {
        AlertType type = spike ? AlertType.SPIKE : AlertType.TREND_WATCH;
        ScoreTerms t = new ScoreTerms(w.severitySum() / w.count(), p.confidence(), corroboration.of(w.sources()), urgency.of(oe.at(), now),
                oe.spatial());
        double score = t.score(config.weights());
        Map<String, Object> ex = explanation(type, (spike ? "spike" : "trend watch") + String.format(java.util.Locale.ROOT,
                ": confidence %.2f %s %.2f", p.confidence(), spike ? ">=" : "below", config.gates().spikeMinConfidence()), t, score);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("cell", Long.toHexString(oe.cell()));
        s.put("window_start", windowEnd.minus(sliding.length()).toString());
        s.put("window_end", windowEnd.toString());
        s.put("observed_incidents", p.observed());
        s.put("events_in_window", w.count());
        s.put("expected", AlertDecision.round(p.expected()));
        s.put("baseline_per_hour", AlertDecision.round(ratePerHour));
        s.put("confidence", AlertDecision.round(p.confidence()));
        ex.put("spike", s);
        ex.put("windows", windows(oe.cell(), oe.at()));
        LatLng c = H3Cells.h3().cellToLatLng(oe.cell());
        Set<EventSource> srcs = EnumSet.noneOf(EventSource.class);
        for (EventSource es : EventSource.values()) {
            if ((w.sourceMask() & (1 << es.ordinal())) != 0) {
                srcs.add(es);
            }
        }
        return new AlertContent(type, Priority.of(score, config.priorities()), score, t, false, false, oe.type(), oe.category(),
                oe.zone(), Map.of(), c.lat, c.lng, oe.cell(), sourcesOf(srcs), w.count(), 0, windowEnd.minus(sliding.length()), oe.at(), ex);
    }

    private Map<String, Object> explanation(AlertType type, String gate, ScoreTerms t, double score) {
        Map<String, Object> ex = new LinkedHashMap<>();
        ex.put("type", type.wire());
        ex.put("gate", gate);
        ex.put("score", AlertDecision.round(score));
        ex.put("terms", AlertDecision.termsMap(t));
        AlertConfig.Weights w = config.weights();
        ex.put("weights", Map.of("severity", w.severity(), "confidence", w.confidence(), "corroboration", w.corroboration(),
                "urgency", w.urgency(), "sensitivity", w.sensitivity()));
        return ex;
    }

    private Map<String, Object> windows(long cell, Instant t) {
        Map<String, Object> m = new LinkedHashMap<>();
        Instant end = sliding.windowEndFor(t);
        SlidingCounts.Totals w = sliding.totals(cell, end);
        m.put("cell", Long.toHexString(cell));
        m.put("tumbling_window_start", tumbling.windowStart(t).toString());
        m.put("tumbling_count", tumbling.count(cell, t));
        m.put("sliding_window_end", end.toString());
        m.put("sliding_count", w.count());
        m.put("sliding_density_per_km2_h", AlertDecision.round(sliding.density(cell, end)));
        return m;
    }

    private static String sourcesOf(Set<EventSource> sources) {
        return sources.stream().map(EventSource::wire).sorted().collect(Collectors.joining(","));
    }
}
