package org.khareetaty.core.alert.enrich;

/** The sensitive site nearest an event within the influence distance, and how far it is (0 inside a polygon). */
public record NearestSite(Site site, double distanceM) {}
