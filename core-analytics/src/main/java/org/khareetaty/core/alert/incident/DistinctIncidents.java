package org.khareetaty.core.alert.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.alert.ObservedEvent;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.LocalDistance;
import org.khareetaty.core.geo.MetreGrid;

/**
 * The incidents the spike prediction counts. A crime's record (a CAD call, a records entry) counts
 * apart from another crime's record more than {@code spike.incident_radius_m} (50 m) away; the other
 * reports of a crime (gunshot sensors, cameras, phones) never count apart from a crime within the
 * session radius (500 m). In full, an event within the session radius of a counted incident's first
 * event, and within the session gap of its events (an incident lasting at most the session's
 * maximum length), is that incident when it is not a record, or when it is a record and the
 * incident's first record lies within the incident radius of it, or the incident holds no record
 * yet (the CAD call of a crime a sensor reported first); otherwise it begins a counted incident.
 *
 * <p>Why a rule of its own: the session radius is there to keep one incident reported by several
 * sources (a CAD call, a gunshot sensor up to a few hundred metres off, a camera, phones) as one
 * alert; an H3 r8 cell is about 0.74 km2, so at 500 m nearly every incident of a cell within 30
 * minutes joins one session, and a spike of separate crimes counted one. A radius alone cannot tell
 * a sensor 250 m off its crime from a second crime 250 m away; the sources can: a dispatcher records
 * each crime once, at its address. Measured against smaller radii on Chicago's assaults with
 * planted spikes, as CAD calls and as the multi-source stream (tuned on 2018, checked on 2019):
 * docs/alerts.md, "Which incidents a spike counts". Not thread safe.
 */
public final class DistinctIncidents {
    private final double sessionRadiusM;
    private final double recordRadiusM;
    private final long gap;
    private final long maxLength;
    private final long lateness;
    private final MetreGrid grid;
    private final Map<Long, List<Counted>> byBucket = new HashMap<>();
    private int live;

    /** A counted incident: its first event, its first record (NaN without one), its span. */
    private static final class Counted {
        final double lat;
        final double lon;
        final long first;
        double recordLat = Double.NaN;
        double recordLon = Double.NaN;
        long last;

        Counted(double lat, double lon, long at) {
            this.lat = lat;
            this.lon = lon;
            this.first = at;
            this.last = at;
        }

        boolean hasRecord() {
            return !Double.isNaN(recordLat);
        }
    }

    /**
     * Incidents within {@code sessionRadiusM}, records apart beyond {@code recordRadiusM}; {@code gap},
     * {@code maxLength} and {@code lateness} as the sessions'.
     */
    public DistinctIncidents(
            double sessionRadiusM, double recordRadiusM, Duration gap, Duration maxLength, Duration lateness) {
        this.sessionRadiusM = sessionRadiusM;
        this.recordRadiusM = Math.min(recordRadiusM, sessionRadiusM);
        this.gap = gap.toMillis();
        this.maxLength = maxLength.toMillis();
        this.lateness = lateness.toMillis();
        this.grid = new MetreGrid(sessionRadiusM);
    }

    /** Whether events of {@code source} are a crime's record: CAD calls and records entries. */
    public static boolean isRecord(EventSource source) {
        return source == EventSource.CAD || source == EventSource.RECORDS;
    }

    /** True when {@code e} begins a counted incident (then remembered); false when it is one counted already. */
    public boolean begins(ObservedEvent e) {
        double lat = e.event().lat();
        double lon = e.event().lon();
        long t = e.at().toEpochMilli();
        boolean record = isRecord(e.event().source());
        LocalDistance from = new LocalDistance(lat, lon);
        double session2 = sessionRadiusM * sessionRadiusM;
        double record2 = recordRadiusM * recordRadiusM;
        Counted joined = null;
        Counted unrecorded = null;
        for (long key : grid.neighbours(lat, lon)) {
            List<Counted> list = byBucket.get(key);
            if (list == null) {
                continue;
            }
            for (Counted c : list) {
                if (Math.abs(t - c.last) > gap
                        || t - c.first > maxLength
                        || from.squaredMetres(c.lat, c.lon) > session2) {
                    continue;
                }
                if (!record || (c.hasRecord() && from.squaredMetres(c.recordLat, c.recordLon) <= record2)) {
                    joined = c;
                    break;
                }
                if (!c.hasRecord() && unrecorded == null) {
                    unrecorded = c;
                }
            }
            if (joined != null) {
                break;
            }
        }
        Counted c = joined != null ? joined : unrecorded;
        if (c == null) {
            c = new Counted(lat, lon, t);
            byBucket.computeIfAbsent(grid.key(lat, lon), k -> new ArrayList<>()).add(c);
            live++;
        }
        c.last = Math.max(c.last, t);
        if (record && !c.hasRecord()) {
            c.recordLat = lat;
            c.recordLon = lon;
        }
        return joined == null && unrecorded == null;
    }

    /** Drops the incidents no event can join at {@code watermark}. */
    public void expire(Instant watermark) {
        long w = watermark.toEpochMilli();
        for (Iterator<List<Counted>> lists = byBucket.values().iterator(); lists.hasNext(); ) {
            List<Counted> list = lists.next();
            int before = list.size();
            list.removeIf(c -> c.last + gap + lateness < w || c.first + maxLength + lateness < w);
            live -= before - list.size();
            if (list.isEmpty()) {
                lists.remove();
            }
        }
    }

    /** Counted incidents held. */
    public int size() {
        return live;
    }
}
