package org.khareetaty.core.alert.score;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.taxonomy.Classification;
import org.khareetaty.core.taxonomy.Taxonomy;

/**
 * The threat-severity term of an event type and its offense category: the configuration's
 * {@code [types]} table first (live types such as {@code gunshot} that no records system uses),
 * then the offense taxonomy ({@code assault} 0.5, {@code robbery} 0.8, ...), then the taxonomy's
 * unknown class (0.2, {@code other}). Thread safe.
 */
public final class ThreatSeverity {
    private final Map<String, AlertConfig.TypeClass> types;
    private final Taxonomy taxonomy;
    private final Map<String, AlertConfig.TypeClass> cache = new ConcurrentHashMap<>();

    public ThreatSeverity(Map<String, AlertConfig.TypeClass> types, Taxonomy taxonomy) {
        this.types = types;
        this.taxonomy = taxonomy;
    }

    /** The severity (0..1) and category of an event type. */
    public AlertConfig.TypeClass classify(String type) {
        return cache.computeIfAbsent(type, t -> {
            AlertConfig.TypeClass own = types.get(t.strip().toLowerCase(Locale.ROOT));
            if (own != null) {
                return own;
            }
            Classification c = taxonomy.classify(t);
            // the taxonomy keeps floats: read 0.8f as 0.8, not 0.800000011920929
            return new AlertConfig.TypeClass(Double.parseDouble(Float.toString(c.severity())), c.category());
        });
    }
}
