package org.khareetaty.app.ui.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.ForecastRun;
import org.khareetaty.core.forecast.Pooled;
import org.khareetaty.core.forecast.StoredRun;
import org.khareetaty.core.forecast.StoredSeries;
import org.khareetaty.core.forecast.ValidationWeeks;
import org.khareetaty.core.forecast.risk.PatrolPlan;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.CellForecast;

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
        return weeks(s.weeks())
                + Messages.text(
                        "forecast.score",
                        s.forecast().model(),
                        ForecastRun.VALIDATION_WEEKS,
                        Messages.ltr(s.trainTo()),
                        String.format(Locale.ROOT, "%.2f", model),
                        String.format(Locale.ROOT, "%.2f", naive),
                        verdict,
                        s.lowConfidence() ? Messages.text("forecast.score.low") : "");
    }

    /** "Beat the naive forecast in 3 of its last 4 weeks (75%). " ("" for a run stored without its weeks). */
    static String weeks(ValidationWeeks w) {
        return w.weeks() == 0
                ? ""
                : Messages.text("forecast.score.weeks", w.beaten(), w.weeks(), share(w.beaten(), w.weeks())) + " ";
    }

    /**
     * "Beat the naive forecast in 61% of past weeks (56 of 92: the last 4 weeks of 23 series); over the 4
     * weeks together in 15 of 23 series."
     */
    static String runScore(List<StoredSeries> series) {
        long better =
                series.stream().filter(s -> s.validationMase() < s.naiveMase()).count();
        int weeks = series.stream().mapToInt(s -> s.weeks().weeks()).sum();
        int beaten = series.stream().mapToInt(s -> s.weeks().beaten()).sum();
        String together = Messages.text(
                "forecast.runScore", better, series.size(), share(better, series.size()), ForecastRun.VALIDATION_WEEKS);
        return weeks == 0
                ? together
                : Messages.text(
                                "forecast.runScore.weeks",
                                share(beaten, weeks),
                                beaten,
                                weeks,
                                ForecastRun.VALIDATION_WEEKS,
                                series.size())
                        + " " + together;
    }

    private static String share(long part, long whole) {
        return String.format(Locale.ROOT, "%.0f", whole == 0 ? 0.0 : 100.0 * part / whole);
    }

    /**
     * "1,859 patrol boxes (150 m squares) for 2020-01-01 (5% of 836 km²). On the 28 days before, the boxes flagged
     * this way held 44% of the next day's incidents; the naive map of the last 365 days 40%."
     */
    static String patrol(ForecastViewModel.PatrolForecast p) {
        PatrolPlan plan = p.plan();
        return Messages.text(
                "forecast.patrol",
                p.boxes().size(),
                p.hexagons()
                        ? Messages.text("forecast.grid.h3", ForecastViewModel.PATROL_H3_RESOLUTION)
                        : Messages.text("forecast.grid.square", String.format(Locale.ROOT, "%.0f", p.cellMetres())),
                Messages.ltr(plan.day()),
                percent(plan.coverage()),
                String.format(Locale.ROOT, "%,.0f", p.areaKm2()),
                Messages.text("forecast.method." + p.method()),
                plan.backtestTo().toEpochDay() - plan.backtestFrom().toEpochDay() + 1,
                String.format(Locale.ROOT, "%.0f", 100 * plan.measured().hitRateMean()),
                String.format(Locale.ROOT, "%.0f", 100 * plan.naive().hitRateMean()));
    }

    /**
     * A drilled cell's (or the whole area's) forecast fitted on demand, in words: that it was fitted now and not
     * stored, on which days; when pooled, that it is low confidence and why; when not forecast, why not.
     */
    static String onDemand(CellForecast f, String cellName) {
        String categories =
                f.categories().isEmpty() ? Messages.text("forecast.allCategories") : String.join(", ", f.categories());
        String scope = f.wholeArea() ? "forecast.whole." : "forecast.cell.";
        return switch (f.shortfall()) {
            case SHORT_HISTORY -> Messages.text(scope + "short", cellName, f.window(), ForecastRun.MIN_WINDOW);
            case NO_INCIDENTS ->
                Messages.text(scope + "empty", cellName, categories, f.window(), Messages.ltr(f.asOf()));
            case NONE -> fitted(f, cellName, categories);
        };
    }

    /** "Fitted now for cell X (r8, all categories), not stored: ..." or "Fitted now for the whole area (...)...". */
    private static String fitted(CellForecast f, String cellName, String categories) {
        Object[] days = {
            f.window(),
            Messages.ltr(f.asOf()),
            tenths(f.perDay()),
            f.series().expected().length,
            tenths(Arrays.stream(f.series().expected()).sum()),
            tenths(Arrays.stream(f.series().naive()).sum())
        };
        if (f.wholeArea()) {
            return Messages.text("forecast.whole.fitted", concat(new Object[] {categories}, days))
                    + (f.series().lowConfidence() ? " " + Messages.text("forecast.whole.sparse") : "");
        }
        return Messages.text("forecast.cell.fitted", concat(new Object[] {cellName, f.res(), categories}, days))
                + (f.pooled() ? " " + pooled(f) : "");
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** "Low confidence: ... its share (1.2%) of the r8 cell 882664...'s forecast." */
    private static String pooled(CellForecast f) {
        OptionalDouble s = Pooled.shareIn(f.series().parameters());
        String share = s.isPresent() ? String.format(Locale.ROOT, "%.1f", 100 * s.getAsDouble()) : "?";
        String parent = f.pooledWith().equals(DailySeries.WHOLE_AREA)
                ? Messages.text("forecast.cell.wholeArea")
                : Messages.text(
                        "forecast.cell.ancestor",
                        H3Cells.h3().getResolution(Long.parseUnsignedLong(f.pooledWith(), 16)),
                        Messages.ltr(f.pooledWith()));
        return Messages.text("forecast.cell.pooled", tenths(f.perDay()), share, parent);
    }

    private static String tenths(double perDay) {
        return perDay >= 0.1 || perDay == 0
                ? String.format(Locale.ROOT, "%.1f", perDay)
                : String.format(Locale.ROOT, "%.3f", perDay);
    }

    static String percent(double coverage) {
        return coverage == Math.rint(coverage) ? Long.toString((long) coverage) : Double.toString(coverage);
    }
}
