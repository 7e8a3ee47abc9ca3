package org.khareetaty.app.cli.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.forecast.HolidayCalendar;
import org.khareetaty.core.forecast.SeriesScope;
import org.khareetaty.core.forecast.StoreCalendar;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options that say what {@code forecast zones} and {@code forecast store} forecast: zones, categories, days, holidays. */
final class ScopeOptions {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Zones zones;

    static final class Zones {
        @Option(names = "--layer", paramLabel = "L", description = "The boundary layer whose zones to forecast.")
        String layer;

        @Option(names = "--res", paramLabel = "R", description = "The H3 cells at resolution R (6..8) instead.")
        Integer resolution;
    }

    @Option(
            names = "--category",
            paramLabel = "CAT",
            split = ",",
            description = "Offense categories to count (default all).")
    List<String> categories = new ArrayList<>();

    @Option(
            names = "--horizon",
            paramLabel = "H",
            defaultValue = "7",
            description = "Days ahead, 1..14 (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            description = "Last day of data used (default: the last day in the store); forecasts start the day after.")
    LocalDate asOf;

    @Option(
            names = "--holidays",
            paramLabel = "us|kuwait|none",
            description = "Holiday calendar of the regression (default: from the incidents' time zone).")
    String holidays;

    SeriesScope scope() {
        return zones.layer != null
                ? SeriesScope.layer(zones.layer, categories, asOf)
                : SeriesScope.cells(zones.resolution, categories, asOf);
    }

    HolidayCalendar calendar(Store store) {
        return holidays == null ? StoreCalendar.holidays(store) : HolidayCalendar.parse(holidays);
    }
}
