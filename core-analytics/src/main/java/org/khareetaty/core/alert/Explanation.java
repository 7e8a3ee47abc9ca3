package org.khareetaty.core.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An alert's explanation: the gate's finding, the five terms with their weights and the evidence
 * behind them. It keeps the facts of its decision and renders the JSON-ready map ({@link #toMap})
 * only when the explanation is written: most updates of an open alert are replaced by a later one
 * before their row is written ({@link AlertWriter#commit}), and building every one's map of strings
 * was a sixth of what the engine allocated per event at 5,000 events/s. Immutable.
 *
 * <p>{@link #shape()} is what decides whether a stored explanation must be rewritten: the gate's
 * finding and the lead event.
 */
final class Explanation {
    private final String gate;
    private final ObservedEvent lead;
    private final Supplier<Map<String, Object>> facts;
    private final List<Map.Entry<String, Object>> extra;

    private Explanation(String gate, ObservedEvent lead, Supplier<Map<String, Object>> facts, List<Map.Entry<String, Object>> extra) {
        this.gate = gate;
        this.lead = lead;
        this.facts = facts;
        this.extra = extra;
    }

    /**
     * An explanation whose map {@code facts} renders; {@code gate} and {@code lead} (null when none)
     * are its shape. {@code facts} is asked each time the explanation is rendered and must read only
     * what does not change afterwards (values taken at the decision, immutable records).
     */
    static Explanation of(String gate, ObservedEvent lead, Supplier<Map<String, Object>> facts) {
        return new Explanation(gate, lead, facts, List.of());
    }

    /**
     * This explanation with {@code key} set to {@code value} (a {@link Supplier} is asked for its
     * value when rendered): a key already present keeps its place, a new one comes last.
     */
    Explanation with(String key, Object value) {
        List<Map.Entry<String, Object>> more = new ArrayList<>(extra.size() + 1);
        more.addAll(extra);
        more.add(Map.entry(key, value));
        return new Explanation(gate, lead, facts, more);
    }

    /** The gate's finding and the lead event: a change of either rewrites the stored explanation. */
    String shape() {
        return lead == null ? gate : gate + "|" + lead.id() + "|" + lead.event().source().wire() + "|" + lead.type();
    }

    /** The JSON-ready map. */
    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>(facts.get());
        for (Map.Entry<String, Object> e : extra) {
            m.put(e.getKey(), e.getValue() instanceof Supplier<?> s ? s.get() : e.getValue());
        }
        return m;
    }
}
