package org.khareetaty.core.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.alert.corroboration.NearbyEvents;
import org.khareetaty.core.alert.geofence.Geofence;
import org.khareetaty.core.alert.geofence.GeofenceMonitor;
import org.khareetaty.core.alert.incident.CitizenFusion;
import org.khareetaty.core.alert.incident.DistinctIncidents;
import org.khareetaty.core.alert.incident.Incident;
import org.khareetaty.core.alert.incident.SessionWindows;
import org.khareetaty.core.alert.risk.RiskMap;
import org.khareetaty.core.alert.window.RollingSummary;
import org.khareetaty.core.alert.window.SlidingCounts;
import org.khareetaty.core.alert.window.TumblingCounts;
import org.khareetaty.core.alert.window.Watermark;

/**
 * What the engine remembers between events: stream time, the windows (tumbling, sliding, rolling
 * summary), the open incidents with their citizen-report groups and nearby events, the dynamic risk,
 * the geofences' counts and the open geofence and spike alerts; and the sweep that drops what stream
 * time has left behind. Nothing here is stored: after a restart, or a write that failed, the engine
 * starts from a fresh state and replays the stored events into it ({@link RestartReplay}).
 */
final class EngineState {
    private static final int SWEEP_EVERY_EVENTS = 4096;

    private final AlertConfig config;
    final RiskMap risk;
    final Watermark watermark = new Watermark();
    final TumblingCounts tumbling;
    final SlidingCounts sliding;
    final RollingSummary summary;
    final SessionWindows sessions;
    /** The incidents the spike prediction counts (crimes' records apart by its own radius). */
    final DistinctIncidents distinct;

    final CitizenFusion fusion;
    final NearbyEvents nearby;
    final GeofenceMonitor geofences;
    /** The open alert of each geofence, by name. */
    final Map<String, OpenAlert> geofenceAlerts = new HashMap<>();
    /** The open spike or trend-watch alert of each cell. */
    final Map<Long, OpenAlert> spikeAlerts = new HashMap<>();
    /** Builds alert contents from these windows. */
    final AlertContents contents;

    private long processedSinceSweep;

    /** Fresh, empty state. */
    EngineState(AlertConfig config, List<Geofence> fences) {
        this.config = config;
        AlertConfig.Windows w = config.windows();
        risk = new RiskMap(config.risk(), w.cellResolution());
        tumbling = new TumblingCounts(w.tumbling(), w.allowedLateness());
        sliding = new SlidingCounts(w.sliding(), w.slide(), w.allowedLateness());
        summary = new RollingSummary(w.summary(), w.allowedLateness());
        sessions = new SessionWindows(w);
        distinct = new DistinctIncidents(
                w.sessionRadiusM(),
                config.spike().incidentRadiusM(),
                w.sessionGap(),
                w.sessionMaxLength(),
                w.allowedLateness());
        fusion = new CitizenFusion(config.fusion(), w.allowedLateness());
        nearby = new NearbyEvents(config.corroboration(), w.allowedLateness());
        geofences = new GeofenceMonitor(fences);
        contents = new AlertContents(config, sliding, tumbling);
    }

    /** Counts one processed event, and sweeps every 4,096 of them. */
    void sweepIfDue() {
        if (++processedSinceSweep >= SWEEP_EVERY_EVENTS) {
            sweep();
        }
    }

    /** Drops what can take no more events at stream time: expired windows, incidents, risk, open alerts past their dedup gap. */
    void sweep() {
        processedSinceSweep = 0;
        Instant w = watermark.now();
        if (w == null) {
            return;
        }
        tumbling.expire(w);
        sliding.expire(w);
        summary.expire(w);
        sessions.expire(w, i -> {});
        distinct.expire(w);
        fusion.expire(w);
        nearby.expire(w);
        risk.prune(w);
        Duration lateness = config.windows().allowedLateness();
        geofences.expire(w, lateness);
        expireOpen(
                geofenceAlerts.values().iterator(), w, config.geofenceDedupGap().plus(lateness));
        expireOpen(spikeAlerts.values().iterator(), w, config.spike().dedupGap().plus(lateness));
    }

    private static void expireOpen(Iterator<OpenAlert> it, Instant w, Duration keep) {
        while (it.hasNext()) {
            if (it.next().lastEventAt.plus(keep).isBefore(w)) {
                it.remove();
            }
        }
    }

    /** Every open alert held: of the incidents, the geofences and the spikes. */
    List<OpenAlert> openAlerts() {
        List<OpenAlert> out = new ArrayList<>();
        for (Incident i : sessions.all()) {
            if (i.alert() != null) {
                out.add(i.alert());
            }
        }
        out.addAll(geofenceAlerts.values());
        out.addAll(spikeAlerts.values());
        return out;
    }

    /** Forgets the open alerts without a stored id (closed, or never stored). */
    void forgetUnstored() {
        for (Incident i : sessions.all()) {
            if (i.alert() != null && i.alert().id <= 0) {
                i.alert(null);
            }
        }
        geofenceAlerts.values().removeIf(a -> a.id <= 0);
        spikeAlerts.values().removeIf(a -> a.id <= 0);
    }

    /** The current sizes. */
    AlertEngine.StateSize size() {
        return new AlertEngine.StateSize(
                sessions.size(),
                nearby.size(),
                fusion.size(),
                tumbling.windows(),
                sliding.panes(),
                summary.buckets(),
                risk.size(),
                geofenceAlerts.size(),
                spikeAlerts.size());
    }
}
