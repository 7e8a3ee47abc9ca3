package org.khareetaty.sample.live;

import static org.khareetaty.sample.live.StreamEvents.between;
import static org.khareetaty.sample.live.StreamEvents.device;
import static org.khareetaty.sample.live.StreamEvents.event;
import static org.khareetaty.sample.live.StreamEvents.plusSeconds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.sample.DemoRandom;

/**
 * The events one incident causes: its CAD call, and by chance a gunshot detection, sensor or camera
 * events, several citizens' reports, its filed record. Each incident draws from its own random stream
 * (seed and incident id), so the events of an incident do not depend on the range read.
 */
final class IncidentEvents {
    private static final List<String> PANIC_SITES =
            List.of("shop", "bank", "pharmacy", "petrol_station", "clinic", "jeweller");
    private final LiveStreamSpec spec;

    IncidentEvents(LiveStreamSpec spec) {
        this.spec = spec;
    }

    List<Event> of(StoreIncident i) {
        DemoRandom r = new DemoRandom(spec.seed() + i.id() * 0x9E3779B97F4A7C15L, "live-incident");
        List<Event> out = new ArrayList<>(4);
        CategoryProfile profile = CategoryProfile.of(i.category());
        String type = StreamEvents.type(i.offenseType());
        double[] at = {i.lat(), i.lon()};
        int priority = i.severity() >= 0.7 ? 1 : i.severity() >= 0.4 ? 2 : 3;
        Instant cadSent = plusSeconds(i.occurredAt(), 30 + Math.min(r.exponential(60), 570));
        out.add(event(
                "cad-" + i.id(),
                EventSource.CAD,
                type,
                i.occurredAt(),
                cadSent,
                at,
                between(r, 0.75, 0.95),
                "dispatcher-" + r.between(1, 24),
                Map.of(
                        "incident_id",
                        Long.toString(i.id()),
                        "category",
                        String.valueOf(i.category()),
                        "priority",
                        priority),
                EventRole.CAD,
                i));
        if (r.chance(CategoryProfile.gunshotChance(i))) {
            double[] p = Metres.around(i.lat(), i.lon(), 0, LiveStreamSpec.GUNSHOT_MAX_ERROR_METRES, r);
            Instant t = plusSeconds(i.occurredAt(), between(r, -60, 60));
            out.add(event(
                    "gs-" + i.id(),
                    EventSource.GUNSHOT_SENSOR,
                    "gunshot",
                    t,
                    plusSeconds(t, between(r, 1, 5)),
                    p,
                    between(r, 0.6, 0.95),
                    device("gs-array", p[0], p[1]),
                    Map.of("rounds", r.between(1, 8)),
                    EventRole.GUNSHOT_TRUE,
                    i));
        }
        if (r.chance(profile.sensorShare)) {
            int n = r.chance(0.35) ? 2 : 1;
            for (int k = 1; k <= n; k++) {
                out.add(r.chance(profile.panicShare) ? panic(i, k, r) : camera(i, profile, k, r));
            }
        }
        if (r.chance(profile.citizenShare)) {
            out.addAll(citizens(i, type, profile, r));
        }
        if (r.chance(spec.recordShare())) {
            Instant filed = plusSeconds(i.occurredAt(), between(r, 20 * 60, 180 * 60));
            out.add(event(
                    "rec-" + i.id(),
                    EventSource.RECORDS,
                    "report_filed",
                    filed,
                    plusSeconds(filed, 5),
                    at,
                    0.95,
                    "records-clerk-" + r.between(1, 6),
                    Map.of("incident_id", Long.toString(i.id()), "offense", type),
                    EventRole.RECORD,
                    i));
        }
        return out;
    }

