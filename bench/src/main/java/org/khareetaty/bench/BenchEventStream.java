package org.khareetaty.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.GreatCircle;

/**
 * A multi-source live stream made from a store's incidents, for the alert benchmark (the feed's own
 * generator is on the event-feed side). Each incident becomes a CAD call (confidence 0.55-0.95,
 * sent 30 s to 4 min after the incident); a quarter get corroboration a few metres and minutes
 * away: a gunshot sensor for violent and weapons incidents, a CCTV camera, one to four phones
 * reporting it (mostly the same type, some a conflicting one); one in ten gets a records-system
 * entry, whose occurrence time can be up to an hour back (so some are late: the engine logs them);
 * gunshot-sensor false positives and CCTV motion noise fill in. An incident's events are sent
 * together, in the order of their send times.
 *
 * <p>Two clocks: {@code live} re-times incident k to be sent at {@code start + k / incidentRate},
 * so event time runs with the wall clock at the replay rate (a dense stream, the engine's worst
 * case: windows full); otherwise events keep the incidents' own times (a sparse stream: two years
 * of Kuwait in minutes), shifted by the data span each time the incidents are used again.
 * Deterministic for a seed.
 */
final class BenchEventStream implements Iterator<Event> {
    private static final String[] CONFLICTING = {"fight", "assault", "theft"};
    private final BenchIncidents incidents;
    private final SplittableRandom random;
    private final boolean live;
    private final long start;
    private final double incidentsPerMs;
    private final long span;
    private final List<Event> batch = new ArrayList<>();
    private final Map<String, Object> noAttributes = Map.of();
    private int next;
    private long k;
    private long seq;

    /**
     * @param ratePerSecond events per second the benchmark will replay at (live clock only)
     */
    BenchEventStream(BenchIncidents incidents, long seed, boolean live, Instant start, double ratePerSecond) {
        this.incidents = incidents;
        this.random = new SplittableRandom(seed);
        this.live = live;
        this.start = start.toEpochMilli();
        // about 1.6 events per incident with the shares below
        this.incidentsPerMs = ratePerSecond / 1.6 / 1000;
        this.span = incidents.millis()[incidents.size() - 1] - incidents.millis()[0] + 86_400_000L;
    }

    @Override
    public boolean hasNext() {
        return true;
    }

    @Override
    public Event next() {
        while (next >= batch.size()) {
            batch.clear();
            next = 0;
            generate(k++);
            batch.sort(Comparator.comparing(Event::sentAt));
        }
        return batch.get(next++).withSeq(++seq);
    }

    /**
     * The events of the first {@code count} incidents, each at its own time (replay clock), in no
     * particular order; an event's id names its incident: {@code <kind>-<n in base 36>[-<phone>]},
     * the kinds {@code gsfp} (sensor false positive) and {@code mo} (camera motion) being noise.
     */
    List<Event> firstIncidents(int count) {
        List<Event> out = new ArrayList<>();
        for (long n = 0; n < count; n++) {
            batch.clear();
            generate(n);
            out.addAll(batch);
        }
        batch.clear();
        return out;
    }

    private void generate(long n) {
        int i = (int) (n % incidents.size());
        long at;
        if (live) {
            at = start + (long) (n / incidentsPerMs) - 30_000 - random.nextLong(90_000);
        } else {
            at = incidents.millis()[i] + n / incidents.size() * span;
        }
        double lat = incidents.lat()[i];
        double lon = incidents.lon()[i];
        String type = incidents.type()[i].toLowerCase(java.util.Locale.ROOT);
        String id = Long.toString(n, 36);
        add(
                "cad-" + id,
                EventSource.CAD,
                type,
                at,
                30_000 + random.nextLong(210_000),
                lat,
                lon,
                20,
                random.nextDouble(0.55, 0.95),
                "dispatcher-" + random.nextInt(12));
        if (random.nextDouble() < 0.25) {
            String cat = incidents.category()[i];
            if ((cat.equals("violent") || cat.equals("weapons")) && random.nextBoolean()) {
                add(
                        "gs-" + id,
                        EventSource.GUNSHOT_SENSOR,
                        "gunshot",
                        at + random.nextLong(-30_000, 30_000),
                        1000 + random.nextLong(4000),
                        lat,
                        lon,
                        250,
                        random.nextDouble(0.5, 0.9),
                        "gs-array-" + random.nextInt(40));
            }
            if (random.nextBoolean()) {
                add(
                        "cctv-" + id,
                        EventSource.CCTV,
                        random.nextBoolean() ? "fight" : "motion",
                        at + random.nextLong(0, 60_000),
                        1000 + random.nextLong(9000),
                        lat,
                        lon,
                        100,
                        random.nextDouble(0.4, 0.9),
                        "cam-" + random.nextInt(500));
            }
            int phones = random.nextInt(0, 5);
            for (int p = 0; p < phones; p++) {
                String t = random.nextDouble() < 0.8 ? type : CONFLICTING[random.nextInt(CONFLICTING.length)];
                add(
                        "cr-" + id + "-" + p,
                        EventSource.CITIZEN_REPORT,
                        t,
                        at + random.nextLong(0, 90_000),
                        60_000 + random.nextLong(240_000),
                        lat,
                        lon,
                        40,
                        random.nextDouble(0.3, 0.85),
                        "phone-" + Long.toHexString(random.nextLong() & 0xFFFFFF));
            }
        }
        if (random.nextDouble() < 0.10) {
            add(
                    "rec-" + id,
                    EventSource.RECORDS,
                    type,
                    at - random.nextLong(60 * 60_000),
                    60_000,
                    lat,
                    lon,
                    0,
                    0.95,
                    "rms");
        }
        if (random.nextDouble() < 0.02) {
            add(
                    "gsfp-" + id,
                    EventSource.GUNSHOT_SENSOR,
                    "gunshot",
                    at,
                    1000 + random.nextLong(4000),
                    lat,
                    lon,
                    1500,
                    random.nextDouble(0.3, 0.7),
                    "gs-array-" + random.nextInt(40));
        }
        if (random.nextDouble() < 0.10) {
            add(
                    "mo-" + id,
                    EventSource.CCTV,
                    "motion",
                    at,
                    1000 + random.nextLong(9000),
                    lat,
                    lon,
                    800,
                    random.nextDouble(0.1, 0.5),
                    "cam-" + random.nextInt(500));
        }
    }

    private void add(
            String id,
            EventSource source,
            String type,
            long occurred,
            long delay,
            double lat,
            double lon,
            double jitterM,
            double confidence,
            String reporter) {
        double dn = random.nextDouble(-jitterM, jitterM + 1e-9);
        double de = random.nextDouble(-jitterM, jitterM + 1e-9);
        double la = lat + dn / GreatCircle.METRES_PER_DEGREE;
        double lo = lon + de / (GreatCircle.METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
        Instant o = Instant.ofEpochMilli(occurred);
        batch.add(new Event(
                id,
                0,
                source,
                type,
                o,
                Instant.ofEpochMilli(occurred + delay),
                la,
                lo,
                Math.round(confidence * 100) / 100.0,
                reporter,
                noAttributes));
    }
}
