package org.khareetaty.core.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;

/**
 * A deterministic multi-source stream for the restart tests: incidents around Safat, each with one
 * to four events of mixed sources within 300 m and 10 minutes, phones reporting some of them, and a
 * few records arriving ten minutes late; about 4 s of stream time per event, in send order.
 */
final class TestStream {
    private TestStream() {}

    static List<Event> events(long seed, int count) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Event> out = new ArrayList<>();
        long t = Stream.T0.toEpochMilli();
        int incident = 0;
        while (out.size() < count) {
            incident++;
            double north = r.nextDouble(-2500, 2500);
            double east = r.nextDouble(-2500, 2500);
            int n = r.nextInt(1, 5);
            for (int i = 0; i < n && out.size() < count; i++) {
                EventSource src = EventSource.values()[r.nextInt(EventSource.values().length)];
                String type = switch (src) {
                    case GUNSHOT_SENSOR -> "gunshot";
                    case PANIC_SENSOR -> "panic";
                    case CCTV -> r.nextBoolean() ? "fight" : "motion";
                    default -> r.nextBoolean() ? "robbery" : "assault";
                };
                long at = t + r.nextLong(0, 600_000);
                boolean late = src == EventSource.RECORDS && r.nextInt(4) == 0;
                if (late) {
                    at -= 600_000;
                }
                double spread = src == EventSource.CITIZEN_REPORT ? 40 : 300;
                out.add(event(
                        incident + "-" + i,
                        src,
                        type,
                        at,
                        north + r.nextDouble(-spread, spread),
                        east + r.nextDouble(-spread, spread),
                        Math.round(r.nextDouble(0.3, 0.95) * 100) / 100.0,
                        src == EventSource.CITIZEN_REPORT ? "phone-" + r.nextInt(200) : null,
                        t + 1000L * i));
            }
            t += 4_000L * n;
        }
        out.sort(Comparator.comparing(Event::sentAt));
        List<Event> numbered = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            numbered.add(out.get(i).withSeq(i + 1));
        }
        return numbered;
    }

    private static Event event(
            String id,
            EventSource s,
            String type,
            long at,
            double north,
            double east,
            double c,
            String reporter,
            long sent) {
        Instant o = Instant.ofEpochMilli(at);
        return new Event(
                "ev-" + id,
                0,
                s,
                type,
                o,
                Instant.ofEpochMilli(Math.max(sent, at)),
                Stream.lat(north),
                Stream.lon(north, east),
                c,
                reporter,
                Map.of());
    }
}
