package org.khareetaty.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * When incidents happen: a joint distribution over (type, day) built from the type's share, the
 * day of week, the season and a slow trend, and an hour-of-day distribution per type and kind of
 * day. Times are local (Asia/Kuwait, UTC+3 all year, no DST), held as seconds since 1970-01-01T00:00
 * local.
 */
final class IncidentClock {
    private static final IncidentType[] TYPES = IncidentType.values();
    private static final double ROUNDED_TO_HOUR = 0.02;

    private final LocalDate start;
    private final int days;
    private final WeightedTable typeAndDay;
    private final WeightedTable[][] hours;

    IncidentClock(LocalDate start, LocalDate end) {
        this.start = start;
        this.days = (int) ChronoUnit.DAYS.between(start, end) + 1;
        double[] weights = new double[TYPES.length * days];
        for (IncidentType type : TYPES) {
            // a type's own follow-ups add branching/(1-branching) more, so its immigrants are scaled
            // down to keep the overall share
            double immigrants = type.share() * (1.0 - type.branching());
            for (int d = 0; d < days; d++) {
                weights[type.ordinal() * days + d] = immigrants * dayFactor(type, start.plusDays(d));
            }
        }
        typeAndDay = new WeightedTable(weights);
        hours = new WeightedTable[HourRhythm.values().length][HourRhythm.DayKind.values().length];
        for (HourRhythm rhythm : HourRhythm.values()) {
            for (HourRhythm.DayKind kind : HourRhythm.DayKind.values()) {
                hours[rhythm.ordinal()][kind.ordinal()] = new WeightedTable(rhythm.weights(kind));
            }
        }
    }

    private double dayFactor(IncidentType type, LocalDate day) {
        double years = ChronoUnit.DAYS.between(start, day) / 365.25;
        return type.dayRhythm().factor(day.getDayOfWeek())
                * KuwaitCalendar.seasonalFactor(type, day)
                * StrictMath.exp(type.trendPerYear() * years);
    }

    /** A background ("immigrant") incident's type and local time. */
    Moment background(DemoRandom random) {
        int slot = typeAndDay.sample(random);
        IncidentType type = TYPES[slot / days];
        return new Moment(type, timeOnDay(type, start.plusDays(slot % days), random));
    }

    /** A local time on the given day drawn from the type's hourly rhythm for that kind of day. */
    long timeOnDay(IncidentType type, LocalDate day, DemoRandom random) {
        WeightedTable table =
                hours[type.hourRhythm().ordinal()][KuwaitCalendar.dayKind(day).ordinal()];
        int hour = table.sample(random);
        // some reports carry only the hour ("about 9 pm"), as in real police data
        int secondOfHour = random.chance(ROUNDED_TO_HOUR) ? 0 : random.below(3600);
        return day.toEpochDay() * 86_400L + hour * 3600L + secondOfHour;
    }

    /** Whether a local time falls inside the generated period. */
    boolean covers(long localSecond) {
        long first = start.toEpochDay() * 86_400L;
        return localSecond >= first && localSecond < first + days * 86_400L;
    }

    static LocalDate day(long localSecond) {
        return LocalDate.ofEpochDay(Math.floorDiv(localSecond, 86_400L));
    }

    static LocalDateTime dateTime(long localSecond) {
        return LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC);
    }

    /** A type and a local time. */
    record Moment(IncidentType type, long localSecond) {}
}
