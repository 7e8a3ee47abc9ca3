package org.khareetaty.core.alert.gate;

import java.util.List;
import java.util.Map;
import org.khareetaty.core.alert.AlertType;
import org.khareetaty.core.alert.ObservedEvent;
import org.khareetaty.core.alert.incident.ReportGroup;
import org.khareetaty.core.alert.score.ScoreTerms;
import org.khareetaty.core.event.EventSource;

/**
 * An incident assessed against the confidence gates: its alert type, whether it passes, why, its
 * score terms and the evidence behind them.
 *
 * @param type       the alert type it was assessed as (for a suppressed incident: the gate that failed)
 * @param passes     true when an alert is to be raised
 * @param gate       the gate's finding in words, e.g. {@code correlated: cad 0.80 + sensor.gunshot 0.62, combined 0.71 >= 0.70}
 * @param terms      the five score terms
 * @param unverified true when only hardware sensors stand behind the alert
 * @param lead       the event that gives the alert its type and severity
 * @param counted    the events whose confidence, severity, age and place the terms use
 * @param best       the most confident event of each source seen (counted or not)
 * @param belowGate  sources whose best confidence is under the per-source gate
 * @param citizen    the verdict of the incident's leading citizen-report group, or null
 */
public record Assessment(
        AlertType type,
        boolean passes,
        String gate,
        ScoreTerms terms,
        boolean unverified,
        ObservedEvent lead,
        List<ObservedEvent> counted,
        Map<EventSource, ObservedEvent> best,
        List<EventSource> belowGate,
        ReportGroup.Verdict citizen) {}
