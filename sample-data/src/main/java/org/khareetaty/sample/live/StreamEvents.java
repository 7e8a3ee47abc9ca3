package org.khareetaty.sample.live;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.sample.DemoRandom;

/** Builds generated events: ids, device names, attributes with the simulation's ground truth. */
final class StreamEvents {
    private StreamEvents() {}

    /** An event (seq 0: the stream numbers it) with the ground-truth attributes added. */
    static Event event(
            String id,
            EventSource source,
            String type,
            Instant occurred,
            Instant sent,
            double[] at,
            double confidence,
            String reporter,
            Map<String, Object> attributes,
            EventRole role,
            StoreIncident incident) {
        Map<String, Object> a = new LinkedHashMap<>(attributes);
        a.put("sim_role", role.wire());
        if (incident != null) {
            a.put("sim_incident", Long.toString(incident.id()));
        }
        return new Event(
                id,
                0,
                source,
                type,
                occurred,
                sent,
                Metres.rounded(at[0]),
                Metres.rounded(at[1]),
                Math.round(confidence * 1000) / 1000.0,
                reporter,
                a);
    }

    /** The offense type as an event type: lower case, words joined by '_' ({@code CRIM SEXUAL ASSAULT} -> {@code crim_sexual_assault}). */
    static String type(String offenseType) {
        String t = offenseType == null
                ? ""
                : offenseType
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "_")
                        .replaceAll("^_+|_+$", "");
        return t.isEmpty() ? "unknown" : t;
    }

    /** A fixed device name for the ~500 m cell a point lies in: the same camera or sensor array covers nearby events. */
    static String device(String prefix, double lat, double lon) {
        long cell = (long) StrictMath.floor(lat / 0.005) * 100_003L + (long) StrictMath.floor(lon / 0.005);
        return prefix + "-"
                + String.format(Locale.ROOT, "%04d", StrictMath.floorMod(cell * 0x9E3779B1L >>> 7, 10_000L));
    }

    static Instant plusSeconds(Instant t, double seconds) {
        return t.plus(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    static double between(DemoRandom r, double from, double to) {
        return from + (to - from) * r.uniform();
    }
}
