package org.khareetaty.core.alert.score;

import org.khareetaty.core.alert.config.AlertConfig;

/** Alert priority, P0 most urgent. */
public enum Priority {
    P0,
    P1,
    P2,
    P3;

    /** The priority of a score under the configured thresholds (P0 at {@code p0} and above, ...). */
    public static Priority of(double score, AlertConfig.Priorities t) {
        if (score >= t.p0()) {
            return P0;
        }
        if (score >= t.p1()) {
            return P1;
        }
        if (score >= t.p2()) {
            return P2;
        }
        return P3;
    }
}
