package org.khareetaty.sample;

/**
 * A neighbourhood (the city format's {@code zone}).
 *
 * @param name        the zone name, e.g. {@code Salmiya}
 * @param governorate {@code name_en} of the Natural Earth governorate polygon that contains the
 *                    centre (which, the polygons being coarse, is not always the real administrative one)
 * @param lat         centre latitude, WGS84
 * @param lon         centre longitude, WGS84
 * @param population  rough resident population, thousands: the area's weight
 * @param character   what kind of place it is
 */
record Area(String name, String governorate, double lat, double lon, int population, AreaCharacter character) {}
