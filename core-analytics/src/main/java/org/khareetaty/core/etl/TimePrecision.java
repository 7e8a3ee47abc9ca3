package org.khareetaty.core.etl;

import java.util.Locale;

/**
 * How finely a source gives an incident's time: a date only ({@link #DAY}), or to the hour, minute
 * or second. Stored per incident ({@code incidents.time_precision}, {@link #code()}); analyses of
 * the hour leave {@link #DAY} incidents out and say how many.
 */
public enum TimePrecision {
    /** A date without a time of day (read as midnight), or a placeholder time such as a mass of 00:00. */
    DAY,
    HOUR,
    MINUTE,
    SECOND;

    /** Lower-case code, e.g. {@code day}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The precision of a {@link java.time.format.DateTimeFormatter} pattern: the finest time-of-day
     * letter outside quoted literals (seconds or fractions, minutes, hours), else {@link #DAY}.
     */
    static TimePrecision ofPattern(String pattern) {
        TimePrecision p = DAY;
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted) {
                TimePrecision q = switch (c) {
                    case 's', 'S', 'n', 'N', 'A' -> SECOND;
                    case 'm' -> MINUTE;
                    case 'H', 'h', 'k', 'K' -> HOUR;
                    default -> DAY;
                };
                p = q.compareTo(p) > 0 ? q : p;
            }
        }
        return p;
    }
}
