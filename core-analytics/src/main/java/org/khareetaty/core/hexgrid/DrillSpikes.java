package org.khareetaty.core.hexgrid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.khareetaty.core.forecast.Ets;
import org.khareetaty.core.forecast.Forecaster;
import org.khareetaty.core.forecast.spike.Spike;
import org.khareetaty.core.forecast.spike.SpikeCheck;

/**
 * The spikes of a drill-down's last day: the scope's incidents on {@code scope.to()}, and each shown
 * cell's, against the one-day-ahead forecast of exponential smoothing fitted on the days before
 * ({@link SpikeCheck}: the Freeman-Tukey score {@code 2(√x − √λ) > 3}, as {@code forecast spikes}
 * checks a layer's zones). A count under 3 cannot score above 3 whatever it is expected to be
 * ({@code 2√2 < 3}), so only the cells with 3 or more incidents that day are fitted, the busiest
 * {@link #MAX_CELLS} of them: one fit costs 20-100 ms (measured at load 24), and a drill of 600 cells on a
 * busy store could otherwise fit hundreds. The results are kept until the aggregates change, so a scope
 * drilled again costs nothing. Each spike becomes a data warning and the sharpest a quick hit.
 */
final class DrillSpikes {
    /** Days the expectation is fitted on, as {@code forecast spikes} fits them by default. */
    static final int WINDOW = 1092;
    /** Days of history a series needs before the day checked ({@link SpikeCheck}). */
    static final int MIN_HISTORY = 28;
    /** The fewest incidents on a day that can score above {@link SpikeCheck#THRESHOLD}. */
    static final int MIN_COUNT = 3;
    /** The most cells checked in one drill: those with the most incidents on the day. */
    static final int MAX_CELLS = 10;

    /** A series checked: a cell (null: the whole store) on a day for some categories. */
    private record Key(Long cell, int day, List<String> categories) {}

    /**
     * A spike found and where: {@code cell} is the spiking cell, or the scope's parent (null: the
     * whole store) when the scope as a whole spikes.
     */
    record Found(Long cell, Spike spike) {}

    /** A cell shown and its incidents on the day checked. */
    private record DayCount(CellStats cell, int count) {}

    private final GoldCube cube;
    private final DrillLanguage words;
    private final Map<Key, Optional<Found>> checked = new ConcurrentHashMap<>();

    /** The spike checks of drills on {@code cube}, each series fitted once, the places named in {@code words}. */
    DrillSpikes(GoldCube cube, DrillLanguage words) {
        this.cube = cube;
        this.words = words;
    }

    /** The language the places of the spikes and their sentences are written in. */
    DrillLanguage language() {
        return words;
    }

    /** The alarms of {@code scope.to()}, sharpest first: the scope as a whole (named {@code place}) and its cells. */
    List<Found> of(DrillScope scope, List<CellStats> cells, String place) {
        LocalDate day = scope.to();
        LocalDate first = cube.firstDay();
        if (first == null || first.plusDays(MIN_HISTORY).isAfter(day)) {
            return List.of();
        }
        int to = (int) day.toEpochDay();
        int from = Math.max((int) first.toEpochDay(), to - WINDOW);
        boolean[] mask = cube.categoryMask(scope.categories());
        Forecaster model = new Ets();
        List<Found> out = new ArrayList<>();
        check(scope.parent(), scope, mask, from, to, place, model).ifPresent(out::add);
        cells.stream()
                .map(c -> new DayCount(c, cube.dailyCounts(c.cell(), mask, to, to)[0]))
                .filter(d -> d.count() >= MIN_COUNT)
                .sorted(Comparator.comparingInt(DayCount::count).reversed())
                .limit(MAX_CELLS)
                .map(DayCount::cell)
                .forEach(c -> check(c.cell(), scope, mask, from, to, words.cellInSentence(c.cell(), c.label()), model)
                        .ifPresent(out::add));
        out.sort(Comparator.comparingDouble((Found f) -> f.spike().score()).reversed());
        return out;
    }

    private Optional<Found> check(
            Long cell, DrillScope scope, boolean[] mask, int from, int to, String name, Forecaster model) {
        return checked.computeIfAbsent(
                new Key(cell, to, scope.categories()),
                k -> fit(cell, mask, from, to, name, model).map(s -> new Found(cell, s)));
    }

    private Optional<Spike> fit(Long cell, boolean[] mask, int from, int to, String name, Forecaster model) {
        int[] counts = cube.dailyCounts(cell, mask, from, to);
        if (counts[counts.length - 1] < MIN_COUNT) {
            return Optional.empty();
        }
        Spike s =
                SpikeCheck.check(name, LocalDate.ofEpochDay(from), counts, LocalDate.ofEpochDay(to), 1, model, WINDOW);
        return s.alarm() ? Optional.of(s) : Optional.empty();
    }

    /** The data warning of one spike, counting its incidents of the day, which it opens ({@link DataWarning}). */
    DataWarning warning(Found f) {
        Spike s = f.spike();
        return new DataWarning(
                DataWarning.Kind.SPIKE,
                words.text(
                        "warning.spike",
                        s.zone(),
                        s.observed(),
                        words.date(s.day()),
                        DrillLanguage.tenths(s.expected()),
                        DrillLanguage.whole(s.lo95()),
                        DrillLanguage.whole(s.hi95()),
                        DrillLanguage.tenths(s.score()),
                        DrillLanguage.whole(SpikeCheck.THRESHOLD)),
                s.observed(),
                f.cell() == null ? null : Long.toHexString(f.cell()));
    }

    /** The quick hit of the sharpest spike, or empty when none. */
    Optional<String> quickHit(List<Found> spikes) {
        return spikes.stream()
                .findFirst()
                .map(Found::spike)
                .map(s -> words.text(
                        "hit.spike",
                        capitalised(s.zone()),
                        s.observed(),
                        words.date(s.day()),
                        DrillLanguage.tenths(s.expected()),
                        DrillLanguage.whole(s.lo95()),
                        DrillLanguage.whole(s.hi95())));
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
