package org.khareetaty.app.ui.drill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.khareetaty.app.ui.StoreTasks;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.map.ColourMode;
import org.khareetaty.app.ui.map.HexCell;
import org.khareetaty.app.ui.settings.DisplayLanguage;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.hexgrid.Breadcrumb;
import org.khareetaty.core.hexgrid.CellCounts;
import org.khareetaty.core.hexgrid.Drill;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.hexgrid.GoldCube;
import org.khareetaty.core.hexgrid.StoreDrillSession;
import org.khareetaty.core.store.Store;

/**
 * The state of the drill-down the window shows: the scope (resolution, parent cell, dates,
 * categories, and the playback frame: one day, week or month of the period, or none), the
 * {@link Drill} of that scope (KPIs, breadcrumbs, quick hits, warnings, profiles, the busiest cells)
 * and every cell of the scope for the map. Every change (period, category, drill, playback frame)
 * goes through {@link #refresh()}, and the map, legend, banner, KPIs, charts and table are all
 * drawn from what it gives, so they always show the same scope. Each refresh runs one background
 * job; a result that arrives after a newer request is dropped.
 */
public final class DrillViewModel {
    /** What the map needs: every cell of the scope, and the drill-down; {@code frame} is null for the whole period. */
    public record Result(DrillScope scope, List<HexCell> cells, Drill drill, Frame frame) {}

    /**
     * Every cell of a scope with its counts: the map is drawn from these before the drill-down's
     * KPIs and profiles arrive; {@code frame} is null for the whole period.
     */
    public record Cells(DrillScope scope, List<HexCell> cells, Frame frame) {}

    /**
     * One frame of the playback: the days {@code start .. end} of the period, and the top of the
     * colour scale fixed for every frame of the period (the busiest cell of any of its frames), so
     * colours compare from frame to frame.
     */
    public record Frame(LocalDate start, LocalDate end, PlaybackStep step, long scaleMax) {
        /** The title of the fixed colour scale: "Incidents per day" (week, month). */
        public String scaleTitle() {
            return Messages.text("playback.scale." + step.noun());
        }

        /** The frame's days: "2024-01-05 fri", "2024-01-01 .. 2024-01-07". */
        public String days() {
            return start.equals(end)
                    ? Messages.ltr(start) + " "
                            + start.getDayOfWeek()
                                    .getDisplayName(java.time.format.TextStyle.SHORT, Messages.locale())
                                    .toLowerCase(Messages.locale())
                    : Messages.ltr(start) + " .. " + Messages.ltr(end);
        }

        /** The map's banner for a frame of {@code total} incidents. */
        public String banner(long total) {
            return Messages.text("playback.banner." + step.noun(), days(), total);
        }
    }

    private final StoreTasks tasks;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>(this, "firstDay");
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>(this, "lastDay");
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final IntegerProperty wholeAreaRes = new SimpleIntegerProperty(this, "wholeAreaRes", H3Cells.MIN_RES);
    private final ObjectProperty<Long> parent = new SimpleObjectProperty<>(this, "parent");
    private final ObjectProperty<ColourMode> colourMode =
            new SimpleObjectProperty<>(this, "colourMode", ColourMode.VOLUME);
    private final BooleanProperty hasArrestData = new SimpleBooleanProperty(this, "hasArrestData", false);
    private final ReadOnlyObjectWrapper<LocalDate> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    /** The dates of the period the frame was chosen in: a frame of another period is not shown, whichever listener hears of the new dates first. */
    private LocalDate frameFrom;

    private LocalDate frameTo;

    private final ObjectProperty<PlaybackStep> step = new SimpleObjectProperty<>(this, "step", PlaybackStep.DAY);
    private final java.util.Deque<Place> past = new java.util.ArrayDeque<>();
    private final java.util.Deque<Place> ahead = new java.util.ArrayDeque<>();
    private Place current;
    private boolean restoring;
    private Frame scaleCache;
    private DrillScope scaleCachePeriod;
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Cells> cells = new ReadOnlyObjectWrapper<>(this, "cells");
    private DrillScope requested;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private long generation;
    private StoreDrillSession session;

