package org.khareetaty.app.map.tiles;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * How long a fetched tile stays fresh, from its HTTP caching headers (RFC 9111): {@code Cache-Control:
 * max-age} first, else {@code Expires} against the response's {@code Date}; when the server says
 * nothing, {@link #DEFAULT} (a week, what OpenStreetMap's tile usage policy asked of clients without
 * headers). {@code no-cache} and {@code no-store} make the tile stale at once (it is revalidated on
 * every view, never shown from the cache while the server answers).
 */
final class HttpFreshness {
    /** Freshness when the server sends no caching header. */
    static final Duration DEFAULT = Duration.ofDays(7);

    private HttpFreshness() {}

    /** Until when a response received at {@code now} with {@code headers} is fresh. */
    static Instant expires(HttpHeaders headers, Instant now) {
        Optional<String> cc = headers.firstValue("Cache-Control");
        if (cc.isPresent()) {
            String value = cc.get().toLowerCase(Locale.ROOT);
            if (value.contains("no-cache") || value.contains("no-store")) {
                return now;
            }
            for (String directive : value.split(",")) {
                String d = directive.strip();
                if (d.startsWith("max-age=")) {
                    try {
                        return now.plusSeconds(Math.max(
                                0,
                                Long.parseLong(d.substring(8).replace("\"", "").strip())));
                    } catch (NumberFormatException e) {
                        return now;
                    }
                }
            }
        }
        Optional<String> expires = headers.firstValue("Expires");
        if (expires.isPresent()) {
            Instant at = httpDate(expires.get());
            if (at == null) {
                return now; // RFC 9111: an invalid Expires means already expired
            }
            Instant date =
                    headers.firstValue("Date").map(HttpFreshness::httpDate).orElse(null);
            Duration lifetime = Duration.between(date != null ? date : now, at);
            return lifetime.isNegative() ? now : now.plus(lifetime);
        }
        return now.plus(DEFAULT);
    }

    static Instant httpDate(String text) {
        try {
            return ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
