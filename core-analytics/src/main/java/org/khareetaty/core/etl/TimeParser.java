package org.khareetaty.core.etl;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * Parses local date-times against one or more patterns, strictly: {@code 2024-13-45} and
 * {@code 25:61} are rejected, not rolled over. A pattern's year-of-era letters ({@code yyyy},
 * {@code yy}) are read as the proleptic year ({@code uuuu}, {@code uu}), which strict resolving needs.
 *
 * <p>A UTC offset in the text is kept, never dropped: a pattern's offset letters ({@code XXX},
 * {@code xx}, {@code Z}) and a quoted {@code 'Z'} (read as the offset letter {@code X}, since it
 * means UTC) give the offset with the time, and a text that fits no pattern but is an ISO 8601
 * date-time with an offset ({@code 2024-03-14T21:05:00-05:00}, {@code ...Z}) is read as that.
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

    /**
     * The pattern with every {@code y} outside quoted literals replaced by {@code u}, and a quoted
     * {@code 'Z'} by the offset letter {@code X}.
     */
    private static String yearAsProleptic(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.replace("'Z'", "X").toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    /**
     * The date-time of {@code text}, with the UTC offset it carries, if any.
     *
     * @throws RowRejection {@link RejectReason#MISSING_FIELD} when empty, {@link RejectReason#BAD_TIMESTAMP}
     *                      when no pattern fits
     */
    public ParsedTime parse(String column, String text) throws RowRejection {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new RowRejection(RejectReason.MISSING_FIELD, "the time column '" + column + "' is empty");
        }
        for (DateTimeFormatter f : formats) {
            try {
                TemporalAccessor a = f.parse(s);
                LocalDateTime local = LocalDateTime.from(a);
                return new ParsedTime(
                        local, a.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(a) : null);
            } catch (DateTimeException e) {
                // try the next pattern
            }
        }
        try {
            OffsetDateTime iso = OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return new ParsedTime(iso.toLocalDateTime(), iso.getOffset());
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new RowRejection(
                RejectReason.BAD_TIMESTAMP,
                "'" + s + "' in column '" + column + "' is not a valid time of the form '" + patterns + "'");
    }
}
