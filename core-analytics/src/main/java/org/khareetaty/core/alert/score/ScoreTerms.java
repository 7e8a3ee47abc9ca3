package org.khareetaty.core.alert.score;

import org.khareetaty.core.alert.config.AlertConfig;

/**
 * The five terms of the priority score, each in 0..1, before weighting (docs/alerts.md).
 *
 * @param severity      threat severity of the alert's event type
 * @param confidence    model or source confidence (the mean over sources when corroborated)
 * @param corroboration bonus of the independent sources beyond the first
 * @param urgency       temporal urgency, 1 for a fresh event, halving every half-life of age
 * @param sensitivity   spatial sensitivity: the nearest sensitive site or the cell's dynamic risk
 */
public record ScoreTerms(double severity, double confidence, double corroboration, double urgency, double sensitivity) {

    /** The weighted sum: the priority score, in 0..1. */
    public double score(AlertConfig.Weights w) {
        return w.severity() * severity
                + w.confidence() * confidence
                + w.corroboration() * corroboration
                + w.urgency() * urgency
                + w.sensitivity() * sensitivity;
    }
}