    private Event panic(StoreIncident i, int k, DemoRandom r) {
        double[] p = Metres.around(i.lat(), i.lon(), 0, 100, r);
        Instant t = plusSeconds(i.occurredAt(), between(r, -30, 120));
        return event(
                "panic-" + i.id() + "-" + k,
                EventSource.PANIC_SENSOR,
                "panic",
                t,
                plusSeconds(t, between(r, 1, 3)),
                p,
                0.9,
                device("panic", p[0], p[1]),
                Map.of("site", r.pick(PANIC_SITES)),
                EventRole.CORROBORATION,
                i);
    }

    private Event camera(StoreIncident i, CategoryProfile profile, int k, DemoRandom r) {
        double[] p = Metres.around(i.lat(), i.lon(), 0, LiveStreamSpec.CORROBORATION_MAX_METRES, r);
        Instant t = plusSeconds(
                i.occurredAt(),
                between(
                        r,
                        LiveStreamSpec.CORROBORATION_EARLIEST.toSeconds(),
                        LiveStreamSpec.CORROBORATION_LATEST.toSeconds()));
        String type = r.pick(profile.cctvTypes);
        Map<String, Object> a = type.equals("crowd") ? Map.of("count", r.between(12, 60)) : Map.of();
        return event(
                "cctv-" + i.id() + "-" + k,
                EventSource.CCTV,
                type,
                t,
                plusSeconds(t, between(r, 2, 10)),
                p,
                between(r, 0.6, 0.9),
                device("cam", p[0], p[1]),
                a,
                EventRole.CORROBORATION,
                i);
    }

    /** Two to five phones within 25 m of the incident, 10-50 m apart, reporting within 5 min of the first. */
    private List<Event> citizens(StoreIncident i, String type, CategoryProfile profile, DemoRandom r) {
        int phones = r.between(LiveStreamSpec.CITIZEN_MIN_PHONES, LiveStreamSpec.CITIZEN_MAX_PHONES);
        Instant first =
                plusSeconds(i.occurredAt(), between(r, 0, LiveStreamSpec.CITIZEN_FIRST_REPORT_WITHIN.toSeconds()));
        List<double[]> places = new ArrayList<>();
        Set<String> reporters = new HashSet<>();
        List<Event> out = new ArrayList<>(phones);
        for (int k = 1; k <= phones; k++) {
            double[] p = place(i, places, r);
            places.add(p);
            Instant t = k == 1 ? first : plusSeconds(first, between(r, 0, LiveStreamSpec.CITIZEN_SPREAD.toSeconds()));
            String said = type;
            if (r.chance(LiveStreamSpec.CITIZEN_DISAGREEMENT)) {
                List<String> others =
                        profile.confusions.stream().filter(c -> !c.equals(type)).toList();
                said = others.isEmpty() ? type : r.pick(others);
            }
            String phone;
            do {
                phone = "phone-" + String.format(Locale.ROOT, "%04x", r.below(65_536));
            } while (!reporters.add(phone));
            out.add(event(
                    "cr-" + i.id() + "-" + k,
                    EventSource.CITIZEN_REPORT,
                    said,
                    t,
                    plusSeconds(t, between(r, 20, 240)),
                    p,
                    between(r, 0.4, 0.75),
                    phone,
                    Map.of("has_video", r.chance(0.4)),
                    EventRole.CITIZEN,
                    i));
        }
        return out;
    }

    /** A phone's place: within 25 m of the incident and at least 10 m from the phones placed before (rounding margin kept). */
    private static double[] place(StoreIncident i, List<double[]> placed, DemoRandom r) {
        double[] p = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            p = Metres.around(i.lat(), i.lon(), 0, LiveStreamSpec.CITIZEN_MAX_FROM_INCIDENT_METRES - 0.5, r);
            boolean apart = true;
            for (double[] q : placed) {
                apart &= Metres.between(p[0], p[1], q[0], q[1]) >= LiveStreamSpec.CITIZEN_MIN_APART_METRES + 0.5;
            }
            if (apart) {
                return p;
            }
        }
        return p;
    }
}
