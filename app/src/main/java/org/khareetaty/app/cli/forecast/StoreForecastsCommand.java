package org.khareetaty.app.cli.forecast;

import java.util.List;
import java.util.concurrent.Callable;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.core.forecast.ForecastRun;
import org.khareetaty.core.forecast.SeriesScope;
import org.khareetaty.core.forecast.StoredForecasts;
import org.khareetaty.core.forecast.StoredRun;
import org.khareetaty.core.forecast.ZoneDailyCounts;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code khareetaty forecast store}: fits and stores the forecasts of a scope; {@code forecast refresh} refits the stale. */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        description = {
            "Forecast every zone of a layer (or H3 cell) with the headline model and store the run: per series the",
            "model, its parameters, the training window and its validation score (MASE on the series' last 4 weeks)",
            "beside the seasonal naive forecast's. A scope keeps its latest run; `forecast refresh` refits a run once",
            "an import completed after it."
        })
final class StoreForecastsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ScopeOptions options;

    @Override
    public Integer call() {
        SeriesScope scope = options.scope();
        try (Store s = store.open()) {
            StoredRun run = ForecastRun.make(
                    ZoneDailyCounts.load(s, scope),
                    scope,
                    options.asOf,
                    options.horizon,
                    options.calendar(s),
                    ProgressListener.NONE);
            long id = StoredForecasts.save(s, run);
            StoredCommand.printRun(StoredForecasts.load(s, id));
        }
        return 0;
    }

    /** {@code khareetaty forecast refresh}: the retrain rule. */
    @Command(
            name = "refresh",
            mixinStandardHelpOptions = true,
            description =
                    "Refit every stored forecast an import completed after (the retrain rule), up to the last day.")
    static final class Refresh implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Override
        public Integer call() {
            try (Store s = store.open()) {
                List<StoredRun> runs = StoredForecasts.refresh(s, ProgressListener.NONE);
                System.out.println(
                        runs.isEmpty() ? "No stored forecast is stale." : "Refreshed " + runs.size() + " forecast(s):");
                runs.forEach(StoredCommand::summary);
            }
            return 0;
        }
    }
}
