package org.khareetaty.app.cli.forecast;

import java.util.ArrayList;
import java.util.List;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.core.forecast.Forecaster;
import org.khareetaty.core.forecast.HolidayCalendar;
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

/** The series the spike commands check: a layer's zones, H3 cells, or a file's districts. */
final class SpikeZones {
    @Mixin
    StoreOption store;

    /** The same choice as {@code forecast backtest}'s: --layer, --res or --file. */
    @ArgGroup(exclusive = true, multiplicity = "1")
    BacktestCommand.Zones source;

    @Option(
            names = "--category",
            paramLabel = "CAT",
            split = ",",
            description = "Offense categories to count (store only; default all).")
    List<String> categories = new ArrayList<>();

    private HolidayCalendar calendar = HolidayCalendar.US_FEDERAL;

    /** The model named by {@code --model}, with the holiday calendar of the series {@link #load} read. */
    Forecaster model(String name, SeriesSet set) {
        return ModelCatalog.of(name, calendar, set.whole());
    }

    SeriesSet load() {
        if (source.file != null) {
            if (!categories.isEmpty()) {
                throw new IllegalArgumentException("--category needs a store: the file has no categories");
            }
            return SourceDistrictSeries.read(source.file);
        }
        SeriesScope scope = source.layer != null
                ? SeriesScope.layer(source.layer, categories, null)
                : SeriesScope.cells(source.resolution, categories, null);
        try (Store s = store.open()) {
            calendar = StoreCalendar.holidays(s);
            return ZoneDailyCounts.load(s, scope);
        }
    }
}
