package org.khareetaty.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

/** The hour-of-week profile that spreads a day's forecast over its hours, and its shrinking toward a parent's. */
class HourOfWeekProfileTest {
    @Test
    void sharesAreTheWeekdaysHoursOverItsTotal() {
        double[] c = new double[168];
        c[HourOfWeekProfile.index(DayOfWeek.FRIDAY, 22)] = 3;
        c[HourOfWeekProfile.index(DayOfWeek.FRIDAY, 2)] = 1;
        c[HourOfWeekProfile.index(DayOfWeek.SATURDAY, 2)] = 50;
        HourOfWeekProfile p = new HourOfWeekProfile(c);
        double[] friday = p.hourShares(DayOfWeek.FRIDAY);
        assertEquals(0.75, friday[22], 1e-12);
        assertEquals(0.25, friday[2], 1e-12);
        assertEquals(0, friday[12], 1e-12);
        assertEquals(1.0 / 24, p.hourShares(DayOfWeek.MONDAY)[5], 1e-12, "no incident on Mondays: equal shares");
        assertEquals(54, p.total(), 1e-12);
        assertEquals(167, HourOfWeekProfile.index(DayOfWeek.SUNDAY, 23));
    }

    @Test
    void aSparseZoneLeansOnItsParentAndABusyOneHardlyMoves() {
        double[] parentCounts = new double[168];
        for (int d = 0; d < 7; d++) {
            parentCounts[d * 24 + 21] = 900; // the parent: every incident at 21h
            parentCounts[d * 24 + 9] = 100; //  a tenth at 9h
        }
        HourOfWeekProfile parent = new HourOfWeekProfile(parentCounts);
        double[] sparse = new double[168];
        sparse[HourOfWeekProfile.index(DayOfWeek.TUESDAY, 9)] = 1; // one incident, at 9h on a Tuesday
        double[] t = new HourOfWeekProfile(sparse).toward(parent, 168).hourShares(DayOfWeek.TUESDAY);
        // Tuesday gets 24 of the 168 prior incidents: 21.6 at 21h, 2.4 at 9h, plus the zone's own one
        assertEquals(21.6 / 25, t[21], 1e-12);
        assertEquals(3.4 / 25, t[9], 1e-12);

        double[] busy = new double[168];
        busy[HourOfWeekProfile.index(DayOfWeek.TUESDAY, 9)] = 10_000;
        double[] b = new HourOfWeekProfile(busy).toward(parent, 168).hourShares(DayOfWeek.TUESDAY);
        assertEquals(10_002.4 / 10_024, b[9], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new HourOfWeekProfile(new double[24]));
    }
}
