package org.khareetaty.core.alert;

import com.uber.h3core.AreaUnit;
import com.uber.h3core.util.LatLng;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** Sources by their wire names' order, as the alert row lists them. */
    private static final EventSource[] BY_WIRE = Arrays.stream(EventSource.values()).sorted(Comparator.comparing(EventSource::wire))
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
            Map<String, Object> m = explanation(a.type(), a.gate(), t, score);
            m.put("lead", lead(lead));
            List<Map<String, Object>> sources = new ArrayList<>();
            a.best().forEach((s, e) -> {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("source", s.wire());
                sm.put("event", e.id());
                sm.put("type", e.type());
                sm.put("confidence", AlertDecision.round(e.confidence()));
                sm.put("counted", a.counted().contains(e));
                sources.add(sm);
            });
            m.put("sources", sources);
            Map<String, Object> inc = new LinkedHashMap<>();
            inc.put("id", id);
            inc.put("events", events);
            inc.put("corroborating", corroborating);
            inc.put("first", Instant.ofEpochMilli(first).toString());
            inc.put("last", Instant.ofEpochMilli(last).toString());
            m.put("incident", inc);
            if (v != null) {
                Map<String, Object> cz = new LinkedHashMap<>();
                cz.put("type", v.type());
                cz.put("confidence", AlertDecision.round(v.confidence()));
                cz.put("reporters", v.reporters());
                cz.put("votes", v.votes());
                cz.put("group", v.group().id());
                cz.put("reports", List.copyOf(v.group().reportIds().subList(0, reports)));
                cz.put("groups_in_incident", groups);
                m.put("citizen_reports", cz);
            }
            m.put("windows", w.toMap());
            return m;
        });
        return new AlertContent(a.type(), Priority.of(score, config.priorities()), score, t, a.unverified(), false, lead.type(),
                lead.category(), incident.zone() != null ? incident.zone() : lead.zone(), incident.zones(), incident.lat(),
                incident.lon(), incident.cell(), sourcesOf(a.best().keySet()), events + corroborating, incident.reporters(),
                incident.evidenceFirst(), incident.evidenceLast(), ex);
    }

    /** The content of an alert about {@code oe} alone, without a score: for an event whose scoring failed. */
    AlertContent bare(ObservedEvent oe, Map<String, String> zones, AlertType type) {
        String gate = "none: the event passed through unscored";
        Explanation ex = Explanation.of(gate, oe, () -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", type.wire());
            m.put("gate", gate);
            m.put("lead", lead(oe));
            return m;
        });
        return new AlertContent(type, Priority.P3, null, null, oe.event().source().hardware(), true, oe.type(), oe.category(), oe.zone(),
                zones, oe.event().lat(), oe.event().lon(), oe.cell(), oe.event().source().wire(), 1, 0, oe.at(), oe.at(), ex);
    }

    /** {@code c} with another type (an open alert keeps its type when a later assessment fails its gate). */
    AlertContent withType(AlertContent c, AlertType type) {
        Explanation ex = c.explanation().with("type", type.wire());
        return new AlertContent(type, c.priority(), c.score(), c.terms(), c.unverified(), c.unscored(), c.eventType(), c.category(),
                c.zone(), c.zones(), c.lat(), c.lon(), c.cell(), c.sources(), c.eventCount(), c.reporterCount(), c.firstAt(), c.lastAt(), ex);
    }

    AlertContent forGeofence(GeofenceMonitor.Firing f, ObservedEvent oe, Map<String, String> zones, Assessment a, Instant now) {
        int sources = a != null && a.passes() && a.type() == AlertType.CORRELATED ? a.counted().size() : 1;
        ScoreTerms t = new ScoreTerms(oe.severity(), oe.confidence(), corroboration.of(sources), urgency.of(oe.at(), now), oe.spatial());
        double score = t.score(config.weights());
        String gate = "geofence " + f.geofence().name() + " (" + f.geofence().rule() + ") always alerts";
        WindowFacts w = windows(oe.cell(), oe.at());
        Explanation ex = Explanation.of(gate, oe, () -> {
            Map<String, Object> m = explanation(AlertType.GEOFENCE, gate, t, score);
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("name", f.geofence().name());
            g.put("rule", f.geofence().rule().toString());
            g.put("events_in_window", f.count());
            m.put("geofence", g);
            m.put("lead", lead(oe));
            m.put("windows", w.toMap());
            return m;
        });
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
        String gate = (spike ? "spike" : "trend watch") + String.format(java.util.Locale.ROOT, ": confidence %.2f %s %.2f",
                p.confidence(), spike ? ">=" : "below", config.gates().spikeMinConfidence());
        Instant windowStart = windowEnd.minus(sliding.length());
        WindowFacts facts = windows(oe.cell(), oe.at());
        Explanation ex = Explanation.of(gate, null, () -> {
            Map<String, Object> m = explanation(type, gate, t, score);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("cell", Long.toHexString(oe.cell()));
            s.put("window_start", windowStart.toString());
            s.put("window_end", windowEnd.toString());
            s.put("observed_incidents", p.observed());
            s.put("events_in_window", w.count());
            s.put("expected", AlertDecision.round(p.expected()));
            s.put("baseline_per_hour", AlertDecision.round(ratePerHour));
            s.put("confidence", AlertDecision.round(p.confidence()));
            m.put("spike", s);
            m.put("windows", facts.toMap());
            return m;
        });
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

    /** The lead event as the explanation names it. */
    private static Map<String, Object> lead(ObservedEvent e) {
        return Map.of("event", e.id(), "source", e.event().source().wire(), "type", e.type());
    }

    /** What the windows held for a cell when an event of it was decided. */
    private WindowFacts windows(long cell, Instant t) {
        Instant end = sliding.windowEndFor(t);
        return new WindowFacts(cell, tumbling.windowStart(t), tumbling.count(cell, t), end, sliding.totals(cell, end).count(),
                sliding.length());
    }

    /** The windows' counts of one cell at a decision; rendered with the explanation. */
    private record WindowFacts(long cell, Instant tumblingStart, int tumblingCount, Instant slidingEnd, int slidingCount,
            Duration slidingLength) {
        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cell", Long.toHexString(cell));
            m.put("tumbling_window_start", tumblingStart.toString());
            m.put("tumbling_count", tumblingCount);
            m.put("sliding_window_end", slidingEnd.toString());
            m.put("sliding_count", slidingCount);
            double hours = slidingLength.toMillis() / 3_600_000.0;
            m.put("sliding_density_per_km2_h", AlertDecision.round(slidingCount / H3Cells.h3().cellArea(cell, AreaUnit.km2) / hours));
            return m;
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
