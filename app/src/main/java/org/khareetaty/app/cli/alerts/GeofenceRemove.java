package org.khareetaty.app.cli.alerts;

import java.util.concurrent.Callable;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.core.alert.geofence.Geofences;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code khareetaty alerts geofence remove NAME}: removes a geofence. */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a geofence.")
final class GeofenceRemove implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "NAME", description = "Geofence name.")
    String name;

    @Override
    public Integer call() {
        boolean removed;
        try (Store s = store.open()) {
            removed = new Geofences(s).remove(name);
        }
        if (!removed) {
            throw new IllegalArgumentException(
                    "There is no geofence '" + name + "'; `khareetaty alerts geofence list` shows them");
        }
        System.out.println("geofence " + name + " removed");
        return 0;
    }
}
