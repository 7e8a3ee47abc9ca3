package org.khareetaty.app.cli.forecast;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.core.forecast.Forecaster;
import org.khareetaty.core.forecast.HolidayCalendar;
import org.khareetaty.core.forecast.HourBlocks;
import org.khareetaty.core.forecast.ModelCatalog;
import org.khareetaty.core.forecast.SeriesScope;
import org.khareetaty.core.forecast.SeriesSet;
import org.khareetaty.core.forecast.SourceDistrictSeries;
import org.khareetaty.core.forecast.StoreCalendar;
import org.khareetaty.core.forecast.ZoneDailyCounts;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The daily series {@code forecast backtest}, {@code forecast spikes} and {@code forecast spikes-backtest}
 * work on: a layer's zones, H3 cells, or a file's districts, with the holiday calendar of their models.
 */
final class SeriesOptions {
    @Mixin
    StoreOption store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Zones source;

    static final class Zones {
        @Option(names = "--layer", paramLabel = "L", description = "The zones of boundary layer L in the store.")
        String layer;

        @Option(names = "--res", paramLabel = "R", description = "The H3 cells at resolution R (6..8) in the store.")
        Integer resolution;

        @Option(
                names = "--file",
                paramLabel = "CSV",
                description = "No store: read a Crime Open Database file (date,...,district) and use its own district "
                        + "field, exactly as the reference script does.")
        Path file;
    }

    @Option(
            names = "--category",
            paramLabel = "CAT",
            split = ",",
            description = "Offense categories to count (store only; default all).")
    List<String> categories = new ArrayList<>();

    @Option(
            names = "--holidays",
            paramLabel = "us|kuwait|none",
            description = "Holiday calendar of the regression (default: from the incidents' time zone; us for --file).")
    String holidays;

    private HolidayCalendar calendar;

    /** The model named by {@code --model}, with the holiday calendar of the series {@link #load} read. */
    Forecaster model(String name, SeriesSet set) {
        return ModelCatalog.of(name, calendar, set.whole());
    }

    /** The counts by six-hour block over the days of {@code set}, read as {@link #load} read it. */
    HourBlocks blocks(SeriesSet set) {
        if (source.file != null) {
            return SourceDistrictSeries.hourBlocks(source.file, set);
        }
        try (Store s = store.open()) {
            return ZoneDailyCounts.hourBlocks(s, scope(), set);
        }
    }

    private SeriesScope scope() {
        return source.layer != null
                ? SeriesScope.layer(source.layer, categories, null)
                : SeriesScope.cells(source.resolution, categories, null);
    }

    SeriesSet load() {
        if (source.file != null) {
            if (!categories.isEmpty()) {
                throw new IllegalArgumentException(
                        "--category needs a store (--layer or --res): the file has no categories");
            }
            calendar = holidays == null ? HolidayCalendar.US_FEDERAL : HolidayCalendar.parse(holidays);
            return SourceDistrictSeries.read(source.file);
        }
        try (Store s = store.open()) {
            calendar = holidays == null ? StoreCalendar.holidays(s) : HolidayCalendar.parse(holidays);
            return ZoneDailyCounts.load(s, scope());
        }
    }
}
