package org.khareetaty.core.forecast.risk;

/**
 * One term of a {@link LearnedIntensity}: the incidents before the day in a cell (or in its
 * neighbours), each weighted {@code 2^(-(age-1)/halfLife)}, age in days (1 = yesterday), optionally of
 * one kind of place only; or the constant background.
 *
 * @param name how the reports call it
 * @param halfLife half-life of an incident's weight, days; 0 for the constant background
 * @param place the kind of place counted, null for all
 * @param ring the neighbouring cells (the first ring: eight squares or six hexagons) instead of the cell itself
 */
public record IntensityFeature(String name, double halfLife, PlaceKind place, boolean ring) {
    /** The constant background term (one per cell). */
    public static IntensityFeature background() {
        return new IntensityFeature("background", 0, null, false);
    }

    /** The incidents of the cell itself, of {@code place} (null: all), with a half-life. */
    public static IntensityFeature own(String name, double halfLife, PlaceKind place) {
        return new IntensityFeature(name, halfLife, place, false);
    }

    /** The incidents of the neighbouring cells (first ring) with a half-life. */
    public static IntensityFeature neighbours(String name, double halfLife) {
        return new IntensityFeature(name, halfLife, null, true);
    }

    boolean isBackground() {
        return halfLife == 0;
    }

    boolean counts(int placeOrdinal) {
        return place == null || place.ordinal() == placeOrdinal;
    }
}
