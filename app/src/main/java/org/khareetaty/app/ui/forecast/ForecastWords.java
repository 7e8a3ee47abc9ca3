package org.khareetaty.app.ui.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.khareetaty.app.ui.i18n.Messages;
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
            return Messages.text("forecast.age.now");
        }
        return d.toDays() > 0
                ? Messages.text("forecast.age.days", d.toDays())
                : d.toHours() > 0
                        ? Messages.text("forecast.age.hours", d.toHours())
                        : Messages.text("forecast.age.minutes", d.toMinutes());
    }

    /** "Stored forecast of districts (all categories): data up to 2019-12-31, made 5 min ago; stale: ..." */
    static String run(StoredRun r, Instant now) {
        return Messages.text(
                r.stale() ? "forecast.run.stale" : "forecast.run",
                r.scope(),
                r.categories().isEmpty() ? Messages.text("forecast.allCategories") : String.join(", ", r.categories()),
                Messages.ltr(r.asOf()),
                r.horizon(),
                age(r.madeAt(), now));
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
            verdict = Messages.text(
                    "forecast.verdict.better", String.format(Locale.ROOT, "%.0f", 100 * (1 - model / naive)));
        } else if (naive > 0) {
            verdict = Messages.text(
                    "forecast.verdict.worse", String.format(Locale.ROOT, "%.0f", 100 * (1 - naive / model)));
        } else {
            verdict = Messages.text("forecast.verdict.none");
        }
        return Messages.text(
                "forecast.score",
                s.forecast().model(),
                ForecastRun.VALIDATION_WEEKS,
                Messages.ltr(s.trainTo()),
                String.format(Locale.ROOT, "%.2f", model),
                String.format(Locale.ROOT, "%.2f", naive),
                verdict,
                s.lowConfidence() ? Messages.text("forecast.score.low") : "");
    }

    /** "The model beat the naive forecast in 15 of 23 series (65%) on their last 4 weeks." */
    static String runScore(List<StoredSeries> series) {
        long better =
                series.stream().filter(s -> s.validationMase() < s.naiveMase()).count();
        return Messages.text(
                "forecast.runScore",
                better,
                series.size(),
                String.format(Locale.ROOT, "%.0f", series.isEmpty() ? 0.0 : 100.0 * better / series.size()),
                ForecastRun.VALIDATION_WEEKS);
    }

    /**
     * "1,859 patrol boxes of 150 m for 2020-01-01 (5% of 836 km²). On the 28 days before, the boxes flagged
     * this way held 44% of the next day's incidents; the naive map of the last 365 days 40%."
     */
    static String patrol(ForecastViewModel.PatrolForecast p) {
        PatrolPlan plan = p.plan();
        return Messages.text(
                "forecast.patrol",
                p.boxes().size(),
                String.format(Locale.ROOT, "%.0f", p.cellMetres()),
                Messages.ltr(plan.day()),
                percent(plan.coverage()),
                String.format(Locale.ROOT, "%,.0f", p.areaKm2()),
                p.method().equals("selfexciting") ? "self-exciting" : p.method(),
                plan.backtestTo().toEpochDay() - plan.backtestFrom().toEpochDay() + 1,
                String.format(Locale.ROOT, "%.0f", 100 * plan.measured().hitRateMean()),
                String.format(Locale.ROOT, "%.0f", 100 * plan.naive().hitRateMean()));
    }

    static String percent(double coverage) {
        return coverage == Math.rint(coverage) ? Long.toString((long) coverage) : Double.toString(coverage);
    }
}
