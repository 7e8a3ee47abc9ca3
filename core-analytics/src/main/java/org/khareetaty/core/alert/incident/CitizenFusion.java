package org.khareetaty.core.alert.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.khareetaty.core.alert.ObservedEvent;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.geo.LocalDistance;
import org.khareetaty.core.geo.MetreGrid;

/**
 * Fuses citizen reports of one incident: a report within the fusion radius (50 m) of a group's
 * first report and within the fusion window (5 min) of the group's latest report joins the nearest
 * such group; otherwise it starts one. Groups are dropped once stream time has passed their latest
 * report by the window plus the allowed lateness. Not thread safe.
 */
public final class CitizenFusion {
    private final double radiusM;
    private final long window;
    private final long lateness;
    private final MetreGrid grid;
    private final Map<Long, List<ReportGroup>> byBucket = new HashMap<>();
    private int live;

    public CitizenFusion(AlertConfig.Fusion config, Duration lateness) {
        this.radiusM = config.radiusM();
        this.window = config.window().toMillis();
        this.lateness = lateness.toMillis();
        this.grid = new MetreGrid(radiusM);
    }

    /** The group {@code report} fuses into, or null when it starts a new one. */
    public ReportGroup find(ObservedEvent report) {
        double lat = report.event().lat();
        double lon = report.event().lon();
        long t = report.at().toEpochMilli();
        ReportGroup best = null;
        double bestD = Double.POSITIVE_INFINITY;
        LocalDistance from = new LocalDistance(lat, lon);
        double r2 = radiusM * radiusM;
        for (long key : grid.neighbours(lat, lon)) {
            List<ReportGroup> list = byBucket.get(key);
            if (list == null) {
                continue;
            }
            for (ReportGroup g : list) {
                if (Math.abs(t - g.last().toEpochMilli()) > window
                        && Math.abs(t - g.first().at().toEpochMilli()) > window) {
                    continue;
                }
                double d = from.squaredMetres(
                        g.first().event().lat(), g.first().event().lon());
                if (d <= r2 && d < bestD) {
                    best = g;
                    bestD = d;
                }
            }
        }
        return best;
    }

    /** Adds {@code report} to {@code group}. */
    public void fuse(ReportGroup group, ObservedEvent report) {
        group.add(report);
    }

    /** Starts a group with {@code report} in {@code incident}. */
    public ReportGroup start(ObservedEvent report, Incident incident) {
        ReportGroup g = new ReportGroup(report, incident);
        incident.addGroup(g);
        byBucket.computeIfAbsent(grid.key(report.event().lat(), report.event().lon()), k -> new ArrayList<>())
                .add(g);
        live++;
        return g;
    }

    /** Drops groups that can take no more reports at {@code watermark}. */
    public void expire(Instant watermark) {
        long w = watermark.toEpochMilli();
        for (Iterator<List<ReportGroup>> lists = byBucket.values().iterator(); lists.hasNext(); ) {
            List<ReportGroup> list = lists.next();
            list.removeIf(g -> {
                boolean gone = g.last().toEpochMilli() + window + lateness < w;
                if (gone) {
                    live--;
                    g.close();
                }
                return gone;
            });
            if (list.isEmpty()) {
                lists.remove();
            }
        }
    }

    /** Groups held. */
    public int size() {
        return live;
    }
}
