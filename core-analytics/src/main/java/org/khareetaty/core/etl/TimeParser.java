package org.khareetaty.core.etl;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Parses local date-times against one or more patterns, strictly: {@code 2024-13-45} and
 * {@code 25:61} are rejected, not rolled over. Patterns use {@code uuuu} for the year.
 */
public final class TimeParser {
    private final List<DateTimeFormatter> formats;
    private final String patterns;

    public TimeParser(String... patterns) {
        this.formats = java.util.Arrays.stream(patterns)
                .map(p -> DateTimeFormatter.ofPattern(p.replace("yyyy", "uuuu"), Locale.US)
                        .withResolverStyle(ResolverStyle.STRICT))
                .toList();
        this.patterns = String.join("' or '", patterns);
    }

    /**
     * The local date-time of {@code text}.
     *
     * @throws RowRejection {@link RejectReason#MISSING_FIELD} when empty, {@link RejectReason#BAD_TIMESTAMP}
     *                      when no pattern fits
     */
    public LocalDateTime parse(String column, String text) throws RowRejection {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new RowRejection(RejectReason.MISSING_FIELD, "the time column '" + column + "' is empty");
        }
        for (DateTimeFormatter f : formats) {
            try {
                return LocalDateTime.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next pattern
            }
        }
        throw new RowRejection(RejectReason.BAD_TIMESTAMP,
                "'" + s + "' in column '" + column + "' is not a valid time of the form '" + patterns + "'");
    }
}
