package org.khareetaty.core.alert.geofence;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a geofence raises an alert: on {@code any} event inside it, on an event of one {@code type},
 * or when {@code count} events (optionally of one type) fall inside it within a window.
 *
 * <p>Written as {@code any}, {@code type:gunshot}, {@code count:5/30m} or {@code count:5/30m:gunshot}
 * (window units {@code s}, {@code m}, {@code h}).
 *
 * @param kind   what the rule counts
 * @param type   the event type it is limited to, lower case, or null for every type
 * @param count  events needed (1 for {@code any} and {@code type})
 * @param window the window the count is taken over (zero for {@code any} and {@code type})
 */
public record GeofenceRule(Kind kind, String type, int count, Duration window) {
    private static final Pattern COUNT = Pattern.compile("count:(\\d+)/(\\d+)([smh])(?::(.+))?");

    /** The kinds of rule. */
    public enum Kind {
        ANY,
        TYPE,
        COUNT
    }

    /**
     * Reads a rule.
     *
     * @throws IllegalArgumentException with the accepted forms when {@code text} is none of them
     */
    public static GeofenceRule parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("any")) {
            return new GeofenceRule(Kind.ANY, null, 1, Duration.ZERO);
        }
        if (s.startsWith("type:") && s.length() > 5) {
            return new GeofenceRule(Kind.TYPE, s.substring(5).strip(), 1, Duration.ZERO);
        }
        Matcher m = COUNT.matcher(s);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            long amount = Long.parseLong(m.group(2));
            Duration w = switch (m.group(3)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
            if (n < 1 || w.isZero()) {
                throw new IllegalArgumentException(
                        "geofence rule '" + text + "': the count and the window must be positive");
            }
            return new GeofenceRule(
                    Kind.COUNT, m.group(4) == null ? null : m.group(4).strip(), n, w);
        }
        throw new IllegalArgumentException(
                "geofence rule '" + text + "' is not understood: use any, type:TYPE, count:N/WINDOW "
                        + "or count:N/WINDOW:TYPE (WINDOW like 30m, 2h, 90s), e.g. count:5/30m:gunshot");
    }

    /** Whether an event of {@code eventType} is one the rule looks at. */
    public boolean matches(String eventType) {
        return type == null || type.equalsIgnoreCase(eventType);
    }

    /** The rule in the form {@link #parse} reads. */
    @Override
    public String toString() {
        return switch (kind) {
            case ANY -> "any";
            case TYPE -> "type:" + type;
            case COUNT -> "count:" + count + "/" + windowText() + (type == null ? "" : ":" + type);
        };
    }

    private String windowText() {
        long s = window.toSeconds();
        return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
