package org.khareetaty.core.forecast;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rolling-origin set-up of a backtest (protocol A of the shared bench's FORECAST_PROTOCOL.md):
 * forecast origins, the sliding training window of the days just before each origin, the horizon.
 *
 * @param origins the first forecast day of each case, ascending
 * @param window  training days before each origin (1,092 = 156 weeks); a whole number of weeks keeps
 *                the season position of the first forecast day that of the window's first day
 * @param horizon days forecast from each origin (targets {@code o .. o+horizon-1}), no refit within
 */
public record BacktestSetup(List<LocalDate> origins, int window, int horizon) {
    /** The protocol's first origin, a Tuesday; its origins are weekly from here. */
    public static final LocalDate FIRST_ORIGIN = LocalDate.of(2019, 1, 1);
    /** The protocol's last origin (k = 51): its horizon ends 2019-12-30. */
    public static final LocalDate LAST_ORIGIN = LocalDate.of(2019, 12, 24);
    /** The protocol's sliding window: 1,092 days = 156 weeks. */
    public static final int WINDOW = 1092;
    /** The protocol's horizon. */
    public static final int HORIZON = 7;
    /** The default run samples every 4th weekly origin: 13 origins. */
    public static final int EVERY = 4;

    public BacktestSetup {
        origins = List.copyOf(origins);
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("a backtest needs at least one origin");
        }
        if (window < 2 * SeasonalNaive.PERIOD || window % SeasonalNaive.PERIOD != 0) {
            throw new IllegalArgumentException(
                    "--window must be a whole number of weeks of at least 14 days, not " + window);
        }
        if (horizon < 1 || horizon > 14) {
            throw new IllegalArgumentException("--horizon must be 1..14 days, not " + horizon);
        }
    }

    /** The protocol's default: 13 origins (every 4th Tuesday of 2019), 1,092-day window, h = 7. */
    public static BacktestSetup protocol() {
        return new BacktestSetup(weekly(FIRST_ORIGIN, LAST_ORIGIN, EVERY), WINDOW, HORIZON);
    }

    /** Weekly origins from {@code from} up to {@code to} inclusive, keeping every {@code every}-th (k = 0, K, 2K, ...). */
    public static List<LocalDate> weekly(LocalDate from, LocalDate to, int every) {
        if (every < 1) {
            throw new IllegalArgumentException("--origin-every must be at least 1, not " + every);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--origins " + from + ".." + to + " ends before it starts");
        }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate o = from; !o.isAfter(to); o = o.plusWeeks(every)) {
            out.add(o);
        }
        return out;
    }

    /** Parses {@code --origins A..B} (ISO dates) into weekly origins, every {@code every}-th kept. */
    public static List<LocalDate> parseOrigins(String range, int every) {
        int dots = range.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException(
                    "--origins must be a range of dates A..B, e.g. 2019-01-01..2019-12-24, not '" + range + "'");
        }
        try {
            return weekly(
                    LocalDate.parse(range.substring(0, dots).strip()),
                    LocalDate.parse(range.substring(dots + 2).strip()),
                    every);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "--origins " + range + ": dates are YYYY-MM-DD (" + e.getParsedString() + " is not one)");
        }
    }
}