    public DrillViewModel(StoreTasks tasks) {
        this.tasks = tasks;
        // a new period has frames of its own: show it whole
        from.addListener((o, a, b) -> frame.set(null));
        to.addListener((o, a, b) -> frame.set(null));
    }

    /**
     * What the window shows first, read in the background while the window is being built (see
     * {@code StoreOpening}): the drill session with the aggregates in memory, the store's date
     * range and the cells of the whole area over all of it.
     */
    public record Opening(StoreDrillSession session, GoldRange range, Cells cells) {
        /** Reads it from {@code store} (not on the JavaFX thread). */
        public static Opening read(Store store) {
            StoreDrillSession session = StoreDrillSession.open(store, DisplayLanguage.current());
            GoldCube cube = session.cube();
            GoldRange range = GoldRange.of(cube);
            Cells first = null;
            if (range.first() != null) {
                DrillScope all = new DrillScope(H3Cells.MIN_RES, null, range.first(), range.last(), List.of(), false);
                first = new Cells(all, DrillViewModel.cells(cube, all), null);
            }
            return new Opening(session, range, first);
        }
    }

    /**
     * Takes over what was read while the store opened: the date range and arrest coverage, the
     * whole area's cells on the map at once, then its drill-down; {@code ready} runs after.
     */
    public void start(Opening opening, Runnable ready) {
        synchronized (this) {
            session = opening.session();
        }
        setRange(opening.range());
        DrillScope scope = scope();
        if (opening.cells() != null && opening.cells().scope().equals(scope)) {
            long gen = ++generation;
            requested = scope;
            loading.set(true);
            cells.set(opening.cells());
            current = place();
            drill(gen, opening.cells());
        } else {
            refresh();
        }
        ready.run();
    }

    /** Reads the store's date range and arrest coverage again (after an import), then shows the whole area; {@code ready} runs after. */
    public void reload(Runnable ready) {
        tasks.submit(
                "reading the store's date range", () -> GoldRange.of(session().cube()), r -> {
                    setRange(r);
                    refresh();
                    ready.run();
                });
    }

    private void setRange(GoldRange r) {
        firstDay.set(r.first());
        lastDay.set(r.last());
        from.set(r.first());
        to.set(r.last());
        hasArrestData.set(r.arrestsKnown());
    }

    /** The store's first and last incident days and whether any source records arrests, from its aggregates. */
    public record GoldRange(LocalDate first, LocalDate last, boolean arrestsKnown) {
        static GoldRange of(GoldCube cube) {
            if (cube.incidents() == 0) {
                return new GoldRange(null, null, false);
            }
            DrillScope all = new DrillScope(H3Cells.MIN_RES, null, cube.firstDay(), cube.lastDay(), List.of(), true);
            return new GoldRange(
                    cube.firstDay(), cube.lastDay(), CellCounts.of(cube, all).knownTotal() > 0);
        }
    }

    /** The scope now asked for (the playback frame's days when one is shown), or null while the store holds no incidents. */
    public DrillScope scope() {
        DrillScope period = periodScope();
        LocalDate f = frame.get();
        if (period == null
                || f == null
                || !from.get().equals(frameFrom)
                || !to.get().equals(frameTo)
                || f.isBefore(period.from())
                || f.isAfter(period.to())) {
            return period;
        }
        LocalDate end = step.get().end(f);
        return new DrillScope(
                period.res(),
                period.parent(),
                f,
                end.isAfter(period.to()) ? period.to() : end,
                period.categories(),
                false);
    }

    /** The scope over the whole period of the filters (whatever frame is shown), or null while the store holds no incidents. */
    public DrillScope periodScope() {
        if (from.get() == null || to.get() == null) {
            return null;
        }
        LocalDate a = from.get();
        LocalDate b = to.get().isBefore(a) ? a : to.get();
        Long p = parent.get();
        int res = p == null ? wholeAreaRes.get() : H3Cells.h3().getResolution(p) + 1;
        return new DrillScope(res, p, a, b, List.copyOf(categories), false);
    }

