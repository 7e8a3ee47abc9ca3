package org.khareetaty.app.cli.alerts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.app.cli.Terminal;
import org.khareetaty.core.alert.enrich.SensitiveSites;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khareetaty alerts sites load FILE}: adds the sites of a GeoJSON file. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Add the points and polygons of a GeoJSON file (WGS84) as sensitive sites.")
final class SitesLoad implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE", description = "GeoJSON of Point, Polygon or MultiPolygon features.")
    Path file;

    @Option(names = "--kind", paramLabel = "K", description = "Kind of every site (school, hospital, government, ...).")
    String kind;

    @Option(
            names = "--kind-field",
            paramLabel = "F",
            description = "Property holding each site's kind (overrides --kind where set).")
    String kindField;

    @Option(names = "--name-field", paramLabel = "F", description = "Property holding each site's name.")
    String nameField;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The site file " + file + " does not exist");
        }
        if (kind == null && kindField == null) {
            throw new IllegalArgumentException("Give the sites' kind with --kind K or --kind-field F");
        }
        SensitiveSites.Loaded r;
        try (Store s = store.open()) {
            r = new SensitiveSites(s).load(file, kindField, nameField, kind);
        }
        Terminal.printf(Locale.ROOT, "%d sites from %s: %s%n", r.added(), r.file(), r.byKind());
        return 0;
    }
}
