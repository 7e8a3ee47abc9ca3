package org.khareetaty.app.cli.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How the alert commands show times and scores in a terminal, and read {@code --since}. */
final class AlertText {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AlertText() {}

    static String local(Instant t) {
        return t == null ? "-" : LOCAL.format(t.atZone(ZoneId.systemDefault()));
    }

    /** Who acted: the operating-system user, and the name claimed with {@code --actor} when one was. */
    static String actor(org.khareetaty.core.alert.audit.AuditEntry e) {
        return e.claimedActor() == null ? e.actor() : e.actor() + " (as " + e.claimedActor() + ")";
    }

    static String score(Double s) {
        return s == null ? "  -  " : String.format(Locale.ROOT, "%.3f", s);
    }

    /**
     * Reads {@code --since}: an ISO instant (2025-03-01T18:00:00Z), a local date (2025-03-01, from
     * midnight in the analyst's zone), or a span back from now (30m, 24h, 7d).
     */
    static Instant since(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        try {
            if (s.matches("\\d+[smhd]")) {
                long n = Long.parseLong(s.substring(0, s.length() - 1));
                Duration d = switch (s.charAt(s.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
                return Instant.now().minus(d);
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s).atStartOfDay(ZoneId.systemDefault()).toInstant();
            }
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(
                    "--since '" + text + "' is not a time: give an ISO instant (2025-03-01T18:00:00Z), "
                            + "a date (2025-03-01) or a span back from now (30m, 24h, 7d)");
        }
    }
}
