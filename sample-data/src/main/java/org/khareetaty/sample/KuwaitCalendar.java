package org.khareetaty.sample;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/** The Kuwaiti calendar effects on crime: summer heat and travel, Ramadan, National Day. */
final class KuwaitCalendar {
    private KuwaitCalendar() {}

    /** First and last day of Ramadan as observed in Kuwait (approximate civil dates); none outside this table. */
    private static final List<LocalDate[]> RAMADAN = List.of(
            new LocalDate[] {LocalDate.of(2022, 4, 2), LocalDate.of(2022, 5, 1)},
            new LocalDate[] {LocalDate.of(2023, 3, 23), LocalDate.of(2023, 4, 20)},
            new LocalDate[] {LocalDate.of(2024, 3, 11), LocalDate.of(2024, 4, 9)},
            new LocalDate[] {LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 29)},
            new LocalDate[] {LocalDate.of(2026, 2, 18), LocalDate.of(2026, 3, 19)},
            new LocalDate[] {LocalDate.of(2027, 2, 8), LocalDate.of(2027, 3, 9)});

    static boolean isRamadan(LocalDate day) {
        return RAMADAN.stream().anyMatch(r -> !day.isBefore(r[0]) && !day.isAfter(r[1]));
    }

    /** June-August: daytime highs above 45 degC, schools closed, many families abroad. */
    static boolean isSummer(LocalDate day) {
        Month month = day.getMonth();
        return month == Month.JUNE || month == Month.JULY || month == Month.AUGUST;
    }

    /** National Day and Liberation Day, 25-26 February: street celebrations. */
    static boolean isNationalHoliday(LocalDate day) {
        return day.getMonth() == Month.FEBRUARY && (day.getDayOfMonth() == 25 || day.getDayOfMonth() == 26);
    }

    static HourRhythm.DayKind dayKind(LocalDate day) {
        if (isRamadan(day)) {
            return HourRhythm.DayKind.RAMADAN;
        }
        return isSummer(day) ? HourRhythm.DayKind.SUMMER : HourRhythm.DayKind.ORDINARY;
    }

    /** How much more or less of this offence the day sees than an ordinary day. */
    static double seasonalFactor(IncidentType type, LocalDate day) {
        double factor = 1.0;
        if (isSummer(day)) {
            factor *= summer(type);
        }
        if (isRamadan(day)) {
            factor *= ramadan(type);
        }
        if (isNationalHoliday(day)) {
            factor *= nationalHoliday(type);
        }
        return factor;
    }

    // Empty homes and parked cars while families travel abroad; fewer people out in the heat;
    // lighter traffic with schools closed.
    private static double summer(IncidentType type) {
        return switch (type) {
            case BURGLARY -> 1.35;
            case VEHICLE_THEFT -> 1.10;
            case ASSAULT, VANDALISM, HARASSMENT -> 0.90;
            case PUBLIC_DISTURBANCE -> 0.85;
            case TRAFFIC_OFFENSE -> 0.85;
            default -> 1.0;
        };
    }

    // Pre-iftar speeding, fake-charity and donation scams, crowded markets before Eid; fewer
    // fights and less drug use reported while fasting.
    private static double ramadan(IncidentType type) {
        return switch (type) {
            case TRAFFIC_OFFENSE -> 1.15;
            case FRAUD -> 1.25;
            case THEFT -> 1.05;
            case ASSAULT, PUBLIC_DISTURBANCE -> 0.90;
            case DRUG_POSSESSION -> 0.80;
            default -> 1.0;
        };
    }

    // Water-balloon and foam-spray crowds, cruising and blocked roads.
    private static double nationalHoliday(IncidentType type) {
        return switch (type) {
            case PUBLIC_DISTURBANCE -> 3.0;
            case HARASSMENT -> 1.8;
            case TRAFFIC_OFFENSE -> 1.6;
            case ASSAULT -> 1.2;
            default -> 1.0;
        };
    }
}
