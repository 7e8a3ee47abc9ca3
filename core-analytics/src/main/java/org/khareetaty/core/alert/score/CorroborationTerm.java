package org.khareetaty.core.alert.score;

import java.util.List;

/**
 * The corroboration term from the number of independent sources: 0 for one source; each further
 * source adds its bonus from the configured list (defaults +0.15 for the second, +0.25 for the third,
 * so 0.15 and 0.40); sources beyond the list add nothing.
 */
public final class CorroborationTerm {
    private final List<Double> bonus;

    public CorroborationTerm(List<Double> bonus) {
        this.bonus = List.copyOf(bonus);
    }

    /** The term for {@code sources} independent sources. */
    public double of(int sources) {
        double t = 0;
        for (int i = 0; i < Math.min(sources - 1, bonus.size()); i++) {
            t += bonus.get(i);
        }
        return Math.min(1, t);
    }
}
