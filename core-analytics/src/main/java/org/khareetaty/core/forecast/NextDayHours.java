package org.khareetaty.core.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The next-24-hours view of a zone: the expected count of the first forecast day spread over its 24
 * local hours with the zone's hour-of-week profile (its incidents in each hour of that weekday over the
 * training window, shrunk toward the whole area's with {@link HourOfWeekProfile#PRIOR_WEIGHT} incidents).
 * It is a spread of the daily forecast, not an hourly model: the hours sum to the day's expected count.
 *
 * @param zone the zone code, or {@link DailySeries#WHOLE_AREA}
 * @param day the day spread (the day after the as-of day)
 * @param expected expected incidents in each hour 0..23
 * @param profileIncidents the zone's own incidents behind its profile (before shrinking)
 */
public record NextDayHours(String zone, LocalDate day, double[] expected, double profileIncidents) {
    public NextDayHours {
        expected = expected.clone();
    }

    /**
     * Each zone's and the whole area's first forecast day of {@code forecasts} spread over hours with
     * {@code profiles} (by zone code; the whole area under {@link DailySeries#WHOLE_AREA}); a zone without
     * a profile takes the whole area's.
     */
    public static List<NextDayHours> of(ZoneForecasts forecasts, Map<String, HourOfWeekProfile> profiles) {
        Map<String, Double> days = new LinkedHashMap<>();
        forecasts.zones().forEach(z -> days.put(z.zone(), z.expected()[0]));
        days.put(forecasts.whole().zone(), forecasts.whole().expected()[0]);
        return of(days, forecasts.asOf().plusDays(1), profiles);
    }

    /** The first day of each series of a stored run spread likewise (the window's next-24-hours view). */
    public static List<NextDayHours> of(StoredRun run, Map<String, HourOfWeekProfile> profiles) {
        Map<String, Double> days = new LinkedHashMap<>();
        run.series().forEach(s -> days.put(s.zone(), s.expected()[0]));
        return of(days, run.asOf().plusDays(1), profiles);
    }

    /** Each series' expected count of {@code day} (by zone, the whole area among them) spread over hours. */
    private static List<NextDayHours> of(
            Map<String, Double> expected, LocalDate day, Map<String, HourOfWeekProfile> profiles) {
        HourOfWeekProfile whole = profiles.get(DailySeries.WHOLE_AREA);
        if (whole == null) {
            throw new IllegalArgumentException("the hour-of-week profiles need the whole area's");
        }
        List<NextDayHours> out = new ArrayList<>();
        expected.forEach((zone, count) -> {
            if (zone.equals(DailySeries.WHOLE_AREA)) {
                out.add(spread(zone, count, day, whole, whole.total()));
            } else {
                HourOfWeekProfile own = profiles.getOrDefault(zone, new HourOfWeekProfile(new double[168]));
                out.add(spread(zone, count, day, own.toward(whole, HourOfWeekProfile.PRIOR_WEIGHT), own.total()));
            }
        });
        return out;
    }

    private static NextDayHours spread(
            String zone, double expected, LocalDate day, HourOfWeekProfile p, double incidents) {
        double[] shares = p.hourShares(day.getDayOfWeek());
        double total = Math.max(0, expected);
        double[] hours = new double[24];
        for (int h = 0; h < 24; h++) {
            hours[h] = total * shares[h];
        }
        return new NextDayHours(zone, day, hours, incidents);
    }
}
