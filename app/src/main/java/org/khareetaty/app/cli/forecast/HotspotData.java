package org.khareetaty.app.cli.forecast;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.core.forecast.risk.GaussianKde;
import org.khareetaty.core.forecast.risk.LearnedIntensity;
import org.khareetaty.core.forecast.risk.Prospective;
import org.khareetaty.core.forecast.risk.RiskGrid;
import org.khareetaty.core.forecast.risk.RiskIncidents;
import org.khareetaty.core.forecast.risk.RiskMethod;
import org.khareetaty.core.forecast.risk.SelfExciting;
import org.khareetaty.core.forecast.risk.StoreRiskIncidents;
import org.khareetaty.core.forecast.risk.WindowCount;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The incidents and the grid of the hotspot commands: a store or a Crime Open Database file; protocol B's
 * square grid or H3 cells.
 */
final class HotspotData {
    /** The methods by name, in the reports' order; the last is the default headline. */
    static final List<String> METHODS = List.of("naive", "last28", "kde", "prospective", "selfexciting", "learned");

    @Mixin
    StoreOption store;

    @Option(
            names = "--file",
            paramLabel = "CSV",
            description =
                    "No store: read a Crime Open Database file (date,...,longitude,latitude), as protocol B does.")
    Path file;

    @Option(
            names = "--category",
            paramLabel = "CAT",
            split = ",",
            description = "Offense categories (store only; default all).")
    List<String> categories = new ArrayList<>();

    @Option(
            names = "--cell",
            paramLabel = "METRES",
            defaultValue = "150",
            description = "Grid cell size (default: ${DEFAULT-VALUE} m, protocol B's).")
    double cell;

    @Option(
            names = "--origin",
            paramLabel = "LON,LAT",
            split = ",",
            description = "Projection origin; cells are centred on multiples of the cell size from it (default: "
                    + "protocol B's -87.70,41.84 when the data's extent holds it, else the extent's centre to 0.01°).")
    List<Double> origin;

    /** The H3 resolution of the grid (the commands' {@code --grid h3:R} or {@code --res R}); null: square cells. */
    Integer h3Resolution;

    /** The incidents dated up to {@code through} (null: all). */
    RiskIncidents incidents(LocalDate through) {
        if (file != null) {
            if (!categories.isEmpty()) {
                throw new IllegalArgumentException("--category needs a store: the file has no categories");
            }
            RiskIncidents all = RiskIncidents.read(file);
            return through == null ? all : upTo(all, through);
        }
        try (Store s = store.open()) {
            return StoreRiskIncidents.load(s, categories, through);
        }
    }

    private static RiskIncidents upTo(RiskIncidents all, LocalDate through) {
        int n = all.indexOfDay((int) through.toEpochDay() + 1);
        if (n == 0) {
            throw new IllegalArgumentException("no incidents up to " + through);
        }
        return all.first(n);
    }

    /** Protocol B's grid over {@code incidents}: square cells of {@code --cell} metres, or H3 cells. */
    RiskGrid grid(RiskIncidents incidents) {
        if (h3Resolution != null) {
            if (origin != null) {
                throw new IllegalArgumentException("--origin places square cells: an H3 grid has none to place");
            }
            return RiskGrid.h3(incidents, h3Resolution);
        }
        double[] o = originFor(incidents);
        return RiskGrid.of(incidents, o[0], o[1], cell);
    }

    private double[] originFor(RiskIncidents incidents) {
        if (origin != null) {
            if (origin.size() != 2) {
                throw new IllegalArgumentException("--origin takes LON,LAT, got " + origin);
            }
            return new double[] {origin.get(0), origin.get(1)};
        }
        return RiskGrid.defaultOrigin(incidents);
    }

    /** The method of {@code name}, with protocol B's settings (the self-exciting one as chosen on 2018). */
    static RiskMethod method(String name) {
        return switch (name) {
            case "naive" -> WindowCount.naive();
            case "last28" -> WindowCount.last28();
            case "kde" -> GaussianKde.protocol();
            case "prospective" -> Prospective.protocol();
            case "selfexciting" -> SelfExciting.chosen();
            case "learned" -> LearnedIntensity.chosen();
            default ->
                throw new IllegalArgumentException("unknown method '" + name + "': use " + String.join(", ", METHODS));
        };
    }
}