    /** Shows the playback frame that starts on {@code start} (a day, week or month of the period, by {@link #step()}). */
    public void showFrame(LocalDate start) {
        frameFrom = from.get();
        frameTo = to.get();
        frame.set(start);
        refresh();
    }

    /** Shows the whole period again (no playback frame). */
    public void showWholePeriod() {
        frame.set(null);
        refresh();
    }

    /** One step of the drill and filter history: where the analyst was (Alt+Left / Alt+Right go back and forth). */
    public record Place(Long parent, int wholeAreaRes, LocalDate from, LocalDate to, List<String> categories) {}

    private Place place() {
        return new Place(parent.get(), wholeAreaRes.get(), from.get(), to.get(), List.copyOf(categories));
    }

    /** Goes back to the place before this one (Alt+Left); false when there is none. */
    public boolean back() {
        if (past.isEmpty()) {
            return false;
        }
        ahead.push(place());
        restore(past.pop());
        return true;
    }

    /** Goes forward again (Alt+Right); false when there is nothing ahead. */
    public boolean forward() {
        if (ahead.isEmpty()) {
            return false;
        }
        past.push(place());
        restore(ahead.pop());
        return true;
    }

    private void restore(Place p) {
        restoring = true;
        try {
            frame.set(null);
            parent.set(p.parent());
            wholeAreaRes.set(p.wholeAreaRes());
            from.set(p.from());
            to.set(p.to());
            categories.setAll(p.categories());
            current = p;
        } finally {
            restoring = false;
        }
        refresh();
    }

    /** Notes a new place in the history (a drill or a filter change; playback frames are not places). */
    private void remember() {
        Place now = place();
        if (restoring || now.equals(current)) {
            return;
        }
        if (current != null) {
            past.push(current);
            ahead.clear();
        }
        current = now;
    }

    /**
     * Runs the drill-down of the current scope in the background, in two steps: the cell counts
     * for the map (fast: the gold aggregates), then the drill-down with its KPIs and profiles. A
     * request for the scope already being read is ignored.
     */
    public void refresh() {
        if (restoring) {
            return; // restore() refreshes once every property is back
        }
        remember();
        DrillScope scope = scope();
        if (scope == null || (loading.get() && scope.equals(requested))) {
            return;
        }
        long gen = ++generation;
        requested = scope;
        loading.set(true);
        DrillScope period = periodScope();
        PlaybackStep by = step.get();
        boolean framed = !scope.equals(period);
        tasks.submit(
                "reading the cells",
                () -> new Cells(
                        scope,
                        cells(session().cube(), scope),
                        framed ? frameOf(period, by, scope.from(), scope.to()) : null),
                found -> {
                    if (gen != generation) {
                        return;
                    }
                    cells.set(found);
                    drill(gen, found);
                });
    }

    /** The frame {@code start .. end} of {@code period}, with the scale of the period fixed once per period and step (on the store thread). */
    private synchronized Frame frameOf(DrillScope period, PlaybackStep by, LocalDate start, LocalDate end) {
        if (scaleCache == null || scaleCache.step() != by || !period.equals(scaleCachePeriod)) {
            scaleCache =
                    new Frame(start, end, by, Math.max(1, maxPerFrame(session().cube(), period, by)));
            scaleCachePeriod = period;
        }
        return new Frame(start, end, by, scaleCache.scaleMax());
    }

    /** The second step of a refresh: the drill-down (KPIs, quick hits, profiles) of the scope whose cells are shown. */
    private void drill(long gen, Cells found) {
        tasks.submit("drill-down", () -> session().drill(found.scope()), d -> {
            if (gen == generation) {
                loading.set(false);
                result.set(new Result(found.scope(), found.cells(), d, found.frame()));
            }
        });
    }

    /**
     * The store's drill session: its aggregates kept in memory and brought up to date before each
     * drill (called on the store thread).
     */
    public synchronized StoreDrillSession session() {
        if (session == null) {
            session = StoreDrillSession.open(tasks.store(), DisplayLanguage.current());
        }
        return session;
    }

