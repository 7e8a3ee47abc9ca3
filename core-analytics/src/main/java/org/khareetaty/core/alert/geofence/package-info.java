/**
 * Geofences: named polygons whose rule raises an alert for events inside them, stored and watched.
 * May depend on core {@code alert}, {@code geo} and {@code store}.
 */
package org.khareetaty.core.alert.geofence;
