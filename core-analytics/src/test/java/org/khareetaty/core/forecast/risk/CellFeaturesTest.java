package org.khareetaty.core.forecast.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The learned intensity's features on a few hand-placed incidents: day matches, tallies and kinds of place. */
class CellFeaturesTest {
    private static final double LON = RiskGrid.CHICAGO_LON;
    private static final double LAT = RiskGrid.CHICAGO_LAT;

    /** Monday 2019-01-14. */
    private static final int MONDAY = day("2019-01-14");

    /**
     * Cell A holds two addresses 8 m apart (a1 at the origin, a2 0.0001° east): Sunday 13 January twice at
     * a1, Sunday 6 January, Monday 7 January (a school) and Wednesday 9 January at a2, and one incident on
     * the Monday scored itself (never counted); two more incidents lie in other cells. With a half-life
     * of 7 days an incident of age n days (1 = yesterday) weighs 2^(-(n-1)/7): the 13th 1, the 6th 0.5, the
     * 7th 2^(-6/7) = 0.55204, the 9th 2^(-4/7) = 0.67295.
     */
    private static RiskGrid grid() {
        int[] days = {
            day("2019-01-13"),
            day("2019-01-13"),
            day("2019-01-06"),
            day("2019-01-07"),
            day("2019-01-09"),
            MONDAY,
            day("2019-01-08"),
            day("2019-01-02")
        };
        double[] lon = {LON, LON, LON + 1e-4, LON + 1e-4, LON + 1e-4, LON, LON + 0.01, LON};
        double[] lat = {LAT, LAT, LAT, LAT, LAT, LAT, LAT, LAT + 0.01};
        byte[] place = new byte[days.length];
        place[3] = (byte) PlaceKind.EDUCATION.ordinal();
        return RiskGrid.of(RiskIncidents.sorted(days, lon, lat, place), LON, LAT, 150);
    }

    private static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void countsTheDaysThatMatchTheDayScoredByIncidentDayOrBusiestAddress() {
        RiskGrid grid = grid();
        IntensityFeature all = IntensityFeature.own("all", 7);
        List<IntensityFeature> features = List.of(
                all,
                all.on(DayMatch.SAME_DAY_TYPE),
                all.on(DayMatch.SAME_WEEKDAY),
                all.counting(Tally.DAYS),
                all.counting(Tally.BUSIEST_ADDRESS),
                IntensityFeature.own("schools", 7, PlaceKind.EDUCATION),
                IntensityFeature.background());
        double[][] x = CellFeatures.on(grid, features, MONDAY);
        int a = cellOfOrigin(grid);
        double mon7 = Math.pow(2, -6.0 / 7);
        double wed9 = Math.pow(2, -4.0 / 7);
        // every incident before the Monday: 1 + 1 + 0.5 + 0.55204 + 0.67295 = 3.72499
        assertEquals(2.5 + mon7 + wed9, x[0][a], 1e-12);
        // weekdays only (the Monday scored is one): the 7th and the 9th, 1.22499
        assertEquals(mon7 + wed9, x[1][a], 1e-12);
        // Mondays only: the 7th
        assertEquals(mon7, x[2][a], 1e-12);
        // the two incidents of the 13th count as one day: 2.72499
        assertEquals(1.5 + mon7 + wed9, x[3][a], 1e-12);
        // a1 holds 1 + 1 = 2, a2 0.5 + 0.55204 + 0.67295 = 1.72499: the busiest is a1
        assertEquals(2, x[4][a], 1e-12);
        assertEquals(mon7, x[5][a], 1e-12);
        assertEquals(1, x[6][a], 0);
    }

    @Test
    void theSameDayTypeOfASundayIsTheWeekend() {
        RiskGrid grid = grid();
        double[][] x = CellFeatures.on(
                grid, List.of(IntensityFeature.own("all", 7).on(DayMatch.SAME_DAY_TYPE)), day("2019-01-14") - 1);
        // scored on Sunday the 13th: only Sunday the 6th is before it and a weekend day, at age 7: 2^(-6/7)
        assertEquals(Math.pow(2, -6.0 / 7), x[0][cellOfOrigin(grid)], 1e-12);
    }

    private static int cellOfOrigin(RiskGrid grid) {
        int k = grid.incidents().indexOfDay(MONDAY);
        return grid.cellOf(k);
    }

    @Test
    void groupsTheCrimeOpenDatabasePlacesAndPortalDescriptions() {
        assertEquals(PlaceKind.EDUCATION, PlaceKind.of("education"));
        assertEquals(PlaceKind.EDUCATION, PlaceKind.of("SCHOOL, PUBLIC, BUILDING"));
        assertEquals(PlaceKind.RETAIL, PlaceKind.of("retail"));
        assertEquals(PlaceKind.LEISURE, PlaceKind.of("leisure"));
        assertEquals(PlaceKind.TRANSPORT, PlaceKind.of("transportation"));
        assertEquals(PlaceKind.TRANSPORT, PlaceKind.of("CTA TRAIN"));
        assertEquals(PlaceKind.RESIDENCE, PlaceKind.of("APARTMENT"));
        assertEquals(PlaceKind.OTHER, PlaceKind.of("open space"));
        assertEquals(PlaceKind.OTHER, PlaceKind.of(null));
    }
}
