package org.khareetaty.sample.live;

import static org.khareetaty.sample.live.StreamEvents.between;
import static org.khareetaty.sample.live.StreamEvents.device;
import static org.khareetaty.sample.live.StreamEvents.event;
import static org.khareetaty.sample.live.StreamEvents.plusSeconds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.sample.DemoRandom;

/**
 * Events with no incident behind them, per day: gunshot-sensor false positives (so that only
 * {@link LiveStreamSpec#gunshotPrecision()} of gunshot alerts are real), CCTV motion and counts,
 * accidental panic presses, vague citizen reports. Each is placed near, and at the time of day of, a
 * random incident of the range, where people, cameras and sensors are; each day draws from its own
 * random stream. Nothing is generated outside the span of the incidents (the first and last UTC
 * days are partly covered when the range is in local dates).
 */
final class BackgroundEvents {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private final LiveStreamSpec spec;
    private final List<StoreIncident> incidents;
    private final double incidentsPerDay;
    private final double falseGunshotsPerDay;
    private final Instant first;
    private final Instant last;

    BackgroundEvents(LiveStreamSpec spec, List<StoreIncident> incidents) {
        this.spec = spec;
        this.incidents = incidents;
        this.first = incidents.isEmpty() ? null : incidents.get(0).occurredAt();
        this.last =
                incidents.isEmpty() ? null : incidents.get(incidents.size() - 1).occurredAt();
        // the span the background covers, in days (at least an hour's worth)
        double days = incidents.isEmpty()
                ? 1
                : Math.max(1.0 / 24, java.time.Duration.between(first, last).getSeconds() / 86_400.0);
        this.incidentsPerDay = incidents.size() / (double) days;
        double trueGunshots = 0;
        for (StoreIncident i : incidents) {
            trueGunshots += CategoryProfile.gunshotChance(i);
        }
        this.falseGunshotsPerDay = trueGunshots / days * spec.falsePositivesPerTrueGunshot();
    }

    List<Event> of(LocalDate day) {
        List<Event> out = new ArrayList<>();
        if (incidents.isEmpty()) {
            return out;
        }
        DemoRandom r = new DemoRandom(spec.seed() + day.toEpochDay() * 0x9E3779B97F4A7C15L, "live-background");
        String d = day.format(DAY);
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        int n = count(falseGunshotsPerDay, r);
        for (int k = 1; k <= n; k++) {
            Anchor a = anchor(start, 100, r);
            out.add(event(
                    "gsfp-" + d + "-" + k,
                    EventSource.GUNSHOT_SENSOR,
                    "gunshot",
                    a.time,
                    plusSeconds(a.time, between(r, 1, 5)),
                    a.at,
                    between(r, 0.5, 0.9),
                    device("gs-array", a.at[0], a.at[1]),
                    Map.of("rounds", r.between(1, 6)),
                    EventRole.GUNSHOT_FALSE,
                    null));
        }
        n = count(incidentsPerDay * spec.cctvNoisePerIncident(), r);
        for (int k = 1; k <= n; k++) {
            Anchor a = anchor(start, 0, r);
            double u = r.uniform();
            String type = u < 0.6 ? "motion" : u < 0.9 ? "object_count" : "loitering";
            Map<String, Object> attrs = type.equals("object_count") ? Map.of("count", r.between(1, 30)) : Map.of();
            out.add(event(
                    "cctvn-" + d + "-" + k,
                    EventSource.CCTV,
                    type,
                    a.time,
                    plusSeconds(a.time, between(r, 2, 10)),
                    a.at,
                    between(r, 0.3, 0.7),
                    device("cam", a.at[0], a.at[1]),
                    attrs,
                    EventRole.NOISE,
                    null));
        }
        n = count(incidentsPerDay * spec.panicFalseAlarmsPerIncident(), r);
        for (int k = 1; k <= n; k++) {
            Anchor a = anchor(start, 0, r);
            out.add(event(
                    "panicn-" + d + "-" + k,
                    EventSource.PANIC_SENSOR,
                    "panic",
                    a.time,
                    plusSeconds(a.time, between(r, 1, 3)),
                    a.at,
                    0.9,
                    device("panic", a.at[0], a.at[1]),
                    Map.of("site", "shop"),
                    EventRole.NOISE,
                    null));
        }
        n = count(incidentsPerDay * spec.citizenNoisePerIncident(), r);
        for (int k = 1; k <= n; k++) {
            Anchor a = anchor(start, 0, r);
            out.add(event(
                    "crn-" + d + "-" + k,
                    EventSource.CITIZEN_REPORT,
                    "suspicious_activity",
                    a.time,
                    plusSeconds(a.time, between(r, 20, 240)),
                    a.at,
                    between(r, 0.3, 0.6),
                    "phone-" + String.format(java.util.Locale.ROOT, "%04x", r.below(65_536)),
                    Map.of("has_video", r.chance(0.2)),
                    EventRole.NOISE,
                    null));
        }
        out.removeIf(e -> e.occurredAt().isBefore(first) || e.occurredAt().isAfter(last));
        return out;
    }

    private record Anchor(Instant time, double[] at) {}

    /** A place and time on {@code dayStart}'s day taken from a random incident of the range. */
    private Anchor anchor(Instant dayStart, double minMetres, DemoRandom r) {
        StoreIncident i = incidents.get(r.below(incidents.size()));
        long secondOfDay = Math.floorMod(i.occurredAt().getEpochSecond(), 86_400L);
        double s = Math.min(86_399, Math.max(0, secondOfDay + between(r, -1800, 1800)));
        return new Anchor(
                plusSeconds(dayStart, s),
                Metres.around(i.lat(), i.lon(), minMetres, LiveStreamSpec.BACKGROUND_MAX_METRES, r));
    }

    private static int count(double mean, DemoRandom r) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 500) {
            return (int) Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * r.gaussian()));
        }
        return r.poisson(mean);
    }
}
