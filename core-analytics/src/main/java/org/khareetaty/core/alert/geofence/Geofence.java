package org.khareetaty.core.alert.geofence;

import org.locationtech.jts.geom.Geometry;

/** A named polygon (WGS84) with the rule that makes events inside it raise an alert. */
public record Geofence(String name, GeofenceRule rule, Geometry polygon, String sourceFile) {}
