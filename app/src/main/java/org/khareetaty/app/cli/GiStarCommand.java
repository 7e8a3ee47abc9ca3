package org.khareetaty.app.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.khareetaty.core.gistar.GiStarAnalysis;
import org.khareetaty.core.gistar.GiStarCell;
import org.khareetaty.core.gistar.GiStarResult;
import org.khareetaty.core.gistar.GiStarScope;
import org.khareetaty.core.hexgrid.CellLabels;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty gistar}: Getis-Ord Gi* hot and cold spots over H3 cells (see docs/gistar.md). */
@Command(
        name = "gistar",
        mixinStandardHelpOptions = true,
        description = {
            "Getis-Ord Gi* hot-spot analysis over the H3 cells of the study area: z-scores, p-values with a "
                    + "Benjamini-Hochberg false-discovery-rate correction, each cell hot or cold at 90/95/99% or not significant "
                    + "(ArcGIS's Gi_Bin +3..-3)."
        })
final class GiStarCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(
            names = "--res",
            required = true,
            paramLabel = "R",
            description = "H3 resolution, 6 (city) .. 10 (micro-block).")
    int resolution;

    @Option(
            names = "--k",
            paramLabel = "K",
            defaultValue = "1",
            description = "Neighbourhood: the cell and every cell within K grid steps (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First local date included.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last local date included.")
    LocalDate to;

    @Option(
            names = "--category",
            paramLabel = "CAT",
            split = ",",
            description =
                    "Offense categories to include (any of: violent, property, drugs, weapons, public_order, other); default all.")
    List<String> categories = new ArrayList<>();

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "25",
            description =
                    "Table: at most N hot and N cold cells (default: ${DEFAULT-VALUE}); JSON always lists every cell.")
    int limit;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar.")
    boolean quiet;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        GiStarScope scope =
                Arguments.checked(() -> new GiStarScope(resolution, k, from, to, Arguments.categories(categories)));
        GiStarResult result;
        Map<Long, String> names;
        try (Store s = store.open()) {
            TerminalProgress bar = TerminalProgress.onStderr(quiet || json);
            result = GiStarAnalysis.run(s, scope, bar);
            bar.done();
            List<Long> significant = result.cells().stream()
                    .filter(c -> c.bin().isHot() || c.bin().isCold())
                    .map(GiStarCell::cell)
                    .toList();
            names = s.read("name the cells of", c -> CellLabels.ofStore(c, significant));
        }
        if (json) {
            System.out.println(Json.of(asMap(result, names)));
        } else {
            printTable(result, names);
        }
        return 0;
    }

    /** @param names the names of the hot and cold cells (as the window names them) */
    static Map<String, Object> asMap(GiStarResult r, Map<Long, String> names) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("resolution", r.scope().resolution());
        m.put("k", r.scope().k());
        m.put("from", r.scope().from() == null ? null : r.scope().from().toString());
        m.put("to", r.scope().to() == null ? null : r.scope().to().toString());
        m.put("categories", r.scope().categories());
        m.put("region", r.rule().name().toLowerCase(Locale.ROOT));
        m.put("layer", r.layer());
        m.put("incidents", r.incidents());
        m.put("hot", r.hot());
        m.put("cold", r.cold());
        m.put("not_significant", r.notSignificant());
        m.put(
                "cells",
                r.cells().stream()
                        .map(c -> {
                            Map<String, Object> cell = new LinkedHashMap<>();
                            cell.put("cell", c.hex());
                            cell.put("name", names.get(c.cell()));
                            cell.put("count", c.count());
                            cell.put("z", c.z());
                            cell.put("p", c.p());
                            cell.put("p_fdr", c.pFdr());
                            cell.put("bin", c.bin().value());
                            cell.put("class", c.bin().label());
                            return cell;
                        })
                        .toList());
        return m;
    }

    private void printTable(GiStarResult r, Map<Long, String> names) {
        System.out.printf(
                Locale.ROOT,
                "Gi* at r%d, ring-%d neighbours, %s%s: %,d incidents in %,d cells (%s)%n",
                r.scope().resolution(),
                r.scope().k(),
                r.scope().from() == null && r.scope().to() == null
                        ? "all dates"
                        : (r.scope().from() == null ? "..." : r.scope().from()) + " .. "
                                + (r.scope().to() == null ? "..." : r.scope().to()),
                r.scope().categories().isEmpty()
                        ? ""
                        : ", " + String.join("+", r.scope().categories()),
                r.incidents(),
                r.cells().size(),
                r.layer() == null ? "study area: convex hull of all incidents" : "study area: layer " + r.layer());
        System.out.printf(
                Locale.ROOT,
                "%,d hot, %,d cold, %,d not significant (Benjamini-Hochberg FDR)%n",
                r.hot(),
                r.cold(),
                r.notSignificant());
        section("hot spots, highest z first", r.cells(), c -> c.bin().isHot(), names);
        List<GiStarCell> coldestFirst = new ArrayList<>(r.cells());
        Collections.reverse(coldestFirst);
        section("cold spots, lowest z first", coldestFirst, c -> c.bin().isCold(), names);
    }

    private void section(String title, List<GiStarCell> cells, Predicate<GiStarCell> keep, Map<Long, String> names) {
        List<GiStarCell> shown = cells.stream().filter(keep).toList();
        if (shown.isEmpty()) {
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "%n%s:%n  %-16s %8s %8s %10s %10s  %-20s %s%n",
                title,
                "cell",
                "count",
                "z",
                "p",
                "p_fdr",
                "class",
                "name");
        shown.stream()
                .limit(limit)
                .forEach(c -> System.out.printf(
                        Locale.ROOT,
                        "  %-16s %,8d %8.2f %10.2e %10.2e  %-20s %s%n",
                        c.hex(),
                        c.count(),
                        c.z(),
                        c.p(),
                        c.pFdr(),
                        c.bin().label(),
                        names.get(c.cell())));
        if (shown.size() > limit) {
            System.out.printf(
                    Locale.ROOT, "  ... and %,d more (--limit N, or --json for every cell)%n", shown.size() - limit);
        }
    }
}
