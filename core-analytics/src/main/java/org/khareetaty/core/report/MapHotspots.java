package org.khareetaty.core.report;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.gistar.GiStarAnalysis;
import org.khareetaty.core.gistar.GiStarCell;
import org.khareetaty.core.gistar.GiStarResult;
import org.khareetaty.core.gistar.GiStarScope;
import org.khareetaty.core.hotspot.Hotspot;
import org.khareetaty.core.hotspot.HotspotFinder;
import org.khareetaty.core.hotspot.HotspotParameters;
import org.khareetaty.core.hotspot.HotspotRun;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The hotspots a report's map page draws, computed as the window's Hotspots panel and the {@code hotspots}
 * and {@code gistar} commands compute them, with the panel's default settings, over the whole area and
 * the report's period and categories; the map shows those in its scope ({@link #within}).
 *
 * <ul>
 *   <li>{@link Method#DBSCAN}: DBSCAN clusters (Ester et al. 1996) of incidents within {@link #EPS_M} m,
 *       {@link #MIN_PTS} to a core ({@link HotspotFinder}, which stores the run as the command does); drawn
 *       as their convex hulls.
 *   <li>{@link Method#GISTAR}: Getis-Ord Gi* hot and cold spots (Ord & Getis 1995) of H3 cells at
 *       {@link #GI_RES}, ring-1 neighbours, with the Benjamini-Hochberg correction ({@link GiStarAnalysis}),
 *       the cells significant at 95% or more; drawn as their hexagons.
 * </ul>
 *
 * @param method     how they were found
 * @param parameters the settings, in words ("150 m, 25 incidents")
 * @param shapes     the hotspots, in the order the analysis gives them
 */
public record MapHotspots(Method method, String parameters, List<Shape> shapes) {
    public MapHotspots {
        shapes = List.copyOf(shapes);
    }

    /** The window's default DBSCAN radius, metres. */
    public static final double EPS_M = 150;
    /** The window's default DBSCAN core size. */
    public static final int MIN_PTS = 25;
    /** The window's default Gi* resolution. */
    public static final int GI_RES = 8;

    /** How the hotspots were found. */
    public enum Method {
        DBSCAN,
        GISTAR
    }

    /**
     * One hotspot drawn.
     *
     * @param key   the DBSCAN cluster's number in its run, or the Gi* cell's H3 id (hex)
     * @param shape its hull or hexagon, WGS84
     * @param hot   a hot spot (every DBSCAN cluster), or a Gi* cold spot when false
     * @param count its incidents in the period
     * @param label the cluster's dominant offense, or the Gi* class ("hot spot 99%")
     * @param score the cluster's incidents per km², or the cell's Gi* z-score
     */
    public record Shape(String key, Geometry shape, boolean hot, long count, String label, double score) {}

    /** The hotspots of {@code method} over the whole area in {@code request}'s period and categories. */
    public static MapHotspots of(Store store, KpiRequest request, Method method) {
        ReportPeriod p = request.period();
        List<Shape> shapes = new ArrayList<>();
        if (method == Method.DBSCAN) {
            HotspotRun run = new HotspotFinder(store)
                    .find(
                            new HotspotParameters(EPS_M, MIN_PTS, null, request.categories(), p.from(), p.to()),
                            ProgressListener.NONE);
            for (Hotspot h : run.hotspots()) {
                shapes.add(new Shape(
                        Integer.toString(h.id()), h.hull(), true, h.count(), h.dominantOffense(), h.densityPerKm2()));
            }
            return new MapHotspots(method, String.format(java.util.Locale.ROOT, "%.0f m, %d", EPS_M, MIN_PTS), shapes);
        }
        GiStarResult r;
        try {
            r = GiStarAnalysis.run(
                    store,
                    new GiStarScope(GI_RES, GiStarScope.DEFAULT_K, p.from(), p.to(), request.categories()),
                    ProgressListener.NONE);
        } catch (SQLException e) {
            throw new StoreException(
                    "Cannot compute Gi* hot spots in the store at " + store.dir() + ": " + e.getMessage(), e);
        }
        for (GiStarCell c : r.cells()) {
            if (Math.abs(c.bin().value()) >= 2) {
                shapes.add(new Shape(
                        c.hex(),
                        new ReportScope.Cell(c.cell()).shape(),
                        c.bin().isHot(),
                        c.count(),
                        c.bin().label(),
                        c.z()));
            }
        }
        return new MapHotspots(method, "r" + GI_RES + ", k " + GiStarScope.DEFAULT_K, shapes);
    }

    /** These hotspots with only those meeting {@code scope} kept (null: all). */
    public MapHotspots within(Geometry scope) {
        if (scope == null) {
            return this;
        }
        PreparedGeometry in = PreparedGeometryFactory.prepare(scope);
        return new MapHotspots(
                method,
                parameters,
                shapes.stream().filter(s -> in.intersects(s.shape())).toList());
    }
}
