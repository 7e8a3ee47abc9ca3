package org.khareetaty.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.BoundaryLayers;
import org.khareetaty.geo.BoundaryLoader;
import org.khareetaty.geo.LayerInfo;
import org.khareetaty.geo.LayerLoadResult;
import org.khareetaty.geo.LayerSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khareetaty boundaries}: load and list boundary layers. */
@Command(
        name = "boundaries",
        mixinStandardHelpOptions = true,
        description = "Boundary layers (districts, beats, governorates).",
        subcommands = {BoundariesCommand.Load.class, BoundariesCommand.List.class})
final class BoundariesCommand {

    @Command(
            name = "load",
            mixinStandardHelpOptions = true,
            description = {
                "Load a GeoJSON or Shapefile layer of polygons.",
                "Invalid polygons are repaired and counted, or rejected with a reason. The first layer loaded",
                "(or the one named with --primary) is the primary layer: its union is the study area."
            })
    static final class Load implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(
                names = "--layer",
                required = true,
                paramLabel = "NAME",
                description = "Layer name, e.g. districts, beats.")
        String layer;

        @Option(
                names = "--code-field",
                required = true,
                paramLabel = "F",
                description = "Property holding each zone's code.")
        String codeField;

        @Option(names = "--name-field", paramLabel = "F", description = "Property holding each zone's name.")
        String nameField;

        @Option(names = "--parent-field", paramLabel = "F", description = "Property holding the parent zone's code.")
        String parentField;

        @Option(names = "--primary", description = "Make this the primary layer (the study area).")
        boolean primary;

        @Option(
                names = "--crs",
                paramLabel = "EPSG:N",
                description = "CRS of the file when it does not say (Shapefile without .prj).")
        String crs;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Parameters(paramLabel = "FILE", description = "GeoJSON (.geojson, .json) or Shapefile (.shp).")
        Path file;

        @Override
        public Integer call() {
            LayerSpec spec = new LayerSpec(layer, codeField, nameField, parentField, primary, crs);
            LayerLoadResult r;
            TerminalProgress bar = TerminalProgress.onStderr(false);
            try (Store s = store.open()) {
                r = new BoundaryLoader().load(s, file, spec, bar);
            }
            bar.done();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("layer", r.layer());
                m.put("file", r.file());
                m.put("read", r.featuresRead());
                m.put("loaded", r.loaded());
                m.put("repaired", r.repaired());
                m.put("rejected", r.rejectedCount());
                m.put(
                        "rejections",
                        r.rejected().stream()
                                .map(x -> Map.of(
                                        "feature", x.featureIndex(), "reason", x.reason(), "message", x.message()))
                                .toList());
                m.put("primary", r.primary());
                m.put("zone_column", r.zoneColumn());
                m.put("incidents_zoned", r.incidentsZoned());
                m.put("seconds", r.seconds());
                System.out.println(Json.of(m));
            } else {
                System.out.printf(
                        Locale.ROOT,
                        "layer %s from %s: read %d = loaded %d + rejected %d; repaired %d%s%n",
                        r.layer(),
                        r.file(),
                        r.featuresRead(),
                        r.loaded(),
                        r.rejectedCount(),
                        r.repaired(),
                        r.primary() ? " (primary: the study area)" : "");
                r.repairs().forEach(x -> System.out.println("  repaired " + x));
                r.rejected().forEach(x -> System.out.println("  rejected " + x));
                if (r.incidentsZoned() > 0) {
                    System.out.printf(
                            Locale.ROOT,
                            "  %,d incidents already in the store got their %s zone%n",
                            r.incidentsZoned(),
                            r.layer());
                }
            }
            return r.loaded() > 0 ? 0 : 1;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the store's boundary layers.")
    static final class List implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() {
            java.util.List<LayerInfo> layers;
            try (Store s = store.open()) {
                layers = new BoundaryLayers(s).list();
            }
            if (json) {
                System.out.println(Json.of(layers.stream()
                        .map(l -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("layer", l.layer());
                            m.put("primary", l.primary());
                            m.put("zones", l.featureCount());
                            m.put("repaired", l.repairedCount());
                            m.put("rejected", l.rejectedCount());
                            m.put("zone_column", l.zoneColumn());
                            m.put("source_file", l.sourceFile());
                            return m;
                        })
                        .toList()));
            } else if (layers.isEmpty()) {
                System.out.println("no boundary layers: only range and placeholder checks apply to imports");
            } else {
                layers.forEach(l -> System.out.printf(
                        Locale.ROOT,
                        "%-20s %4d zones%s  (%s)%n",
                        l.layer(),
                        l.featureCount(),
                        l.primary() ? "  primary" : "",
                        l.sourceFile()));
            }
            return 0;
        }
    }
}
