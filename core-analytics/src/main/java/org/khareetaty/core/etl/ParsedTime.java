package org.khareetaty.core.etl;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A time as a row writes it ({@link TimeParser#parse}).
 *
 * @param local     the wall-clock date and time as written; midnight for a date without a time
 * @param offset    the UTC offset written with it ({@code -06:00}, {@code Z}), or null when the text
 *                  carries none and the source's time zone decides
 * @param precision how finely the text gives the time: a date only, or to the hour, minute, second
 */
public record ParsedTime(LocalDateTime local, ZoneOffset offset, TimePrecision precision) {

    /** A time written to the second without an offset. */
    public static ParsedTime local(LocalDateTime local) {
        return new ParsedTime(local, null, TimePrecision.SECOND);
    }
}
