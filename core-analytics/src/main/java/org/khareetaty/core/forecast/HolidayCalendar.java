package org.khareetaty.core.forecast;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The public holidays a count regression gives their own effect ({@link CountRegression}), computed for
 * any date, never typed in as a list of dates.
 *
 * <ul>
 *   <li>{@link #US_FEDERAL}: the eleven federal holidays of 5 U.S.C. 6103(a) on their actual dates (not
 *       the observed weekday): New Year's Day, Martin Luther King Jr. Day (third Monday of January),
 *       Washington's Birthday (third Monday of February), Memorial Day (last Monday of May), Juneteenth
 *       (19 June, from 2021), Independence Day, Labor Day (first Monday of September), Columbus Day
 *       (second Monday of October), Veterans Day, Thanksgiving (fourth Thursday of November), Christmas.
 *   <li>{@link #KUWAIT}: National Day (25 February) and Liberation Day (26 February); the first three
 *       days of Eid al-Fitr (1-3 Shawwal), the Day of Arafah and Eid al-Adha (9-12 Dhu al-Hijjah), and
 *       Ramadan (every day of the month), all from {@link HijrahDate} (the Umm al-Qura calendar of
 *       java.time), so that they move about eleven days a year as they do.
 * </ul>
 */
public enum HolidayCalendar {
    /** No holidays. */
    NONE(List.of()),
    /** U.S. federal holidays, for Chicago. */
    US_FEDERAL(List.of(
            "new_year",
            "mlk",
            "washington",
            "memorial",
            "juneteenth",
            "independence",
            "labor",
            "columbus",
            "veterans",
            "thanksgiving",
            "christmas")),
    /** Kuwait's national days and the Hijri holidays. */
    KUWAIT(List.of("national", "liberation", "ramadan", "eid_al_fitr", "arafah", "eid_al_adha"));

    private final List<String> names;

    HolidayCalendar(List<String> names) {
        this.names = names;
    }

    /** The holidays of this calendar, in the order of {@link #index}. */
    public List<String> names() {
        return names;
    }

    /** The calendar of a source time zone: {@code America/Chicago} US federal, {@code Asia/Kuwait} Kuwait. */
    public static HolidayCalendar forZone(String zoneId) {
        if (zoneId == null) {
            return NONE;
        }
        if (zoneId.equals("Asia/Kuwait")) {
            return KUWAIT;
        }
        return zoneId.startsWith("America/") ? US_FEDERAL : NONE;
    }

    /** Parses {@code --holidays us|kuwait|none}. */
    public static HolidayCalendar parse(String name) {
        return switch (name) {
            case "us" -> US_FEDERAL;
            case "kuwait" -> KUWAIT;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("--holidays is us, kuwait or none, not '" + name + "'");
        };
    }

    /** The index in {@link #names()} of the holiday on {@code day}, or -1 on an ordinary day. */
    public int index(LocalDate day) {
        String name = switch (this) {
            case NONE -> null;
            case US_FEDERAL -> us(day);
            case KUWAIT -> kuwait(day);
        };
        return name == null ? -1 : names.indexOf(name);
    }

    private static String us(LocalDate d) {
        int m = d.getMonthValue();
        int dom = d.getDayOfMonth();
        DayOfWeek w = d.getDayOfWeek();
        int nth = (dom - 1) / 7 + 1;
        if (m == 1 && dom == 1) {
            return "new_year";
        }
        if (m == 1 && w == DayOfWeek.MONDAY && nth == 3) {
            return "mlk";
        }
        if (m == 2 && w == DayOfWeek.MONDAY && nth == 3) {
            return "washington";
        }
        if (m == 5 && d.equals(d.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))) {
            return "memorial";
        }
        if (m == 6 && dom == 19 && d.getYear() >= 2021) {
            return "juneteenth";
        }
        if (m == 7 && dom == 4) {
            return "independence";
        }
        if (m == 9 && w == DayOfWeek.MONDAY && nth == 1) {
            return "labor";
        }
        if (m == 10 && w == DayOfWeek.MONDAY && nth == 2) {
            return "columbus";
        }
        if (m == 11 && dom == 11) {
            return "veterans";
        }
        if (m == 11 && w == DayOfWeek.THURSDAY && nth == 4) {
            return "thanksgiving";
        }
        return m == 12 && dom == 25 ? "christmas" : null;
    }

    private static String kuwait(LocalDate d) {
        if (d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 25) {
            return "national";
        }
        if (d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 26) {
            return "liberation";
        }
        HijrahDate h = HijrahDate.from(d);
        int month = h.get(ChronoField.MONTH_OF_YEAR);
        int day = h.get(ChronoField.DAY_OF_MONTH);
        if (month == 9) {
            return "ramadan";
        }
        if (month == 10 && day <= 3) {
            return "eid_al_fitr";
        }
        if (month == 12 && day == 9) {
            return "arafah";
        }
        return month == 12 && day >= 10 && day <= 12 ? "eid_al_adha" : null;
    }
}
