package org.khareetaty.core.etl;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
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
 *
 * <p>Each pattern gives the {@link TimePrecision} of the times it reads: a pattern without a time
 * of day ({@code yyyy-MM-dd}) reads midnight at {@link TimePrecision#DAY}, one with the hour only
 * ({@code yyyy-MM-dd HH}) the hour's start at {@link TimePrecision#HOUR}.
 */
public final class TimeParser {
    private final List<Format> formats;
    private final String patterns;

    /** A pattern's formatter and the precision of the times it reads. */
    private record Format(DateTimeFormatter formatter, TimePrecision precision) {}

    public TimeParser(String... patterns) {
        this.formats = java.util.Arrays.stream(patterns).map(TimeParser::format).toList();
        this.patterns = String.join("' or '", patterns);
    }

    private static Format format(String pattern) {
        String p = yearAsProleptic(pattern);
        TimePrecision precision = TimePrecision.ofPattern(p);
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().appendPattern(p);
        if (precision == TimePrecision.HOUR) {
            b.parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0);
        }
        return new Format(b.toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT), precision);
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
     * The date-time of {@code text}, with the UTC offset it carries, if any, and its precision.
     *
     * @throws RowRejection {@link RejectReason#MISSING_FIELD} when empty, {@link RejectReason#BAD_TIMESTAMP}
     *                      when no pattern fits
     */
    public ParsedTime parse(String column, String text) throws RowRejection {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new RowRejection(RejectReason.MISSING_FIELD, "the time column '" + column + "' is empty");
        }
        for (Format f : formats) {
            try {
                TemporalAccessor a = f.formatter().parse(s);
                LocalDateTime local =
                        f.precision() == TimePrecision.DAY ? LocalDate.from(a).atStartOfDay() : LocalDateTime.from(a);
                ZoneOffset offset = a.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(a) : null;
                return new ParsedTime(local, offset, f.precision());
            } catch (DateTimeException e) {
                // try the next pattern
            }
        }
        try {
            OffsetDateTime iso = OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return new ParsedTime(iso.toLocalDateTime(), iso.getOffset(), TimePrecision.SECOND);
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new RowRejection(
                RejectReason.BAD_TIMESTAMP,
                "'" + s + "' in column '" + column + "' is not a valid time of the form '" + patterns + "'");
    }
}
