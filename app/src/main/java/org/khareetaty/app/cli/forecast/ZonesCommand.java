package org.khareetaty.app.cli.forecast;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.Json;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.core.forecast.Forecast;
import org.khareetaty.core.forecast.HolidayCalendar;
import org.khareetaty.core.forecast.HourOfWeekProfile;
import org.khareetaty.core.forecast.ModelCatalog;
import org.khareetaty.core.forecast.NextDayHours;
import org.khareetaty.core.forecast.SeriesSet;
import org.khareetaty.core.forecast.ZoneDailyCounts;
import org.khareetaty.core.forecast.ZoneForecast;
import org.khareetaty.core.forecast.ZoneForecasts;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty forecast zones}: each zone's daily counts for the next days, beside the naive baseline. */
@Command(
        name = "zones",
        mixinStandardHelpOptions = true,
        description = {
            "Daily incident count forecasts for every zone of a boundary layer (or H3 cell) and the whole area, from the",
            "day after --as-of: a count regression (weekdays, annual cycle, trend, holidays) whose median is the point",
            "forecast, with 80/95% count intervals, the seasonal naive forecast beside it. Zones under one incident a day",
            "are forecast as their share of the whole area and flagged low confidence. --hours: the next day spread",
            "over its 24 hours with each zone's hour-of-week profile."
        })
final class ZonesCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ScopeOptions options;

    @Option(names = "--json", description = "Print as JSON: every day of every zone.")
    boolean json;

    @Option(
            names = "--hours",
            description = "Also the next 24 hours: the first day's expected count spread over its hours with the zone's"
                    + " hour-of-week profile over the training window (a spread of the daily forecast, not an hourly"
                    + " model).")
    boolean hours;

    @Override
    public Integer call() {
        try (Store s = store.open()) {
            SeriesSet series = ZoneDailyCounts.load(s, options.scope());
            HolidayCalendar calendar = options.calendar(s);
            ZoneForecasts result = ZoneForecasts.of(
                    series, options.asOf, options.horizon, ModelCatalog.headline(calendar, series.whole()));
            List<NextDayHours> next = hours ? nextDayHours(s, result) : List.of();
            if (json) {
                Map<String, Object> m = asMap(result);
                if (hours) {
                    m.put(
                            "next_24_hours",
                            next.stream().map(ZonesCommand::hours).toList());
                }
                System.out.println(Json.of(m));
            } else {
                print(result);
                if (hours) {
                    printHours(next);
                }
            }
        }
        return 0;
    }

    private List<NextDayHours> nextDayHours(Store s, ZoneForecasts result) {
        Map<String, HourOfWeekProfile> profiles = ZoneDailyCounts.hourProfiles(
                s, options.scope(), result.asOf().minusDays(result.window() - 1L), result.asOf());
        return NextDayHours.of(result, profiles);
    }

    private static Map<String, Object> hours(NextDayHours h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zone", h.zone());
        m.put("day", h.day().toString());
        m.put("expected", h.expected());
        m.put("profile_incidents", h.profileIncidents());
        return m;
    }

    private static void printHours(List<NextDayHours> next) {
        LocalDate day = next.get(0).day();
        System.out.printf(
                Locale.ROOT,
                "%nNext 24 hours, %s (%s): expected incidents per hour, the day's expected count spread with the"
                        + " zone's hour-of-week profile over the training window (shrunk toward the whole area's by"
                        + " %.0f incidents); not an hourly model.%n%-16s",
                day,
                day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                HourOfWeekProfile.PRIOR_WEIGHT,
                "zone");
        for (int h = 0; h < 24; h++) {
            System.out.printf(Locale.ROOT, "%5s", String.format(Locale.ROOT, "%02dh", h));
        }
        System.out.println();
        for (NextDayHours n : next) {
            System.out.printf(Locale.ROOT, "%-16s", n.zone());
            for (double v : n.expected()) {
                System.out.printf(Locale.ROOT, v >= 9.995 ? "%5.1f" : "%5.2f", v);
            }
            System.out.println();
        }
    }

    static Map<String, Object> asMap(ZoneForecasts r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", r.layer());
        m.put("as_of", r.asOf().toString());
        m.put("window_days", r.window());
        m.put("days", r.days().stream().map(LocalDate::toString).toList());
        m.put("zones", r.zones().stream().map(ZonesCommand::zone).toList());
        m.put("whole_area", zone(r.whole()));
        m.put("without_history", r.withoutHistory());
        return m;
    }

    private static Map<String, Object> zone(ZoneForecast z) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zone", z.zone());
        m.put("recent_daily", z.recentDaily());
        m.put("low_confidence", z.lowConfidence());
        m.put("pooled_with", z.pooledWith());
        m.put("model", forecast(z.model()));
        m.put("expected", z.expected());
        m.put("naive", forecast(z.naive()));
        return m;
    }

    private static Map<String, Object> forecast(Forecast f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("form", f.model());
        m.put("point", clipped(f.mean()));
        m.put("lo80", f.lo80());
        m.put("hi80", f.hi80());
        m.put("lo95", f.lo95());
        m.put("hi95", f.hi95());
        return m;
    }

    /** Shown means are never below 0 (the backtest scores them unclipped, as the protocol says). */
    private static double[] clipped(double[] mean) {
        double[] out = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            out[i] = Math.max(0, mean[i]);
        }
        return out;
    }

    private static void print(ZoneForecasts r) {
        List<LocalDate> days = r.days();
        System.out.printf(
                Locale.ROOT,
                "Forecast of daily incidents per zone of %s, %s .. %s, from data up to %s (%d training days)%n",
                r.layer(),
                days.get(0),
                days.get(days.size() - 1),
                r.asOf(),
                r.window());
        System.out.printf(
                Locale.ROOT,
                "%n%-16s %9s %18s %9s %9s %11s %12s %12s  %s%n",
                "zone",
                "last28/d",
                "form",
                "next day",
                "80%",
                "95%",
                "next " + days.size() + " d",
                "naive " + days.size() + " d",
                "");
        for (ZoneForecast z : r.zones()) {
            row(z);
        }
        row(r.whole());
        if (!r.withoutHistory().isEmpty()) {
            System.out.println(
                    "\nnot forecast (not present in every year of the data): " + String.join(", ", r.withoutHistory()));
        }
        System.out.println(
                "\nnext day: the median count; next N d: the expected total. low = under one incident a day: forecast as "
                        + "its share of the whole area; the daily figure is mostly noise, read the week's total.");
    }

    private static void row(ZoneForecast z) {
        Forecast f = z.model();
        System.out.printf(
                Locale.ROOT,
                "%-16s %9.2f %18s %9.0f %9s %11s %12.1f %12.1f  %s%n",
                z.zone(),
                z.recentDaily(),
                f.model(),
                Math.max(0, f.mean()[0]),
                (int) f.lo80()[0] + "-" + (int) f.hi80()[0],
                (int) f.lo95()[0] + "-" + (int) f.hi95()[0],
                sum(z.expected()),
                sum(z.naive().mean()),
                z.lowConfidence() ? "low" : "");
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
