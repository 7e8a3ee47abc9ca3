package org.khareetaty.app.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.core.hotspot.Hotspot;
import org.khareetaty.core.hotspot.HotspotFinder;
import org.khareetaty.core.hotspot.HotspotParameters;
import org.khareetaty.core.hotspot.HotspotRun;
import org.khareetaty.core.hotspot.HotspotRunSummary;
import org.khareetaty.core.hotspot.HotspotRuns;
import org.khareetaty.core.json.JsonMapping;
import org.khareetaty.core.store.Store;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code khareetaty hotspots}: DBSCAN hotspots in metres, over the whole area or per zone; stored runs. */
@Command(
        name = "hotspots",
        mixinStandardHelpOptions = true,
        description = {
            "DBSCAN hotspots (Ester et al. 1996) in metres on the ground, over the whole area or per zone of a",
            "boundary layer. Each run is stored with its parameters: --list shows the runs, --show ID reopens one.",
            "See docs/hotspots.md."
        })
public final class HotspotsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--eps-m", paramLabel = "M", description = "Neighbourhood radius in metres (e.g. 150).")
    Double epsM;

    @Option(
            names = "--min-pts",
            paramLabel = "K",
            description = "Incidents within eps, the incident itself included, that make a core (e.g. 20).")
    Integer minPts;

    @Option(
            names = "--per",
            paramLabel = "LAYER",
            description = "Cluster each zone of this boundary layer on its own (e.g. districts).")
    String perLayer;

    @Option(
            names = "--category",
            paramLabel = "C",
            arity = "1..*",
            description = "Keep only these offense categories (violent, property, ...).")
    List<String> categories = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "First local date to keep, YYYY-MM-DD (inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last local date to keep, YYYY-MM-DD (inclusive).")
    LocalDate to;

    @Option(names = "--list", description = "List the stored runs instead of running.")
    boolean list;

    @Option(names = "--show", paramLabel = "RUN", description = "Reopen a stored run instead of running.")
    Long show;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar.")
    boolean quiet;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (Store s = store.open()) {
            if (list) {
                return printList(new HotspotRuns(s).list());
            }
            HotspotRun run;
            if (show != null) {
                run = new HotspotRuns(s)
                        .open(show)
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(),
                                "There is no hotspot run " + show
                                        + " in the store; khareetaty hotspots --list shows the runs."));
            } else {
                if (epsM == null || minPts == null) {
                    throw new ParameterException(
                            spec.commandLine(),
                            "Give --eps-m M and --min-pts K (e.g. --eps-m 150 --min-pts 20), "
                                    + "or --list / --show RUN.");
                }
                HotspotParameters p = Arguments.checked(() ->
                        new HotspotParameters(epsM, minPts, perLayer, Arguments.categories(categories), from, to));
                TerminalProgress bar = TerminalProgress.onStderr(quiet || json);
                run = new HotspotFinder(s).find(p, bar);
                bar.done();
            }
            if (json) {
                System.out.println(Json.of(asJson(run)));
            } else {
                print(run);
            }
            return 0;
        }
    }

    private Integer printList(List<HotspotRunSummary> runs) {
        if (json) {
            System.out.println(
                    Json.of(runs.stream().map(HotspotsCommand::summary).toList()));
            return 0;
        }
        if (runs.isEmpty()) {
            System.out.println("no hotspot runs in the store");
        }
        for (HotspotRunSummary r : runs) {
            System.out.printf(
                    Locale.ROOT,
                    "#%-4d %s  %s  %,d incidents, %,d hotspots, %,d noise%n",
                    r.id(),
                    r.createdAt(),
                    describe(r.parameters()),
                    r.points(),
                    r.clusters(),
                    r.noise());
        }
        return 0;
    }

    static Map<String, Object> asJson(HotspotRun run) throws Exception {
        Map<String, Object> m = summary(run.summary());
        GeoJsonWriter geoJson = new GeoJsonWriter();
        geoJson.setEncodeCRS(false);
        List<Map<String, Object>> hotspots = new ArrayList<>();
        for (Hotspot h : run.hotspots()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", h.id());
            o.put("zone", h.zone());
            o.put("count", h.count());
            o.put("centroid", List.of(h.centroidLon(), h.centroidLat()));
            o.put("dominant_offense", h.dominantOffense());
            o.put("first", h.first().toString());
            o.put("last", h.last().toString());
            o.put("density_per_km2", h.densityPerKm2());
            o.put("hull", JsonMapping.reader().readTree(geoJson.write(h.hull())));
            hotspots.add(o);
        }
        m.put("hotspots", hotspots);
        return m;
    }

    private static Map<String, Object> summary(HotspotRunSummary r) {
        Map<String, Object> m = new LinkedHashMap<>();
        HotspotParameters p = r.parameters();
        m.put("run", r.id());
        m.put("created_at", r.createdAt().toString());
        m.put("eps_m", p.epsM());
        m.put("min_pts", p.minPts());
        m.put("per_layer", p.perLayer());
        m.put("categories", p.categories());
        m.put("from", p.from() == null ? null : p.from().toString());
        m.put("to", p.to() == null ? null : p.to().toString());
        m.put("points", r.points());
        m.put("clusters", r.clusters());
        m.put("noise", r.noise());
        m.put("seconds", r.seconds());
        return m;
    }

    private static String describe(HotspotParameters p) {
        return String.format(
                Locale.ROOT,
                "eps %.0f m, minPts %d%s%s%s",
                p.epsM(),
                p.minPts(),
                p.perLayer() == null ? "" : ", per " + p.perLayer(),
                p.categories().isEmpty() ? "" : ", categories " + String.join(",", p.categories()),
                p.from() == null && p.to() == null
                        ? ""
                        : ", " + (p.from() == null ? "..." : p.from()) + " to " + (p.to() == null ? "..." : p.to()));
    }

    private static void print(HotspotRun run) {
        HotspotRunSummary r = run.summary();
        System.out.printf(
                Locale.ROOT,
                "hotspot run #%d (%s): %,d incidents, %,d hotspots, %,d noise, %.1f s%n%n",
                r.id(),
                describe(r.parameters()),
                r.points(),
                r.clusters(),
                r.noise(),
                r.seconds());
        if (run.hotspots().isEmpty()) {
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "%5s %-8s %7s %11s %10s %12s  %-10s %-10s  %s%n",
                "id",
                "zone",
                "count",
                "lon",
                "lat",
                "per km2",
                "first",
                "last",
                "dominant offense");
        for (Hotspot h : run.hotspots()) {
            System.out.printf(
                    Locale.ROOT,
                    "%5d %-8s %,7d %11.5f %10.5f %,12.0f  %-10s %-10s  %s%n",
                    h.id(),
                    h.zone() == null ? "-" : h.zone(),
                    h.count(),
                    h.centroidLon(),
                    h.centroidLat(),
                    h.densityPerKm2(),
                    h.first().toString().substring(0, 10),
                    h.last().toString().substring(0, 10),
                    h.dominantOffense());
        }
    }
}
