package org.khareetaty.app.cli.alerts;

import static org.khareetaty.app.cli.alerts.GeofenceCommand.areaKm2;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.app.cli.Terminal;
import org.khareetaty.core.alert.geofence.Geofence;
import org.khareetaty.core.alert.geofence.Geofences;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty alerts geofence list}: the geofences. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the geofences.")
final class GeofenceList implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<Geofence> fences;
        try (Store s = store.open()) {
            fences = new Geofences(s).list();
        }
        if (json) {
            System.out.println(Json.of(fences.stream()
                    .map(g -> Map.of(
                            "name",
                            g.name(),
                            "rule",
                            g.rule().toString(),
                            "area_km2",
                            areaKm2(g),
                            "source_file",
                            String.valueOf(g.sourceFile())))
                    .toList()));
        } else if (fences.isEmpty()) {
            System.out.println("no geofences");
        } else {
            fences.forEach(g -> Terminal.printf(
                    Locale.ROOT, "%-24s %-24s %8.2f km2  %s%n", g.name(), g.rule(), areaKm2(g), g.sourceFile()));
        }
        return 0;
    }
}
