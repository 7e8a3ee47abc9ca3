/**
 * The Kuwait demo data set: a deterministic generator of realistic incidents in the "city format"
 * of the original Khareetaty platform, placed inside the real (Natural Earth) governorate polygons.
 *
 * <p>No point-level incident data for Kuwait is public, so this package simulates it: population
 * weighted clusters around real neighbourhoods, daily/weekly/yearly rhythms, a near-repeat
 * (self-exciting) process for property crime, and a few hundred deliberately defective rows that the
 * importer must reject or flag. Entry point: {@link org.khareetaty.sample.KuwaitDemoGenerator}.
 * May depend on JTS and Jackson (the governorate polygons come from geo-data's resource); nothing in
 * core-analytics may depend on it.
 */
package org.khareetaty.sample;
