package org.khareetaty.app.cli.forecast;

import static org.khareetaty.app.cli.forecast.BacktestCommand.f3;

import java.util.List;
import java.util.Locale;
import org.khareetaty.core.forecast.BacktestResult;
import org.khareetaty.core.forecast.ModelScore;

/** The backtest as text: protocol A's summary table, MASE by horizon and by zone, and its final line. */
final class BacktestReport {
    private BacktestReport() {}

    static void print(BacktestResult r) {
        List<java.time.LocalDate> o = r.setup().origins();
        System.out.printf(
                Locale.ROOT,
                "Backtest: %d zones (%s) + whole area; %d origins %s .. %s; sliding %d-day window; h = 1..%d; "
                        + "%,d zone targets per model%n",
                r.zones().size(),
                r.layer(),
                o.size(),
                o.get(0),
                o.get(o.size() - 1),
                r.setup().window(),
                r.setup().horizon(),
                r.targets());
        System.out.println("MASE scale: in-sample MAE of the lag-7 seasonal naive forecast on the training window");
        System.out.printf(
                Locale.ROOT,
                "%n%-8s %9s %10s %10s %8s %9s %10s %10s %10s %10s %12s %8s%n",
                "model",
                "MASE_dist",
                "rel_snaive",
                "MASE_city",
                "MAE_dist",
                "MAE_city",
                "cov80_dist",
                "cov95_dist",
                "cov80_city",
                "cov95_city",
                "beats_snaive",
                "cpu_s");
        for (ModelScore s : r.models()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-8s %9s %10s %10s %8s %9.2f %10s %10s %10s %10s %12s %8.2f%n",
                    s.model(),
                    f3(s.mase()),
                    f3(s.relSnaive()),
                    f3(s.maseWhole()),
                    f3(s.mae()),
                    s.maeWhole(),
                    f3(s.cover80()),
                    f3(s.cover95()),
                    f3(s.cover80Whole()),
                    f3(s.cover95Whole()),
                    s.model().equals("snaive") ? "-" : f3(s.beatsSnaive()),
                    s.cpuSeconds());
        }
        System.out.println("\nMean MASE over zones by horizon step:");
        for (int h = 0; h < r.setup().horizon(); h++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  h=%-2d", h + 1));
            for (ModelScore s : r.models()) {
                line.append(String.format(
                        Locale.ROOT, "  %s %s", s.model(), f3(s.maseByHorizon().get(h))));
            }
            System.out.println(line);
        }
        System.out.println("\nMASE by zone (mean over origins and horizons):");
        for (int z = 0; z < r.zones().size(); z++) {
            StringBuilder line = new StringBuilder(
                    String.format(Locale.ROOT, "  %-12s", r.zones().get(z)));
            for (ModelScore s : r.models()) {
                line.append(String.format(
                        Locale.ROOT, "  %s %s", s.model(), f3(s.maseByZone().get(z))));
            }
            System.out.println(line);
        }
        StringBuilder fin = new StringBuilder("\nkhareetaty_forecast");
        for (ModelScore s : r.models()) {
            fin.append(" mase_").append(s.model()).append('=').append(f3(s.mase()));
        }
        for (ModelScore s : r.models()) {
            fin.append(" city_mase_").append(s.model()).append('=').append(f3(s.maseWhole()));
        }
        for (ModelScore s : r.models()) {
            fin.append(" cov80_").append(s.model()).append('=').append(f3(s.cover80()));
            fin.append(" cov95_").append(s.model()).append('=').append(f3(s.cover95()));
        }
        for (ModelScore s : r.models()) {
            fin.append(String.format(Locale.ROOT, " cpu_%s=%.1f", s.model(), s.cpuSeconds()));
        }
        fin.append(String.format(
                Locale.ROOT,
                " chosen=%s origins=%d districts=%d window=%d",
                r.chosen(),
                o.size(),
                r.zones().size(),
                r.setup().window()));
        System.out.println(fin);
    }
}
