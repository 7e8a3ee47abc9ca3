package org.khareetaty.app.ui.drill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.khareetaty.app.ui.Icons;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.map.ColourMode;
import org.khareetaty.core.hexgrid.DrillScope;
import org.khareetaty.core.taxonomy.Taxonomy;

/**
 * The filters: date range, a time slider that shows one day, week or month and plays the period
 * frame by frame at a chosen speed,
 * offense categories, the colour mode and the resolution of the whole-area view. Changing a filter
 * reruns the drill-down.
 */
public final class FilterPanel extends VBox {
    private final DrillViewModel model;
    private final Playback playback;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Slider slider = new Slider(0, 1, 0);
    private final Label dayLabel = new Label(Messages.text("filters.wholePeriod.label"));
    private final Button play = new Button();
    private final ComboBox<PlaybackStep> step = new ComboBox<>();
    private final ComboBox<Double> speed = new ComboBox<>();
    private List<LocalDate> frames = List.of();
    private boolean boxSync;
    private final Button whole = new Button();
    private final Map<String, CheckBox> boxes = new LinkedHashMap<>();
    private final ComboBox<ColourMode> mode = new ComboBox<>();
    private final ComboBox<Integer> res = new ComboBox<>();
    private boolean syncing;

    public FilterPanel(DrillViewModel model, Playback playback) {
        this.model = model;
        this.playback = playback;
        getStyleClass().add("filter-panel");
        setSpacing(8);
        setPadding(new Insets(8));
        from.setId("filter-from");
        to.setId("filter-to");
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        GridPane dates = new GridPane();
        dates.setHgap(6);
        dates.setVgap(4);
        dates.addRow(0, new Label(Messages.text("filters.from")), from);
        dates.addRow(1, new Label(Messages.text("filters.to")), to);
        from.valueProperty().bindBidirectional(model.from());
        to.valueProperty().bindBidirectional(model.to());
        from.valueProperty().addListener((o, a, b) -> changed());
        to.valueProperty().addListener((o, a, b) -> changed());

        slider.setId("time-slider");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        slider.setTooltip(new Tooltip(Messages.text("filters.slider.tip")));
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                sliderMoved();
            }
        });
        slider.setOnMouseReleased(e -> sliderMoved());
        slider.setOnKeyReleased(e -> sliderMoved());
        model.frame().addListener((o, a, f) -> frameChanged());
        dayLabel.setId("frame-label");
        step.setId("playback-step");
        step.getItems().setAll(PlaybackStep.values());
        step.valueProperty().bindBidirectional(model.step());
        step.setTooltip(new Tooltip(Messages.text("filters.step.tip")));
        step.valueProperty().addListener((o, a, by) -> stepChanged());
        speed.setId("playback-speed");
        for (double fps : Playback.SPEEDS) {
            speed.getItems().add(fps);
        }
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double fps) {
                return fps == null
                        ? ""
                        : Messages.text(
                                "filters.speed.value", fps < 1 ? String.valueOf(fps) : String.valueOf(fps.intValue()));
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replaceAll("[^0-9.]", ""));
            }
        });
        speed.setValue(playback.speed().get());
        speed.setTooltip(new Tooltip(Messages.text("filters.speed.tip")));
        speed.valueProperty().addListener((o, a, fps) -> playback.speed().set(fps));
        play.setId("play");
        Icons.set(play, Icons.PLAY, Messages.text("filters.play"));
        play.setOnAction(e -> {
            if (playback.playing().get()) {
                playback.pause();
            } else {
                playback.play();
            }
        });
        playback.playing().addListener((o, a, now) -> {
            if (now) {
                Icons.set(play, Icons.PAUSE, Messages.text("filters.pause"));
            } else {
                Icons.set(play, Icons.PLAY, Messages.text("filters.play"));
            }
        });
        whole.setId("whole-period");
        Icons.set(whole, Icons.WHOLE_PERIOD, Messages.text("filters.wholePeriod"));
        whole.setOnAction(e -> playback.stop());
        HBox buttons = new HBox(6, play, whole);
        HBox pace = new HBox(6, step, speed);
        VBox time = new VBox(4, slider, dayLabel, pace, buttons);

        FlowPane cats = new FlowPane(8, 4);
        cats.setPrefWrapLength(220);
        for (String c : Taxonomy.CATEGORIES) {
            CheckBox b = new CheckBox(org.khareetaty.app.ui.PlainWords.category(c, Messages.locale()));
            b.setId("category-" + c);
            b.setSelected(true);
            b.selectedProperty().addListener((o, a, now) -> categoriesChanged());
            boxes.put(c, b);
            cats.getChildren().add(b);
        }

        mode.getItems().setAll(ColourMode.values());
        mode.setId("colour-mode");
        mode.valueProperty().bindBidirectional(model.colourMode());
        mode.setTooltip(new Tooltip(Messages.text("filters.colour.tip")));
        model.hasArrestData().addListener((o, a, has) -> mode.setDisable(!has));
        mode.setDisable(!model.hasArrestData().get());
        res.getItems().setAll(6, 7, 8, 9, 10);
        res.setId("whole-area-res");
        res.setValue(model.wholeAreaRes().get());
        res.setTooltip(new Tooltip(Messages.text("filters.res.tip")));
        model.wholeAreaRes().addListener((o, a, r) -> res.setValue(r.intValue()));
        model.categories().addListener((javafx.collections.ListChangeListener<String>) c -> {
            // back and forward through the history set the categories: the boxes follow
            boxSync = true;
            boxes.forEach((cat, b) -> b.setSelected(
                    model.categories().isEmpty() || model.categories().contains(cat)));
            boxSync = false;
        });
        res.valueProperty().addListener((o, a, r) -> {
            model.wholeAreaRes().set(r);
            if (model.parent().get() == null) {
                changed();
            }
        });
        GridPane look = new GridPane();
        look.setHgap(6);
        look.setVgap(4);
        look.addRow(0, new Label(Messages.text("filters.colour")), mode);
        look.addRow(1, new Label(Messages.text("filters.res")), res);

        getChildren()
                .addAll(
                        title(Messages.text("filters.dates")),
                        dates,
                        title(Messages.text("filters.slider")),
                        time,
                        title(Messages.text("filters.categories")),
                        cats,
                        title(Messages.text("filters.hexagons")),
                        look);
        model.firstDay().addListener((o, a, b) -> rangeChanged());
        model.lastDay().addListener((o, a, b) -> rangeChanged());
        VBox.setVgrow(cats, Priority.NEVER);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** The frame the slider points at: the first day of a day, week or month of the period. */
    private void sliderMoved() {
        int i = (int) Math.round(slider.getValue());
        if (!syncing
                && i >= 0
                && i < frames.size()
                && !frames.get(i).equals(model.frame().get())) {
            playback.pause();
            model.showFrame(frames.get(i));
        }
    }

    /** The slider and the label follow the model's frame, whoever moved it. */
    private void frameChanged() {
        LocalDate f = model.frame().get();
        DrillScope scope = model.scope();
        syncing = true;
        int i = f == null ? -1 : frames.indexOf(f);
        slider.setValue(Math.max(0, i));
        syncing = false;
        dayLabel.setText(f == null || scope == null ? Messages.text("filters.wholePeriod.label") : framedDays(scope));
    }

    private static String framedDays(DrillScope scope) {
        return new DrillViewModel.Frame(scope.from(), scope.to(), PlaybackStep.DAY, 0).days();
    }

    /** Another step: the frames are recut, and the frame shown becomes the one that holds its first day. */
    private void stepChanged() {
        recut();
        LocalDate f = model.frame().get();
        DrillScope period = model.periodScope();
        if (f != null && period != null) {
            LocalDate start = model.step().get().start(f);
            model.showFrame(start.isBefore(period.from()) ? period.from() : start);
        }
    }

    /** The frames of the period, one slider tick each. */
    private void recut() {
        DrillScope period = model.periodScope();
        frames = period == null ? List.of() : model.step().get().frames(period.from(), period.to());
        slider.setMax(Math.max(1, frames.size() - 1));
        frameChanged();
    }

    private void rangeChanged() {
        LocalDate a = model.firstDay().get();
        LocalDate b = model.lastDay().get();
        if (a != null && b != null) {
            from.setDayCellFactory(p -> bounded(a, b));
            to.setDayCellFactory(p -> bounded(a, b));
        }
        resetSlider();
    }

    private static javafx.scene.control.DateCell bounded(LocalDate a, LocalDate b) {
        return new javafx.scene.control.DateCell() {
            @Override
            public void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setDisable(empty || d.isBefore(a) || d.isAfter(b));
            }
        };
    }

    private void resetSlider() {
        recut();
    }

    /** A filter changed: the dates (the model then shows the whole new period) or the categories (the frame stays). */
    private void changed() {
        if (model.from().get() == null || model.to().get() == null) {
            return;
        }
        if (model.frame().get() == null) {
            playback.pause();
        }
        recut();
        model.refresh();
    }

    private void categoriesChanged() {
        if (boxSync) {
            return;
        }
        List<String> on = new ArrayList<>();
        boxes.forEach((c, b) -> {
            if (b.isSelected()) {
                on.add(c);
            }
        });
        model.categories().setAll(on.size() == boxes.size() ? List.of() : on);
        changed();
    }
}
