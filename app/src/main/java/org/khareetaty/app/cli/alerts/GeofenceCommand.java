package org.khareetaty.app.cli.alerts;

import org.khareetaty.core.alert.geofence.Geofence;
import picocli.CommandLine.Command;

/** {@code khareetaty alerts geofence}: the geofences (add, list, remove). */
@Command(
        name = "geofence",
        mixinStandardHelpOptions = true,
        description = "Geofences: polygons whose rule raises alerts.",
        subcommands = {GeofenceAdd.class, GeofenceList.class, GeofenceRemove.class})
final class GeofenceCommand {
    static double areaKm2(Geofence g) {
        double lat = g.polygon().getCentroid().getY();
        double m = org.khareetaty.core.geo.GreatCircle.METRES_PER_DEGREE;
        return g.polygon().getArea() * m * m * Math.cos(Math.toRadians(lat)) / 1e6;
    }
}
