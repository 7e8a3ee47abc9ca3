package org.khareetaty.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.streets.StreetFields;
import org.khareetaty.geo.streets.StreetLines;
import org.khareetaty.geo.streets.StreetLoadResult;
import org.khareetaty.geo.streets.StreetLoader;
import org.khareetaty.geo.streets.StreetSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khareetaty streets}: the street layer the map draws at street scale. */
@Command(
        name = "streets",
        mixinStandardHelpOptions = true,
        description = "The street layer of the offline map (centrelines with names, drawn at street scale).",
        subcommands = {StreetsCommand.Load.class, StreetsCommand.Show.class})
final class StreetsCommand {

    @Command(
            name = "load",
            mixinStandardHelpOptions = true,
            description = {
                "Load street centrelines: a line layer (GeoJSON, Shapefile) or an OpenStreetMap extract (.osm.pbf).",
                "Replaces the store's street layer. Names and classes come from the usual fields",
                "(name, STREET_NAM, FULL_NAME...; highway, CLASS...) unless named."
            })
    static final class Load implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(names = "--name-field", paramLabel = "F", description = "Property holding each street's name.")
        String nameField;

        @Option(
                names = "--class-field",
                paramLabel = "F",
                description = "Property holding each street's class (expressway, arterial, collector, alley...).")
        String classField;

        @Option(
                names = "--crs",
                paramLabel = "EPSG:N",
                description = "CRS of the file when it does not say (a .prj without an EPSG code).")
        String crs;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Parameters(paramLabel = "FILE", description = "GeoJSON (.geojson, .json), Shapefile (.shp) or .osm.pbf.")
        Path file;

        @Override
        public Integer call() {
            TerminalProgress bar = TerminalProgress.onStderr(false);
            StreetLoadResult r;
            try (Store s = store.open()) {
                r = new StreetLoader().load(s, file, new StreetFields(nameField, classField, crs), bar);
            }
            bar.done();
            StreetSource src = r.source();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", src.file());
                m.put("format", src.format());
                m.put("read", r.features());
                m.put("loaded", src.lines());
                m.put("named", src.named());
                m.put("pieces", src.pieces());
                m.put("skipped", r.skipped());
                m.put("seconds", r.seconds());
                System.out.println(Json.of(m));
            } else {
                System.out.printf(
                        Locale.ROOT,
                        "streets from %s (%s): read %,d = loaded %,d + skipped %,d; %,d named; %,d pieces by tile; %.1f s%n",
                        src.file(),
                        src.format(),
                        r.features(),
                        src.lines(),
                        r.features() - src.lines(),
                        src.named(),
                        src.pieces(),
                        r.seconds());
                r.skipped()
                        .forEach((reason, n) -> System.out.printf(
                                Locale.ROOT,
                                "  skipped %-28s %,d  (e.g. %s)%n",
                                reason,
                                n,
                                r.examples().getOrDefault(reason, "-")));
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Where the store's street layer came from.")
    static final class Show implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Optional<StreetSource> src;
            try (Store s = store.open()) {
                src = new StreetLines(s).source();
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                src.ifPresent(x -> {
                    m.put("file", x.file());
                    m.put("format", x.format());
                    m.put("loaded_at", x.loadedAt().toString());
                    m.put("streets", x.lines());
                    m.put("named", x.named());
                    m.put("pieces", x.pieces());
                });
                System.out.println(Json.of(m));
            } else {
                System.out.println(src.map(x -> String.format(
                                Locale.ROOT,
                                "%s (%s), loaded %s: %,d streets, %,d named, %,d pieces",
                                x.file(),
                                x.format(),
                                x.loadedAt(),
                                x.lines(),
                                x.named(),
                                x.pieces()))
                        .orElse("no street layer: the map names street-scale cells by their incidents' blocks "
                                + "(load one with 'khareetaty streets load FILE')"));
            }
            return 0;
        }
    }
}
