package org.khareetaty.app.ui.forecast;

import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.i18n.RightToLeft;
import org.khareetaty.core.forecast.NextDayHours;

/**
 * The next 24 hours of the zone selected: the first forecast day's expected count spread over its hours
 * with the zone's hour-of-week profile ({@link NextDayHours}), as bars, and a line saying that it is a
 * spread of the daily forecast, not an hourly model.
 */
final class NextHoursChart {
    private final XYChart.Series<String, Number> bars = new XYChart.Series<>();
    private final BarChart<String, Number> chart;
    private final Label title = new Label();
    private final Label words = new Label();
    private final VBox node;
    private double[] shown = new double[0];

    NextHoursChart() {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(Messages.text("forecast.hours.axis"));
        chart = new BarChart<>(x, y);
        chart.getData().add(bars);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setBarGap(0);
        chart.setCategoryGap(1);
        chart.setPrefHeight(150);
        chart.setMinHeight(130);
        chart.setId("forecast-hours");
        RightToLeft.keepGeographic(chart); // the hours run left to right in Arabic too
        words.setId("forecast-hours-words");
        LineBreaks.wrap(words);
        words.getStyleClass().add("hint");
        title.setId("forecast-hours-title");
        title.setStyle("-fx-font-weight: bold;");
        node = new VBox(2, title, chart, words);
        node.managedProperty().bind(node.visibleProperty());
    }

    VBox node() {
        return node;
    }

    /** Shows {@code h} for the zone named {@code name}; clears and hides the bars when null (an empty chart says nothing). */
    void show(String name, NextDayHours h) {
        node.setVisible(h != null);
        if (h == null) {
            bars.getData().clear();
            shown = new double[0];
            words.setText("");
            title.setText("");
            return;
        }
        var data = new java.util.ArrayList<XYChart.Data<String, Number>>();
        double total = 0;
        for (int hour = 0; hour < 24; hour++) {
            data.add(new XYChart.Data<>(String.format(Locale.ROOT, "%02d", hour), h.expected()[hour]));
            total += h.expected()[hour];
        }
        bars.getData().setAll(data);
        shown = h.expected();
        title.setText(Messages.text("forecast.hours.title", name, Messages.ltr(h.day())));
        words.setText(Messages.text("forecast.hours.words", String.format(Locale.ROOT, "%.1f", total)));
    }

    /** The expected incidents per hour drawn (tests). */
    double[] numbers() {
        return bars.getData().stream()
                .mapToDouble(d -> d.getYValue().doubleValue())
                .toArray();
    }
}
