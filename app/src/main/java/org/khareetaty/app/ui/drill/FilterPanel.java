package org.khareetaty.app.ui.drill;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.khareetaty.app.ui.map.ColourMode;
import org.khareetaty.core.taxonomy.Taxonomy;

/**
 * The filters: date range, a time slider that shows one day and plays the period day by day,
 * offense categories, the colour mode and the resolution of the whole-area view. Changing a filter
 * reruns the drill-down.
 */
public final class FilterPanel extends VBox {
    private final DrillViewModel model;
    private final Playback playback;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Slider slider = new Slider(0, 1, 0);
    private final Label dayLabel = new Label("whole period");
    private final Button play = new Button("▶ Play");
    private final Button whole = new Button("Whole period");
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
        dates.addRow(0, new Label("From"), from);
        dates.addRow(1, new Label("To"), to);
        from.valueProperty().bindBidirectional(model.from());
        to.valueProperty().bindBidirectional(model.to());
        from.valueProperty().addListener((o, a, b) -> changed());
        to.valueProperty().addListener((o, a, b) -> changed());

        slider.setId("time-slider");
        slider.setMajorTickUnit(1);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        slider.setTooltip(new Tooltip("Drag to show one day; Play steps through the period with a fixed colour scale"));
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now) {
                playback.showDay(sliderDay());
            }
        });
        slider.setOnMouseReleased(e -> playback.showDay(sliderDay()));
        slider.setOnKeyReleased(e -> playback.showDay(sliderDay()));
        slider.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                dayLabel.setText(sliderDay() + " ("
                        + sliderDay().getDayOfWeek().toString().substring(0, 3).toLowerCase() + ")");
            }
        });
        playback.day().addListener((o, a, d) -> {
            if (d != null && model.from().get() != null) {
                syncing = true;
                slider.setValue(ChronoUnit.DAYS.between(model.from().get(), d));
                syncing = false;
                dayLabel.setText(
                        d + " (" + d.getDayOfWeek().toString().substring(0, 3).toLowerCase() + ")");
            }
        });
        play.setId("play");
        play.setOnAction(e -> {
            if (playback.playing().get()) {
                playback.pause();
            } else {
                playback.play(sliderDay());
            }
        });
        playback.playing().addListener((o, a, now) -> play.setText(now ? "⏸ Pause" : "▶ Play"));
        whole.setOnAction(e -> {
            playback.stop();
            dayLabel.setText("whole period");
            model.refresh();
        });
        HBox buttons = new HBox(6, play, whole);
        VBox time = new VBox(4, slider, dayLabel, buttons);

        FlowPane cats = new FlowPane(8, 4);
        cats.setPrefWrapLength(220);
        for (String c : Taxonomy.CATEGORIES) {
            CheckBox b = new CheckBox(c.replace('_', ' '));
            b.setId("category-" + c);
            b.setSelected(true);
            b.selectedProperty().addListener((o, a, now) -> categoriesChanged());
            boxes.put(c, b);
            cats.getChildren().add(b);
        }

        mode.getItems().setAll(ColourMode.values());
        mode.setId("colour-mode");
        mode.valueProperty().bindBidirectional(model.colourMode());
        mode.setTooltip(new Tooltip("Arrest rate uses an inverted palette: the lowest rates are the darkest"));
        model.hasArrestData().addListener((o, a, has) -> mode.setDisable(!has));
        mode.setDisable(!model.hasArrestData().get());
        res.getItems().setAll(6, 7, 8, 9, 10);
        res.setId("whole-area-res");
        res.setValue(model.wholeAreaRes().get());
        res.setTooltip(new Tooltip("Resolution of the hexagons over the whole area: r6 city ... r10 micro-block"));
        res.valueProperty().addListener((o, a, r) -> {
            model.wholeAreaRes().set(r);
            if (model.parent().get() == null) {
                changed();
            }
        });
        GridPane look = new GridPane();
        look.setHgap(6);
        look.setVgap(4);
        look.addRow(0, new Label("Colour by"), mode);
        look.addRow(1, new Label("Whole area at"), res);

        getChildren()
                .addAll(
                        title("Dates"),
                        dates,
                        title("Time slider"),
                        time,
                        title("Offense categories"),
                        cats,
                        title("Hexagons"),
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

    private LocalDate sliderDay() {
        LocalDate a = model.from().get();
        return a == null ? null : a.plusDays(Math.round(slider.getValue()));
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
        LocalDate a = model.from().get();
        LocalDate b = model.to().get();
        if (a != null && b != null && !b.isBefore(a)) {
            slider.setMax(Math.max(1, ChronoUnit.DAYS.between(a, b)));
            slider.setValue(0);
        }
        dayLabel.setText("whole period");
    }

    private void changed() {
        if (model.from().get() == null || model.to().get() == null) {
            return;
        }
        playback.stop();
        playback.reset();
        resetSlider();
        model.refresh();
    }

    private void categoriesChanged() {
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