    /** Every cell of {@code scope} with its counts, busiest first. */
    public static List<HexCell> cells(GoldCube cube, DrillScope scope) {
        CellCounts counts = CellCounts.of(cube, scope);
        List<HexCell> out = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            out.add(new HexCell(counts.cell(i), counts.incidents(i), counts.known(i), counts.arrests(i)));
        }
        out.sort((a, b) -> a.incidents() != b.incidents()
                ? Long.compare(b.incidents(), a.incidents())
                : Long.compare(a.cell(), b.cell()));
        org.khareetaty.app.ui.map.HexagonLayer.prepare(out);
        return out;
    }

    /** Drills into {@code cell}: its children become the cells shown. False at r10, the finest. */
    public boolean drillInto(long cell) {
        if (H3Cells.h3().getResolution(cell) >= H3Cells.MAX_RES) {
            return false;
        }
        parent.set(cell);
        refresh();
        return true;
    }

    /** Jumps back to a breadcrumb: the whole area, or the children of that cell. */
    public void jumpTo(Breadcrumb crumb) {
        parent.set(crumb.res() == 0 ? null : crumb.cell());
        refresh();
    }

    /** One level up (Backspace); false at the whole area. */
    public boolean up() {
        Long p = parent.get();
        if (p == null) {
            return false;
        }
        int res = H3Cells.h3().getResolution(p);
        parent.set(res <= H3Cells.MIN_RES ? null : H3Cells.parent(p, res - 1));
        refresh();
        return true;
    }

    /**
     * The largest number of incidents of one cell in one frame (day, week or month, clipped to the
     * period) of {@code scope}'s cells and dates: the top of the colour scale that stays fixed
     * while the period plays frame by frame.
     */
    public static long maxPerFrame(GoldCube cube, DrillScope scope, PlaybackStep by) {
        long max = 0;
        for (LocalDate d : by.frames(scope.from(), scope.to())) {
            LocalDate end = by.end(d).isAfter(scope.to()) ? scope.to() : by.end(d);
            CellCounts frame =
                    CellCounts.of(cube, new DrillScope(scope.res(), scope.parent(), d, end, scope.categories(), true));
            for (int i = 0; i < frame.size(); i++) {
                max = Math.max(max, frame.incidents(i));
            }
        }
        return max;
    }

    /** The first day of the playback frame shown, or null for the whole period. */
    public ReadOnlyObjectProperty<LocalDate> frame() {
        return frame.getReadOnlyProperty();
    }

    /** How far a playback frame reaches: a day, a week or a month. */
    public ObjectProperty<PlaybackStep> step() {
        return step;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    /** The store's first incident day. */
    public ObjectProperty<LocalDate> firstDay() {
        return firstDay;
    }

    /** The store's last incident day. */
    public ObjectProperty<LocalDate> lastDay() {
        return lastDay;
    }

    /** Categories in scope; empty for all. */
    public ObservableList<String> categories() {
        return categories;
    }

    /** Resolution of the cells over the whole area (before drilling). */
    public IntegerProperty wholeAreaRes() {
        return wholeAreaRes;
    }

    /** The cell drilled into, or null for the whole area. */
    public ObjectProperty<Long> parent() {
        return parent;
    }

    public ObjectProperty<ColourMode> colourMode() {
        return colourMode;
    }

    /** Whether any source of the store records arrests. */
    public BooleanProperty hasArrestData() {
        return hasArrestData;
    }

    /** The last result. */
    public ReadOnlyObjectProperty<Result> result() {
        return result.getReadOnlyProperty();
    }

    /** The cells of the last scope read (before its drill-down completes). */
    public ReadOnlyObjectProperty<Cells> cells() {
        return cells.getReadOnlyProperty();
    }

    /** True while a drill-down runs. */
    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** The tasks runner (for views that query the store in scope). */
    public StoreTasks tasks() {
        return tasks;
    }
}
