package org.khareetaty.app.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.CellStats;
import org.khareetaty.core.hexgrid.Drill;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.hexgrid.GoldCube;
import org.khareetaty.core.hexgrid.Kpis;
import org.khareetaty.core.hexgrid.ScopeProfiles;
import org.khareetaty.core.hexgrid.StoreAggregates;
import org.khareetaty.core.hexgrid.StoreDrillSession;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty drill}: the H3 cells of a scope with their statistics, breadcrumbs and KPIs. */
@Command(
        name = "drill",
        mixinStandardHelpOptions = true,
        description = {
            "Incidents per H3 cell: the cells at --res over the whole store, or with --cell the children of that cell.",
            "Arrest rates with Wilson 95%% intervals, neighbour-pooled rates, low-confidence flags, semantic labels and KPIs."
        })
final class DrillCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(
            names = "--res",
            defaultValue = "6",
            description = "Resolution 6 (city) .. 10 (micro-block) (default ${DEFAULT-VALUE}).")
    int res;

    @Option(
            names = "--cell",
            paramLabel = "H3",
            description = "Drill into this cell (hex id): its children at the next resolution.")
    String cell;

    @Option(names = "--from", paramLabel = "DATE", description = "First local date (default: the earliest incident).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last local date (default: the latest incident).")
    LocalDate to;

    @Option(
            names = "--category",
            paramLabel = "C",
            split = ",",
            description = "Offense categories: violent, property, drugs, weapons, public_order, other (default: all).")
    List<String> categories = new ArrayList<>();

    @Option(names = "--all", description = "Every cell (at r8 and finer only the busiest 600 are returned by default).")
    boolean all;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Long parent = cell == null ? null : parentCell(cell);
        Arguments.categories(categories);
        if (res < H3Cells.MIN_RES || res > H3Cells.MAX_RES) {
            throw Arguments.usage("--res " + res + " is outside " + H3Cells.MIN_RES + " (city) .. " + H3Cells.MAX_RES
                    + " (micro-block)");
        }
        try (Store s = store.open()) {
            int merged = StoreAggregates.catchUp(s);
            StoreDrillSession session = StoreDrillSession.open(s);
            if (merged > 0) {
                System.err.println("aggregated " + merged + " new import(s)");
            }
            GoldCube cube = session.cube();
            if (cube.incidents() == 0) {
                System.out.println("the store holds no incidents");
                return 0;
            }
            int resolution = parent == null ? res : H3Cells.h3().getResolution(parent) + 1;
            DrillScope scope = Arguments.checked(() -> new DrillScope(
                    resolution,
                    parent,
                    from == null ? cube.firstDay() : from,
                    to == null ? cube.lastDay() : to,
                    categories,
                    all));
            Drill d = session.drill(scope);
            if (json) {
                System.out.println(Json.of(asMap(d)));
            } else {
                print(d);
            }
            return 0;
        }
    }

    private static long parentCell(String hex) {
        long cell = Arguments.cell("--cell", hex);
        int r = H3Cells.h3().getResolution(cell);
        if (r < H3Cells.MIN_RES || r >= H3Cells.MAX_RES) {
            throw Arguments.usage("--cell " + hex + " is at r" + r + "; drill into cells of r" + H3Cells.MIN_RES + "..r"
                    + (H3Cells.MAX_RES - 1));
        }
        return cell;
    }

    static Map<String, Object> asMap(Drill d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("resolution", d.scope().res());
        m.put(
                "parent",
                d.scope().parent() == null ? null : Long.toHexString(d.scope().parent()));
        m.put("from", d.scope().from().toString());
        m.put("to", d.scope().to().toString());
        m.put("categories", d.scope().categories());
        m.put("total", d.kpis().total());
        m.put("cells", d.cells().stream().map(DrillCommand::cell).toList());
        m.put(
                "breadcrumbs",
                d.breadcrumbs().stream()
                        .map(b -> {
                            Map<String, Object> x = new LinkedHashMap<>();
                            x.put("res", b.res() == 0 ? null : b.res());
                            x.put("cell", b.cell() == 0 ? null : Long.toHexString(b.cell()));
                            x.put("label", b.label());
                            return x;
                        })
                        .toList());
        m.put("kpis", kpis(d.kpis()));
        m.put("quick_hits", d.quickHits());
        m.put("warnings", d.warningTexts());
        m.put("profiles", profiles(d.profiles()));
        return m;
    }

    private static Map<String, Object> profiles(ScopeProfiles p) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("mix_period", p.mixPeriod());
        Map<String, Object> mix = new LinkedHashMap<>();
        p.mix().forEach((day, byCategory) -> mix.put(day.toString(), byCategory));
        x.put("offense_mix", mix);
        x.put(
                "arrests",
                Map.of(
                        "arrest",
                        p.arrests().arrest(),
                        "no_arrest",
                        p.arrests().noArrest(),
                        "unknown",
                        p.arrests().unknown()));
        x.put("day_of_week", p.dayOfWeek());
        x.put("hour_of_day", p.hourOfDay());
        x.put("hour_of_day_by_day_of_week", p.hourByDay());
        x.put("date_only", p.dateOnly());
        x.put(
                "signature_blocks",
                p.blocks().stream()
                        .map(b -> Map.of(
                                "block",
                                b.block(),
                                "incidents",
                                b.incidents(),
                                "dominant_offense",
                                b.dominantOffense(),
                                "dominant_count",
                                b.dominantCount()))
                        .toList());
        return x;
    }

    private static Map<String, Object> cell(CellStats c) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("cell", Long.toHexString(c.cell()));
        x.put("count", c.incidents());
        x.put("arrests", c.arrests());
        x.put("arrest_rate", c.arrestRate());
        x.put(
                "arrest_rate_ci",
                c.interval() == null
                        ? null
                        : List.of(c.interval().low(), c.interval().high()));
        x.put("smoothed_rate", c.smoothedRate());
        x.put("low_confidence", c.lowConfidence());
        x.put("label", c.label());
        return x;
    }

    private static Map<String, Object> kpis(Kpis k) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("total", k.total());
        x.put("busiest_cell", k.busiestCount() == 0 ? null : Long.toHexString(k.busiestCell()));
        x.put("busiest_count", k.busiestCount());
        x.put("arrests", k.arrests());
        x.put("arrest_rate", k.arrestRate());
        x.put("previous_total", k.previousTotal());
        x.put("change", k.change());
        x.put("focus_share", k.focusShare());
        x.put("focus_share_change", k.focusShareChange());
        return x;
    }

    private static void print(Drill d) {
        System.out.println(String.join(
                "  >  ", d.breadcrumbs().stream().map(b -> b.label()).toList()));
        d.quickHits().forEach(h -> System.out.println("  * " + h));
        d.warningTexts().forEach(w -> System.out.println("  ! " + w));
        Kpis k = d.kpis();
        System.out.printf(
                Locale.ROOT,
                "r%d, %s .. %s%s: %,d incidents, %s%s%n",
                d.scope().res(),
                d.scope().from(),
                d.scope().to(),
                d.scope().categories().isEmpty() ? "" : " " + d.scope().categories(),
                k.total(),
                k.arrestRate() == null
                        ? "no arrest data"
                        : String.format(Locale.ROOT, "%,d arrests (%.1f%%)", k.arrests(), 100 * k.arrestRate()),
                k.change() == null
                        ? ""
                        : String.format(Locale.ROOT, ", %+.0f%% on the previous period", 100 * k.change()));
        System.out.printf(
                Locale.ROOT, "%-16s %8s %8s %15s %8s  %s%n", "cell", "count", "arrest%", "95% CI", "pooled%", "label");
        for (CellStats c : d.cells().subList(0, Math.min(40, d.cells().size()))) {
            String rates = c.arrestRate() == null
                    ? String.format(Locale.ROOT, "%8s %15s %8s", "-", "-", "-")
                    : String.format(
                            Locale.ROOT,
                            "%8.1f %6.1f..%5.1f %8.1f",
                            100 * c.arrestRate(),
                            100 * c.interval().low(),
                            100 * c.interval().high(),
                            100 * c.smoothedRate());
            System.out.printf(
                    Locale.ROOT,
                    "%-16s %8d %s  %s%s%n",
                    Long.toHexString(c.cell()),
                    c.incidents(),
                    rates,
                    c.lowConfidence() ? "(low confidence) " : "",
                    c.label());
        }
        if (d.cells().size() > 40) {
            System.out.printf(
                    Locale.ROOT,
                    "... %d more cells (--json for all)%n",
                    d.cells().size() - 40);
        }
    }
}
