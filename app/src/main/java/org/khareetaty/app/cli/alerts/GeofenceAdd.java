package org.khareetaty.app.cli.alerts;

import static org.khareetaty.app.cli.alerts.GeofenceCommand.areaKm2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.app.cli.Terminal;
import org.khareetaty.core.alert.geofence.Geofence;
import org.khareetaty.core.alert.geofence.GeofenceRule;
import org.khareetaty.core.alert.geofence.Geofences;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khareetaty alerts geofence add NAME}: adds or replaces a geofence. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = {
            "Add (or replace) a geofence from the polygons of a GeoJSON file (WGS84), with its rule:",
            "any | type:TYPE | count:N/WINDOW[:TYPE] (e.g. count:5/30m:gunshot). A running engine reads it at its next start."
        })
final class GeofenceAdd implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "NAME", description = "Geofence name (letters, digits, _ - .).")
    String name;

    @Option(
            names = "--file",
            paramLabel = "GEOJSON",
            required = true,
            description = "Polygon or MultiPolygon features.")
    Path file;

    @Option(
            names = "--rule",
            paramLabel = "RULE",
            required = true,
            description = "any, type:T, count:N/W or count:N/W:T.")
    String rule;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The geofence file " + file + " does not exist");
        }
        GeofenceRule r = GeofenceRule.parse(rule);
        Geofence g;
        try (Store s = store.open()) {
            g = new Geofences(s).add(name, file, r);
        }
        Terminal.printf(
                Locale.ROOT,
                "geofence %s (%s): %s, %.2f km2%n",
                g.name(),
                g.rule(),
                g.polygon().getGeometryType(),
                areaKm2(g));
        return 0;
    }
}
