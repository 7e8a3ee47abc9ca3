package org.khareetaty.app.cli.forecast;

import picocli.CommandLine.Command;

/** {@code khareetaty forecast}: daily count forecasts per zone and their backtest (docs/forecast.md). */
@Command(
        name = "forecast",
        mixinStandardHelpOptions = true,
        description = {
            "Daily count forecasts per zone with 80/95%% intervals, scored against the seasonal naive baseline",
            "by a rolling-origin backtest (protocol A of FORECAST_PROTOCOL.md); stored forecasts and their refresh;",
            "next-day hotspot cells (protocol B); spike checks of a day against expectation. See docs/forecast.md."
        },
        subcommands = {
            ZonesCommand.class,
            BacktestCommand.class,
            StoreForecastsCommand.class,
            StoredCommand.class,
            StoreForecastsCommand.Refresh.class,
            HotspotsCommand.class,
            HotspotsBacktestCommand.class,
            SpikesCommand.class,
            SpikesBacktestCommand.class
        })
public final class ForecastCommand {
    private ForecastCommand() {}
}
