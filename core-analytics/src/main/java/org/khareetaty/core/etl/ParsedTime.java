package org.khareetaty.core.etl;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A time as a row writes it ({@link TimeParser#parse}).
 *
 * @param local  the wall-clock date and time as written
 * @param offset the UTC offset written with it ({@code -06:00}, {@code Z}), or null when the text
 *               carries none and the source's time zone decides
 */
public record ParsedTime(LocalDateTime local, ZoneOffset offset) {

    /** A time written without an offset. */
    public static ParsedTime local(LocalDateTime local) {
        return new ParsedTime(local, null);
    }
}
