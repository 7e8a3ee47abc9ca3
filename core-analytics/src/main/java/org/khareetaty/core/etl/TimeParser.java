package org.khareetaty.core.etl;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * Parses local date-times against one or more patterns, strictly: {@code 2024-13-45} and
 * {@code 25:61} are rejected, not rolled over. A pattern's year-of-era letters ({@code yyyy},
 * {@code yy}) are read as the proleptic year ({@code uuuu}, {@code uu}), which strict resolving needs.
 */
public final class TimeParser {
    private final List<DateTimeFormatter> formats;
    private final String patterns;

    public TimeParser(String... patterns) {
        this.formats = java.util.Arrays.stream(patterns)
                .map(p -> DateTimeFormatter.ofPattern(yearAsProleptic(p), Locale.US)
                        .withResolverStyle(ResolverStyle.STRICT))
                .toList();
        this.patterns = String.join("' or '", patterns);
    }

    /** The pattern with every {@code y} outside quoted literals replaced by {@code u}. */
    private static String yearAsProleptic(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
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
        throw new RowRejection(
                RejectReason.BAD_TIMESTAMP,
                "'" + s + "' in column '" + column + "' is not a valid time of the form '" + patterns + "'");
    }
}
