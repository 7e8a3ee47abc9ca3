package org.khareetaty.core.forecast.risk;

import java.util.EnumSet;
import java.util.Set;

/**
 * One term of a {@link LearnedIntensity}: the incidents before the day in a cell (or in its
 * neighbours), each weighted {@code 2^(-(age-1)/halfLife)}, age in days (1 = yesterday), optionally of
 * some kinds of place only, of some past days only, counted by incident, by day or at the busiest
 * address; or the constant background.
 *
 * @param name how the reports call it
 * @param halfLife half-life of an incident's weight, days; 0 for the constant background
 * @param places the kinds of place counted
 * @param ring the neighbouring cells (the first ring: eight squares or six hexagons) instead of the cell itself
 * @param days which past days count against the day scored
 * @param tally what is counted: incidents, days with incidents, or the busiest address's incidents
 */
public record IntensityFeature(
        String name, double halfLife, Set<PlaceKind> places, boolean ring, DayMatch days, Tally tally) {
    /** Copies the places. */
    public IntensityFeature {
        places = Set.copyOf(places);
    }

    /** The constant background term (one per cell). */
    public static IntensityFeature background() {
        return new IntensityFeature(
                "background", 0, EnumSet.allOf(PlaceKind.class), false, DayMatch.ALL, Tally.INCIDENTS);
    }

    /** The incidents of the cell itself, at every kind of place, with a half-life. */
    public static IntensityFeature own(String name, double halfLife) {
        return own(name, halfLife, EnumSet.allOf(PlaceKind.class));
    }

    /** The incidents of the cell itself at {@code place}, with a half-life. */
    public static IntensityFeature own(String name, double halfLife, PlaceKind place) {
        return own(name, halfLife, EnumSet.of(place));
    }

    /** The incidents of the cell itself at {@code places}, with a half-life. */
    public static IntensityFeature own(String name, double halfLife, Set<PlaceKind> places) {
        return new IntensityFeature(name, halfLife, places, false, DayMatch.ALL, Tally.INCIDENTS);
    }

    /** The incidents of the neighbouring cells (first ring) with a half-life. */
    public static IntensityFeature neighbours(String name, double halfLife) {
        return new IntensityFeature(
                name, halfLife, EnumSet.allOf(PlaceKind.class), true, DayMatch.ALL, Tally.INCIDENTS);
    }

    /** This term counting only the past days that {@code match} the day scored. */
    public IntensityFeature on(DayMatch match) {
        return new IntensityFeature(name, halfLife, places, ring, match, tally);
    }

    /** This term counting by {@code how}. */
    public IntensityFeature counting(Tally how) {
        return new IntensityFeature(name, halfLife, places, ring, days, how);
    }

    boolean isBackground() {
        return halfLife == 0;
    }
}
