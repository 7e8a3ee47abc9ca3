package org.khareetaty.core.alert;

import java.util.function.Supplier;
import org.khareetaty.core.alert.explain.ExplanationDocument;

/**
 * An alert's explanation: the gate's finding, the five terms with their weights and the evidence
 * behind them. It keeps the facts of its decision and renders the {@link ExplanationDocument}
 * ({@link #document}) only when the explanation is written: most updates of an open alert are
 * replaced by a later one before their row is written ({@link AlertWriter#commit}), and building
 * every one's map of strings was a sixth of what the engine allocated per event at 5,000 events/s.
 * Immutable.
 *
 * <p>{@link #shape()} is what decides whether a stored explanation must be rewritten: the gate's
 * finding and the lead event.
 */
final class Explanation {
    private final String gate;
    private final ObservedEvent lead;
    private final Supplier<ExplanationDocument> facts;
    private final AlertType type;
    private final String unscored;
    private final Supplier<ExplanationDocument.Trigger> trigger;

    private Explanation(
            String gate,
            ObservedEvent lead,
            Supplier<ExplanationDocument> facts,
            AlertType type,
            String unscored,
            Supplier<ExplanationDocument.Trigger> trigger) {
        this.gate = gate;
        this.lead = lead;
        this.facts = facts;
        this.type = type;
        this.unscored = unscored;
        this.trigger = trigger;
    }

    /**
     * An explanation whose document {@code facts} renders; {@code gate} and {@code lead} (null when
     * none) are its shape. {@code facts} is asked each time the explanation is rendered and must read
     * only what does not change afterwards (values taken at the decision, immutable records).
     */
    static Explanation of(String gate, ObservedEvent lead, Supplier<ExplanationDocument> facts) {
        return new Explanation(gate, lead, facts, null, null, null);
    }

    /** This explanation of an alert of another type. */
    Explanation withType(AlertType t) {
        return new Explanation(gate, lead, facts, t, unscored, trigger);
    }

    /** This explanation of an alert that passed through unscored, and why. */
    Explanation withUnscored(String why) {
        return new Explanation(gate, lead, facts, type, why, trigger);
    }

    /** This explanation with the event that caused it, rendered when written. */
    Explanation withTrigger(Supplier<ExplanationDocument.Trigger> t) {
        return new Explanation(gate, lead, facts, type, unscored, t);
    }

    /** The gate's finding and the lead event: a change of either rewrites the stored explanation. */
    String shape() {
        return lead == null
                ? gate
                : gate + "|" + lead.id() + "|" + lead.event().source().wire() + "|" + lead.type();
    }

    /** The document to store. */
    ExplanationDocument document() {
        ExplanationDocument d = facts.get();
        if (type == null && unscored == null && trigger == null) {
            return d;
        }
        return new ExplanationDocument(
                type == null ? d.type() : type.wire(),
                d.gate(),
                d.score(),
                d.terms(),
                d.weights(),
                d.geofence(),
                d.lead(),
                d.sources(),
                d.incident(),
                d.citizenReports(),
                d.spike(),
                d.windows(),
                unscored == null ? d.unscored() : unscored,
                trigger == null ? d.trigger() : trigger.get());
    }
}
