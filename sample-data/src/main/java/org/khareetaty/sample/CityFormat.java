package org.khareetaty.sample;

import java.time.LocalDateTime;

/**
 * The "city format" of the original Khareetaty platform:
 * {@code timestamp,incident_type,lat,lon,governorate,zone,description}, UTF-8, LF line ends,
 * timestamps {@code YYYY-MM-DD HH:MM:SS} in local time (Asia/Kuwait), coordinates with 5 decimals,
 * a field quoted (RFC 4180, inner quotes doubled) only when it holds a comma or a quote.
 */
public final class CityFormat {
    /** The header line. */
    public static final String HEADER = "timestamp,incident_type,lat,lon,governorate,zone,description";

    private CityFormat() {}

    /** A clean row for an incident (no line end). */
    static String row(Incident incident) {
        return row(
                timestamp(incident.localSecond()),
                incident.type().code(),
                incident.at(),
                incident.area().governorate(),
                incident.area().name(),
                incident.description());
    }

    static String row(String timestamp, String type, LatLon at, String governorate, String zone, String description) {
        return String.join(
                ",",
                timestamp,
                type,
                coordinate(at.lat()),
                coordinate(at.lon()),
                field(governorate),
                field(zone),
                field(description));
    }

    /** {@code YYYY-MM-DD HH:MM:SS}, independent of locale. */
    static String timestamp(long localSecond) {
        return timestamp(IncidentClock.dateTime(localSecond));
    }

    static String timestamp(LocalDateTime t) {
        StringBuilder out = new StringBuilder(19);
        pad(out, t.getYear(), 4).append('-');
        pad(out, t.getMonthValue(), 2).append('-');
        pad(out, t.getDayOfMonth(), 2).append(' ');
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        return pad(out, t.getSecond(), 2).toString();
    }

    /** Fixed 5 decimals with a point, independent of locale. */
    static String coordinate(double value) {
        long scaled = Math.round(value * 1e5);
        StringBuilder out = new StringBuilder(10);
        if (scaled < 0) {
            out.append('-');
            scaled = -scaled;
        }
        out.append(scaled / 100_000).append('.');
        return pad(out, (int) (scaled % 100_000), 5).toString();
    }

    /** The field, quoted when it holds a comma, a quote or a line break. */
    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}
