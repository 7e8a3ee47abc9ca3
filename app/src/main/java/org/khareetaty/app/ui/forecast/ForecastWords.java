package org.khareetaty.app.ui.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.khareetaty.core.forecast.ForecastRun;
import org.khareetaty.core.forecast.StoredRun;
import org.khareetaty.core.forecast.StoredSeries;
import org.khareetaty.core.forecast.risk.PatrolPlan;

/** The Forecast tab's figures in plain words: a run's age, a forecast's score beside the naive forecast's, the patrol boxes' hit rate. */
final class ForecastWords {
    private ForecastWords() {}

    /** How long ago: "just now", "12 min", "3 h", "2 d". */
    static String age(Instant made, Instant now) {
        Duration d = Duration.between(made, now);
        if (d.toMinutes() < 1) {
            return "just now";
        }
        String ago = d.toDays() > 0 ? d.toDays() + " d" : d.toHours() > 0 ? d.toHours() + " h" : d.toMinutes() + " min";
        return ago + " ago";
    }

    /** "Stored forecast of districts (all categories): data up to 2019-12-31, made 5 min ago; stale: ..." */
    static String run(StoredRun r, Instant now) {
        return String.format(
                Locale.ROOT,
                "Stored forecast of %s (%s): data up to %s, %d days ahead, made %s%s",
                r.scope(),
                r.categories().isEmpty() ? "all categories" : String.join(", ", r.categories()),
                r.asOf(),
                r.horizon(),
                age(r.madeAt(), now),
                r.stale() ? ". Stale: an import completed since; Refresh refits it." : ".");
    }

    /**
     * A series' validation in words: its error on the last 4 weeks before the as-of day, each week forecast
     * from the days before it, against the naive forecast's on the same weeks.
     */
    static String score(StoredSeries s) {
        double model = s.validationMase();
        double naive = s.naiveMase();
        String verdict;
        if (naive > 0 && model < naive) {
            verdict = String.format(
                    Locale.ROOT, "it beat the naive forecast there: %.0f%% smaller error", 100 * (1 - model / naive));
        } else if (naive > 0) {
            verdict = String.format(
                    Locale.ROOT,
                    "the naive forecast did better there: its error was %.0f%% smaller",
                    100 * (1 - naive / model));
        } else {
            verdict = "the naive forecast made no error there";
        }
        return String.format(
                Locale.ROOT,
                "Forecast by %s: the line is the median count, the bands hold the day's count 80%% and 95%% of the "
                        + "time; dashed, the naive forecast (the same weekday a week before). On the last %d weeks "
                        + "before %s, each forecast from the days before it, its error was %.2f against the naive "
                        + "forecast's %.2f (MASE): %s.%s",
                s.forecast().model(),
                ForecastRun.VALIDATION_WEEKS,
                s.trainTo(),
                model,
                naive,
                verdict,
                s.lowConfidence()
                        ? " Under one incident a day: a daily count is mostly chance (low confidence); read the week's"
                                + " total."
                        : "");
    }

    /** "The model beat the naive forecast in 15 of 23 series (65%) on their last 4 weeks." */
    static String runScore(List<StoredSeries> series) {
        long better =
                series.stream().filter(s -> s.validationMase() < s.naiveMase()).count();
        return String.format(
                Locale.ROOT,
                "Beat the naive forecast in %d of %d series (%.0f%%) on their last %d weeks.",
                better,
                series.size(),
                series.isEmpty() ? 0.0 : 100.0 * better / series.size(),
                ForecastRun.VALIDATION_WEEKS);
    }

    /**
     * "1,859 patrol boxes of 150 m for 2020-01-01 (5% of 836 km²). On the 28 days before, the boxes flagged
     * this way held 44% of the next day's incidents; the naive map of the last 365 days 40%."
     */
    static String patrol(ForecastViewModel.PatrolForecast p) {
        PatrolPlan plan = p.plan();
        return String.format(
                Locale.ROOT,
                "%,d patrol boxes of %.0f m for %s (%s%% of %,.0f km², the riskiest by the %s forecast). On"
                        + " each of the %d days before, the boxes flagged this way held %.0f%% of the next day's"
                        + " incidents on average; the naive map of the last 365 days %.0f%%. The volume hexagons"
                        + " are hidden (Layers shows them again).",
                p.boxes().size(),
                p.cellMetres(),
                plan.day(),
                percent(plan.coverage()),
                p.areaKm2(),
                p.method().equals("selfexciting") ? "self-exciting" : p.method(),
                plan.backtestTo().toEpochDay() - plan.backtestFrom().toEpochDay() + 1,
                100 * plan.measured().hitRateMean(),
                100 * plan.naive().hitRateMean());
    }

    static String percent(double coverage) {
        return coverage == Math.rint(coverage) ? Long.toString((long) coverage) : Double.toString(coverage);
    }
}
