package org.khareetaty.app.ui.drill;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import org.khareetaty.app.ui.map.HexCell;
import org.khareetaty.core.hexgrid.DrillScope;

/**
 * Plays the scope's period day by day: each frame reads one day's cell counts in the background
 * and hands them to the map. The top of the colour scale is fixed for the whole playback (the
 * busiest cell-day of the period), so colours compare across days.
 */
public final class Playback {
    /** Milliseconds per day shown. */
    public static final double FRAME_MS = 350;

    private final DrillViewModel model;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final Timeline timeline;
    private BiConsumer<LocalDate, List<HexCell>> onFrame = (d, c) -> {};
    private Runnable onStop = () -> {};
    private long scaleMax;
    private boolean fetching;

    public Playback(DrillViewModel model) {
        this.model = model;
        timeline = new Timeline(new KeyFrame(Duration.millis(FRAME_MS), e -> step()));
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    /** Receives each frame: the day and its cells. */
    public void setOnFrame(BiConsumer<LocalDate, List<HexCell>> onFrame) {
        this.onFrame = onFrame;
    }

    /** Runs when playback stops (the map goes back to the whole period). */
    public void setOnStop(Runnable onStop) {
        this.onStop = onStop;
    }

    /** The top of the fixed colour scale of this playback. */
    public long scaleMax() {
        return scaleMax;
    }

    /** Starts playing from {@code from} (or the scope's first day) to the scope's last day. */
    public void play(LocalDate start) {
        DrillScope scope = model.scope();
        if (scope == null || playing.get()) {
            return;
        }
        playing.set(true);
        model.tasks()
                .submit(
                        "fixing the playback colour scale",
                        () -> DrillViewModel.maxDaily(model.session().cube(), scope),
                        max -> {
                            scaleMax = Math.max(1, max);
                            day.set(
                                    start == null || start.isBefore(scope.from()) || start.isAfter(scope.to())
                                            ? scope.from()
                                            : start);
                            show(day.get());
                            timeline.playFromStart();
                        });
    }

    /** Shows one day (the slider moved by hand), with the fixed scale of the period. */
    public void showDay(LocalDate d) {
        DrillScope scope = model.scope();
        if (scope == null) {
            return;
        }
        if (scaleMax == 0) {
            model.tasks()
                    .submit(
                            "fixing the colour scale",
                            () -> DrillViewModel.maxDaily(model.session().cube(), scope),
                            max -> {
                                scaleMax = Math.max(1, max);
                                show(d);
                            });
        } else {
            show(d);
        }
    }

    /** Forgets the fixed scale (the scope changed). */
    public void reset() {
        scaleMax = 0;
    }

    private void step() {
        DrillScope scope = model.scope();
        if (fetching || scope == null) {
            return;
        }
        LocalDate next = day.get().plusDays(1);
        if (next.isAfter(scope.to())) {
            stop();
            return;
        }
        day.set(next);
        show(next);
    }

    private void show(LocalDate d) {
        DrillScope full = model.scope();
        if (full == null) {
            return;
        }
        DrillScope oneDay = new DrillScope(full.res(), full.parent(), d, d, full.categories(), false);
        fetching = true;
        model.tasks()
                .submit(
                        "playback " + d,
                        () -> DrillViewModel.cells(model.session().cube(), oneDay),
                        cells -> {
                            fetching = false;
                            onFrame.accept(d, cells);
                        });
    }

    /** Stops playing and goes back to the whole period. */
    public void stop() {
        timeline.stop();
        if (playing.get()) {
            playing.set(false);
            onStop.run();
        }
    }

    /** Pauses on the current day. */
    public void pause() {
        timeline.stop();
        playing.set(false);
    }

    public ObjectProperty<LocalDate> day() {
        return day;
    }

    public ReadOnlyBooleanProperty playing() {
        return playing.getReadOnlyProperty();
    }
}
