package org.khareetaty.app.ui.drill;

import java.time.LocalDate;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.khareetaty.core.hexgrid.DrillScope;

/**
 * Plays the period frame by frame (a day, a week or a month: {@link DrillViewModel#step()}) at a
 * chosen speed. It only moves the model's frame ({@link DrillViewModel#showFrame}); the map,
 * legend, banner, KPIs and charts follow the model. The next frame is asked for only once the
 * last one is shown, so a slow frame is never skipped nor shown after a later one.
 */
public final class Playback {
    /** The speeds offered, in frames per second. */
    public static final double[] SPEEDS = {0.5, 1, 2, 3, 5, 8};

    private final DrillViewModel model;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 3);
    private final Timeline timeline;

    public Playback(DrillViewModel model) {
        this.model = model;
        timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> step()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.setRate(speed.get());
        speed.addListener((o, a, now) -> timeline.setRate(Math.max(0.1, now.doubleValue())));
    }

    /** Frames per second. */
    public DoubleProperty speed() {
        return speed;
    }

    /**
     * Starts playing: from the frame shown (the first frame of the period when none is, or when
     * the last one is), to the last frame of the period, where it pauses.
     */
    public void play() {
        DrillScope period = model.periodScope();
        if (period == null || playing.get()) {
            return;
        }
        LocalDate f = model.frame().get();
        if (f == null || !model.step().get().next(f).isBefore(period.to().plusDays(1))) {
            model.showFrame(period.from());
        }
        playing.set(true);
        timeline.play();
    }

    private void step() {
        DrillScope period = model.periodScope();
        if (period == null || model.loading().get()) {
            return;
        }
        LocalDate f = model.frame().get();
        LocalDate next = f == null ? period.from() : model.step().get().next(f);
        if (next.isAfter(period.to())) {
            pause();
            return;
        }
        model.showFrame(next);
    }

    /** Pauses on the frame shown: map, legend, banner, KPIs and charts keep showing it. */
    public void pause() {
        timeline.stop();
        playing.set(false);
    }

    /** Stops playing and shows the whole period. */
    public void stop() {
        pause();
        if (model.frame().get() != null) {
            model.showWholePeriod();
        }
    }

    public ReadOnlyBooleanProperty playing() {
        return playing.getReadOnlyProperty();
    }
}
