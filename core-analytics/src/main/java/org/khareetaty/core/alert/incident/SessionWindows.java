package org.khareetaty.core.alert.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.khareetaty.core.alert.ObservedEvent;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.geo.LocalDistance;

/**
 * Session windows that group related events into incidents: an event joins the incident whose
 * anchor (first event) is nearest, within the session radius, provided the event falls within the
 * session gap of the incident's events and the incident is younger than its maximum length;
 * otherwise it starts a new incident. Anchoring on the first event (rather than chaining from event
 * to event) keeps a busy street from growing one incident without end. An incident is dropped once
 * stream time has passed its last event by the gap plus the allowed lateness. Not thread safe.
 */
public final class SessionWindows {
    private final double radiusM;
    private final long gap;
    private final long maxLength;
    private final long lateness;
    private final int maxEvents;
    private final PlaceBuckets<Incident> open;

    public SessionWindows(AlertConfig.Windows config) {
        this.radiusM = config.sessionRadiusM();
        this.gap = config.sessionGap().toMillis();
        this.maxLength = config.sessionMaxLength().toMillis();
        this.lateness = config.allowedLateness().toMillis();
        this.maxEvents = config.sessionMaxEvents();
        this.open = new PlaceBuckets<>(radiusM);
    }

    /** Starts an incident with {@code e} as its anchor; {@code riskTerm} is the dynamic-risk term of its place before it. */
    public Incident start(ObservedEvent e, Map<String, String> zones, double riskTerm) {
        Incident started = new Incident(e, zones, maxEvents, riskTerm);
        started.addMember(e);
        open.add(started.lat(), started.lon(), started);
        return started;
    }

    /** Adds {@code e} to {@code incident}. */
    public void join(Incident incident, ObservedEvent e) {
        incident.addMember(e);
    }

    /**
     * The incident {@code e} belongs to: the one whose anchor is nearest within the session radius,
     * with {@code e} within the session gap of its events and its maximum length; null when none.
     */
    public Incident find(ObservedEvent e) {
        double lat = e.event().lat();
        double lon = e.event().lon();
        long t = e.at().toEpochMilli();
        Incident best = null;
        double bestD = Double.POSITIVE_INFINITY;
        LocalDistance from = new LocalDistance(lat, lon);
        double r2 = radiusM * radiusM;
        for (long key : open.neighbours(lat, lon)) {
            List<Incident> list = open.at(key);
            if (list == null) {
                continue;
            }
            for (Incident i : list) {
                long first = i.firstMillis();
                long last = i.lastMillis();
                if (t > last + gap || t < first - gap || t - first > maxLength) {
                    continue;
                }
                double d = from.squaredMetres(i.lat(), i.lon());
                if (d <= r2 && d < bestD) {
                    best = i;
                    bestD = d;
                }
            }
        }
        return best;
    }

    /** Drops the incidents that can take no more events at {@code watermark}, telling {@code ended} of each. */
    public void expire(Instant watermark, Consumer<Incident> ended) {
        long w = watermark.toEpochMilli();
        open.expire(i -> i.lastMillis() + gap + lateness < w || i.firstMillis() + maxLength + lateness < w, ended);
    }

    /** Incidents held. */
    public int size() {
        return open.size();
    }

    /** Every incident held (for rebuilding state). */
    public List<Incident> all() {
        return open.all();
    }
}
