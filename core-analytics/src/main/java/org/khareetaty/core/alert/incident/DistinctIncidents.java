package org.khareetaty.core.alert.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.khareetaty.core.alert.ObservedEvent;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.LocalDistance;

/**
 * The incidents the spike prediction counts. A crime's record (a CAD call, a records entry) counts
 * apart from another crime's record more than {@code spike.incident_radius_m} (50 m) away; the other
 * reports of a crime (gunshot sensors, cameras, phones) never count apart from a crime within the
 * session radius (500 m). In full, an event within the session radius of a counted incident's first
 * event, and within the session gap of its events (an incident lasting at most the session's
 * maximum length), is that incident when it is not a record, or when it is a record and the
 * incident's first record lies within the incident radius of it, or the incident holds no record
 * yet (the CAD call of a crime a sensor reported first: the incident then counts in the record's
 * cell); otherwise it begins a counted incident.
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
    private final PlaceBuckets<Counted> counted;

    /**
     * What counting an event did.
     *
     * @param begun    it began a counted incident, of its own cell
     * @param moved    it is the first record of an incident counted in another cell (a sensor's first report
     *                 off the crime's cell): the count moves to the record's cell, at the time it was counted
     * @param fromCell the cell the count moves from (when moved)
     * @param at       when the incident was counted (when moved)
     */
    public record Count(boolean begun, boolean moved, long fromCell, Instant at) {
        /** Neither: the event is an incident counted already, in its own cell. */
        public static final Count NONE = new Count(false, false, 0, null);

        private static final Count BEGUN = new Count(true, false, 0, null);
    }

    /** A counted incident: its first event and the cell it counts in, its first record (NaN without one), its span. */
    private static final class Counted {
        final double lat;
        final double lon;
        final long first;
        long cell;
        double recordLat = Double.NaN;
        double recordLon = Double.NaN;
        long last;

        Counted(double lat, double lon, long cell, long at) {
            this.lat = lat;
            this.lon = lon;
            this.cell = cell;
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
        this.counted = new PlaceBuckets<>(sessionRadiusM);
    }

    /** Whether events of {@code source} are a crime's record: CAD calls and records entries. */
    public static boolean isRecord(EventSource source) {
        return source == EventSource.CAD || source == EventSource.RECORDS;
    }

    /** Counts {@code e}: a new incident (then remembered), one counted already, or the record of one counted elsewhere. */
    public Count count(ObservedEvent e) {
        double lat = e.event().lat();
        double lon = e.event().lon();
        long t = e.at().toEpochMilli();
        boolean record = isRecord(e.event().source());
        LocalDistance from = new LocalDistance(lat, lon);
        double session2 = sessionRadiusM * sessionRadiusM;
        double record2 = recordRadiusM * recordRadiusM;
        Counted joined = null;
        Counted unrecorded = null;
        for (long key : counted.neighbours(lat, lon)) {
            List<Counted> list = counted.at(key);
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
        if (joined != null) {
            joined.last = Math.max(joined.last, t);
            return Count.NONE;
        }
        if (unrecorded != null) {
            unrecorded.last = Math.max(unrecorded.last, t);
            unrecorded.recordLat = lat;
            unrecorded.recordLon = lon;
            if (unrecorded.cell == e.cell()) {
                return Count.NONE;
            }
            Count moved = new Count(false, true, unrecorded.cell, Instant.ofEpochMilli(unrecorded.first));
            unrecorded.cell = e.cell();
            return moved;
        }
        Counted c = new Counted(lat, lon, e.cell(), t);
        if (record) {
            c.recordLat = lat;
            c.recordLon = lon;
        }
        counted.add(lat, lon, c);
        return Count.BEGUN;
    }

    /** Drops the incidents no event can join at {@code watermark}. */
    public void expire(Instant watermark) {
        long w = watermark.toEpochMilli();
        counted.expire(c -> c.last + gap + lateness < w || c.first + maxLength + lateness < w, c -> {});
    }

    /** Counted incidents held. */
    public int size() {
        return counted.size();
    }
}
