package org.khareetaty.core.hotspot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;

/**
 * Finds DBSCAN hotspots ({@link Dbscan}, Ester et al. 1996) among the incidents of a store and
 * stores them as a run ({@link HotspotRuns}).
 *
 * <p>The incidents that pass the filters are projected to one {@link LocalPlane} centred on them
 * and clustered in metres, over the whole area, or, with {@link HotspotParameters#perLayer()}, each
 * zone of that boundary layer on its own (as the original Khareetaty platform did per district):
 * a hotspot never crosses a zone boundary, and incidents outside every zone of the layer are left
 * out of the run. Input order is zone code, then incident id, which fixes the tie-break.
 */
public final class HotspotFinder {
    /**
     * Floor of the area used for density, square metres (one hectare, about a city block face):
     * the hull of incidents that share one point or one line has no area.
     */
    public static final double FLOOR_AREA_M2 = 10_000;

    private static final Pattern ZONE_COLUMN = Pattern.compile("zone_[a-z][a-z0-9_]{0,29}");

    /** Receives the hotspot of every clustered incident: its id, or 0 for noise. */
    @FunctionalInterface
    public interface Membership {
        /** No-op. */
        Membership NONE = (incident, hotspot) -> {};

        void member(long incidentId, int hotspotId);
    }

    private final Store store;

    /** A finder over {@code store}. */
    public HotspotFinder(Store store) {
        this.store = store;
    }

    /** Runs, stores and returns the run. See {@link #find(HotspotParameters, ProgressListener, Membership)}. */
    public HotspotRun find(HotspotParameters parameters, ProgressListener progress) {
        return find(parameters, progress, Membership.NONE);
    }

    /**
     * Clusters the incidents that pass {@code parameters}, stores the run and returns it.
     *
     * @param membership told the hotspot of every clustered incident (not stored)
     * @throws IllegalArgumentException when the layer is not in the store
     * @throws org.khareetaty.core.progress.CancelledException when cancelled; nothing is stored
     */
    public HotspotRun find(HotspotParameters parameters, ProgressListener progress, Membership membership) {
        long started = System.nanoTime();
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (Connection c = store.connect()) {
            String zoneColumn = parameters.perLayer() == null ? null : zoneColumn(c, parameters.perLayer());
            IncidentPoints points =
                    IncidentPoints.load(c, parameters, zoneColumn).trimmed();
            progress.checkCancelled();
            double[][] xy = LocalPlane.centredOn(points.lon, points.lat).project(points.lon, points.lat);
            List<Hotspot> hotspots = new ArrayList<>();
            long noise = 0;
            int zoneRuns = 0;
            for (int from = 0; from < points.size; ) {
                int to = from;
                while (to < points.size && points.zone[to] == points.zone[from]) {
                    to++;
                }
                noise += clusterRange(points, xy, from, to, parameters, hotspots, membership, cancelOnly(progress));
                progress.update(new Progress(
                        "hotspots", to, points.size, ++zoneRuns, Duration.ofNanos(System.nanoTime() - started)));
                from = to;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            HotspotRunSummary unsaved =
                    new HotspotRunSummary(0, createdAt, parameters, points.size, hotspots.size(), noise, seconds);
            long id = HotspotRuns.save(c, unsaved, hotspots);
            return new HotspotRun(
                    new HotspotRunSummary(id, createdAt, parameters, points.size, hotspots.size(), noise, seconds),
                    hotspots);
        } catch (SQLException e) {
            throw new StoreException("Cannot find hotspots in the store at " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    /** Clusters points [from, to) (one zone, or everything); appends its hotspots; returns its noise count. */
    private static long clusterRange(
            IncidentPoints p,
            double[][] xy,
            int from,
            int to,
            HotspotParameters parameters,
            List<Hotspot> hotspots,
            Membership membership,
            ProgressListener progress) {
        Dbscan.Result r = Dbscan.cluster(
                Arrays.copyOfRange(xy[0], from, to),
                Arrays.copyOfRange(xy[1], from, to),
                parameters.epsM(),
                parameters.minPts(),
                progress);
        // members grouped by cluster, in input order within each
        int[] start = new int[r.clusters() + 1];
        for (int l : r.labels()) {
            if (l != Dbscan.NOISE) {
                start[l + 1]++;
            }
        }
        for (int k = 0; k < r.clusters(); k++) {
            start[k + 1] += start[k];
        }
        int[] members = new int[start[r.clusters()]];
        int[] fill = Arrays.copyOf(start, r.clusters());
        int firstId = hotspots.size() + 1;
        for (int i = 0; i < r.labels().length; i++) {
            int l = r.labels()[i];
            if (l != Dbscan.NOISE) {
                members[fill[l]++] = from + i;
            }
            membership.member(p.ids[from + i], l == Dbscan.NOISE ? 0 : firstId + l);
        }
        String zone = p.zone[from] < 0 ? null : p.zones.get(p.zone[from]);
        for (int k = 0; k < r.clusters(); k++) {
            hotspots.add(ClusterShape.of(firstId + k, zone, members, start[k], start[k + 1], p, xy[0], xy[1]));
        }
        return r.labels().length - members.length;
    }

    private static ProgressListener cancelOnly(ProgressListener progress) {
        return new ProgressListener() {
            @Override
            public void update(Progress ignored) {}

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    /** The {@code zone_<layer>} column of {@code layer}, checked against {@code boundary_layers}. */
    static String zoneColumn(Connection c, String layer) throws SQLException {
        List<String> layers = new ArrayList<>();
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT layer, zone_column FROM boundary_layers ORDER BY layer");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(1).equals(layer)) {
                    String column = rs.getString(2).toLowerCase(java.util.Locale.ROOT);
                    if (!ZONE_COLUMN.matcher(column).matches()) {
                        throw new IllegalStateException(
                                "boundary layer '" + layer + "' has an unexpected zone column '" + column + "'");
                    }
                    return column;
                }
                layers.add(rs.getString(1));
            }
        }
        throw new IllegalArgumentException("There is no boundary layer '" + layer + "' in the store"
                + (layers.isEmpty() ? " (it has none)" : "; it has: " + String.join(", ", layers))
                + ". Load one with: khareetaty boundaries load --layer " + layer + " ...");
    }
}
