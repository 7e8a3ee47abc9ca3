package org.khareetaty.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holidays computed from their rules, checked against published dates. */
class HolidayCalendarTest {
    static List<LocalDate> days(HolidayCalendar c, int year, String name) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (c.index(d) == c.names().indexOf(name)) {
                out.add(d);
            }
        }
        return out;
    }

    @Test
    void usFederalHolidaysOf2019AreOpmsDates() {
        // OPM's 2019 federal holidays (actual dates, not the observed weekday)
        HolidayCalendar us = HolidayCalendar.US_FEDERAL;
        assertEquals(List.of(LocalDate.of(2019, 1, 21)), days(us, 2019, "mlk"));
        assertEquals(List.of(LocalDate.of(2019, 2, 18)), days(us, 2019, "washington"));
        assertEquals(List.of(LocalDate.of(2019, 5, 27)), days(us, 2019, "memorial"));
        assertEquals(List.of(LocalDate.of(2019, 9, 2)), days(us, 2019, "labor"));
        assertEquals(List.of(LocalDate.of(2019, 10, 14)), days(us, 2019, "columbus"));
        assertEquals(List.of(LocalDate.of(2019, 11, 28)), days(us, 2019, "thanksgiving"));
        assertEquals(List.of(), days(us, 2019, "juneteenth"), "a federal holiday from 2021");
        assertEquals(List.of(LocalDate.of(2021, 6, 19)), days(us, 2021, "juneteenth"));
        int holidays = 0;
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.getYear() == 2019; d = d.plusDays(1)) {
            holidays += us.index(d) >= 0 ? 1 : 0;
        }
        assertEquals(10, holidays);
    }

    @Test
    void kuwaitsHijriHolidaysMoveWithTheUmmAlQuraCalendar() {
        HolidayCalendar kw = HolidayCalendar.KUWAIT;
        // Umm al-Qura: Ramadan 1440 = 2019-05-06 .. 2019-06-03 (29 days); Eid al-Fitr 2019-06-04;
        // Dhu al-Hijjah 9, 1440 (Arafah) = 2019-08-10; Eid al-Adha 2019-08-11 .. 08-13
        List<LocalDate> ramadan = days(kw, 2019, "ramadan");
        assertEquals(LocalDate.of(2019, 5, 6), ramadan.get(0));
        assertEquals(LocalDate.of(2019, 6, 3), ramadan.get(ramadan.size() - 1));
        assertEquals(
                List.of(LocalDate.of(2019, 6, 4), LocalDate.of(2019, 6, 5), LocalDate.of(2019, 6, 6)),
                days(kw, 2019, "eid_al_fitr"));
        assertEquals(List.of(LocalDate.of(2019, 8, 10)), days(kw, 2019, "arafah"));
        assertEquals(
                List.of(LocalDate.of(2019, 8, 11), LocalDate.of(2019, 8, 12), LocalDate.of(2019, 8, 13)),
                days(kw, 2019, "eid_al_adha"));
        assertEquals(List.of(LocalDate.of(2019, 2, 25)), days(kw, 2019, "national"));
        assertEquals(List.of(LocalDate.of(2019, 2, 26)), days(kw, 2019, "liberation"));
        // eleven days earlier each year: Ramadan 1441 began 2020-04-24
        assertEquals(LocalDate.of(2020, 4, 24), days(kw, 2020, "ramadan").get(0));
    }

    @Test
    void theCalendarFollowsTheIncidentsTimeZone() {
        assertEquals(HolidayCalendar.US_FEDERAL, HolidayCalendar.forZone("America/Chicago"));
        assertEquals(HolidayCalendar.KUWAIT, HolidayCalendar.forZone("Asia/Kuwait"));
        assertEquals(HolidayCalendar.NONE, HolidayCalendar.forZone("Europe/Paris"));
    }
}
