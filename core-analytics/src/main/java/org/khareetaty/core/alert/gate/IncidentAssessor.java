package org.khareetaty.core.alert.gate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.khareetaty.core.alert.AlertType;
import org.khareetaty.core.alert.ObservedEvent;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.incident.Incident;
import org.khareetaty.core.alert.incident.ReportGroup;
import org.khareetaty.core.alert.score.CorroborationTerm;
import org.khareetaty.core.alert.score.ScoreTerms;
import org.khareetaty.core.alert.score.TemporalUrgency;
import org.khareetaty.core.event.EventSource;

/**
 * Applies the confidence gates to an incident (docs/alerts.md, "Gates"), in this order:
 * <ol>
 * <li><b>correlated</b>: sources whose best confidence reaches the per-source gate (0.60) count as
 * independent corroboration (a citizen-report group is one source, its confidence that of its
 * verdict); with two or more such sources and their mean confidence at least 0.70, the alert is
 * correlated, and the corroboration term grows with the count;</li>
 * <li><b>anomaly</b>: otherwise the most confident non-hardware event stands alone and needs 0.70
 * (the corroboration term is 0);</li>
 * <li><b>sensor</b>: otherwise, if a hardware sensor (gunshot, panic button) is part of the incident,
 * it alerts anyway, marked unverified;</li>
 * <li>otherwise the incident is suppressed, and the reason names the gate and the numbers.</li>
 * </ol>
 * Stateless apart from its configuration; thread safe.
 */
public final class IncidentAssessor {
    private final AlertConfig.Gates gates;
    private final CorroborationTerm corroboration;
    private final TemporalUrgency urgency;

    public IncidentAssessor(AlertConfig config) {
        this.gates = config.gates();
        this.corroboration = new CorroborationTerm(config.corroboration().sourceBonus());
        this.urgency = new TemporalUrgency(config.urgencyHalfLife());
    }

    /** Assesses {@code incident} at stream time {@code now}. */
    public Assessment assess(Incident incident, Instant now) {
        Map<EventSource, ObservedEvent> best = incident.bestBySource();
        ReportGroup.Verdict citizen = incident.citizen();
        boolean hardware = incident.hardware();
        List<ObservedEvent> counted = new ArrayList<>();
        List<EventSource> below = new ArrayList<>();
        best.forEach((s, e) -> {
            if (e.confidence() >= gates.correlatedMinSourceConfidence()) {
                counted.add(e);
            } else {
                below.add(s);
            }
        });
        String correlation = null;
        if (counted.size() >= 2) {
            double combined = counted.stream()
                    .mapToDouble(ObservedEvent::confidence)
                    .average()
                    .orElse(0);
            String list = counted.stream()
                    .map(e -> e.event().source().wire() + " " + f(e.confidence()))
                    .collect(Collectors.joining(" + "));
            if (combined >= gates.correlatedMinCombinedConfidence()) {
                boolean onlyHardware =
                        counted.stream().allMatch(e -> e.event().source().hardware());
                return new Assessment(
                        AlertType.CORRELATED,
                        true,
                        "correlated: " + list + ", combined " + f(combined) + " >= "
                                + f(gates.correlatedMinCombinedConfidence()),
                        terms(counted, combined, counted.size(), now),
                        onlyHardware,
                        lead(counted),
                        counted,
                        best,
                        below,
                        citizen);
            }
            correlation = "correlation rejected: " + list + ", combined " + f(combined) + " below "
                    + f(gates.correlatedMinCombinedConfidence());
        }
        ObservedEvent single = best.values().stream()
                .filter(e -> !e.event().source().hardware())
                .max(Comparator.comparingDouble(ObservedEvent::confidence))
                .orElse(null);
        if (single != null && single.confidence() >= gates.anomalyMinConfidence()) {
            return new Assessment(
                    AlertType.ANOMALY,
                    true,
                    prefix(correlation) + "anomaly: " + single.event().source().wire() + " " + f(single.confidence())
                            + " >= " + f(gates.anomalyMinConfidence()),
                    terms(List.of(single), single.confidence(), 1, now),
                    false,
                    single,
                    List.of(single),
                    best,
                    below,
                    citizen);
        }
        if (hardware) {
            List<ObservedEvent> sensors = best.values().stream()
                    .filter(e -> e.event().source().hardware())
                    .toList();
            ObservedEvent top = sensors.stream()
                    .max(Comparator.comparingDouble(ObservedEvent::confidence))
                    .orElseThrow();
            return new Assessment(
                    AlertType.SENSOR,
                    true,
                    prefix(correlation) + "sensor: " + top.event().source().wire() + " always alerts, unverified",
                    terms(sensors, top.confidence(), 1, now),
                    true,
                    lead(sensors),
                    sensors,
                    best,
                    below,
                    citizen);
        }
        ObservedEvent lead = single != null ? single : best.values().iterator().next();
        AlertType failed = correlation != null ? AlertType.CORRELATED : AlertType.ANOMALY;
        String why = (correlation != null ? correlation + "; " : "") + "anomaly: best source "
                + lead.event().source().wire() + " " + f(lead.confidence()) + " below "
                + f(gates.anomalyMinConfidence());
        return new Assessment(
                failed,
                false,
                why,
                terms(List.of(lead), lead.confidence(), 1, now),
                false,
                lead,
                List.of(lead),
                best,
                below,
                citizen);
    }

    private ScoreTerms terms(List<ObservedEvent> events, double confidence, int sources, Instant now) {
        double severity = 0;
        double spatial = 0;
        Instant newest = events.get(0).at();
        for (ObservedEvent e : events) {
            severity = Math.max(severity, e.severity());
            spatial = Math.max(spatial, e.spatial());
            if (e.at().isAfter(newest)) {
                newest = e.at();
            }
        }
        return new ScoreTerms(severity, confidence, corroboration.of(sources), urgency.of(newest, now), spatial);
    }

    private static ObservedEvent lead(List<ObservedEvent> events) {
        return events.stream()
                .max(Comparator.comparingDouble(ObservedEvent::severity).thenComparingDouble(ObservedEvent::confidence))
                .orElseThrow();
    }

    private static String prefix(String correlation) {
        return correlation == null ? "" : correlation + "; ";
    }

    /** {@code v} with two decimals, as {@code String.format("%.2f")} but without its cost (gate reasons are built per event). */
    static String f(double v) {
        long r = Math.round(Math.abs(v) * 100);
        String s = (r / 100) + "." + (r % 100 < 10 ? "0" : "") + (r % 100);
        return v < 0 && r != 0 ? "-" + s : s;
    }
}
