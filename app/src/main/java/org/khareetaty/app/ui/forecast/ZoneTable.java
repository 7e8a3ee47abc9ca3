package org.khareetaty.app.ui.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.settings.DisplayLanguage;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.StoredSeries;
import org.khareetaty.core.forecast.spike.Spike;

/**
 * The zones of a stored forecast, one row each and the whole area last: tomorrow's median count and its 80%
 * range, the next 7 days' expected total against the last 7 days' count (the expected change), and a spike
 * badge when the zone's last day or week was above expectation. A zone's validation score is in the words under
 * the chart when it is selected.
 */
final class ZoneTable extends TableView<ZoneTable.Row> {
    /**
     * One zone.
     *
     * @param name      the zone's name (the whole area: "Whole area")
     * @param next7     the model's expected incidents over the next 7 days (its means added)
     * @param last7     incidents in the last 7 days of data
     * @param spike     the zone's spike checks, or null
     */
    record Row(
            String zone,
            String name,
            StoredSeries series,
            double next7,
            int last7,
            ForecastViewModel.SpikeBadge spike) {
        /** The expected change of the next 7 days on the last 7, percent (NaN when the last 7 had none). */
        double change() {
            return last7 == 0 ? Double.NaN : 100 * (next7 - last7) / last7;
        }
    }

    ZoneTable() {
        setId("forecast-zones");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
        setPrefHeight(260);
        setPlaceholder(new Label(Messages.text("forecast.table.empty")));
        getColumns()
                .setAll(List.of(
                        column(
                                Messages.text("table.column.zone"),
                                r -> r.name() + (r.series().lowConfidence() ? Messages.text("forecast.table.low") : ""),
                                100),
                        column(Messages.text("forecast.table.tomorrow"), ZoneTable::tomorrow, 90),
                        column(
                                Messages.text("forecast.table.next7"),
                                r -> String.format(Locale.ROOT, "%.0f", r.next7()),
                                48),
                        column(Messages.text("forecast.table.last7"), r -> Integer.toString(r.last7()), 48),
                        column(Messages.text("forecast.table.change"), ZoneTable::change, 50),
                        spikeColumn()));
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private static String change(Row r) {
        double c = r.change();
        // rounded first, so a change under half a percent reads "+0%", not "-0%"
        return Double.isNaN(c) ? "-" : String.format(Locale.ROOT, "%+d%%", Math.round(c));
    }

    /** Tomorrow's median count and its 80% range: "40 (32-48)". */
    private static String tomorrow(Row r) {
        var f = r.series().forecast();
        return String.format(Locale.ROOT, "%.0f (%.0f–%.0f)", f.mean()[0], f.lo80()[0], f.hi80()[0]);
    }

    private static TableColumn<Row, ForecastViewModel.SpikeBadge> spikeColumn() {
        TableColumn<Row, ForecastViewModel.SpikeBadge> c = new TableColumn<>(Messages.text("forecast.table.spike"));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().spike()));
        c.setSortable(false);
        c.setPrefWidth(56);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ForecastViewModel.SpikeBadge b, boolean empty) {
                super.updateItem(b, empty);
                setText(null);
                setGraphic(null);
                if (empty || b == null) {
                    return;
                }
                Label badge = badge(b);
                if (badge != null) {
                    setGraphic(badge);
                }
            }
        });
        return c;
    }

    /** The badge of a zone's spike checks: "spike" (red) on an alarm, "above 95%" (amber), or none. */
    static Label badge(ForecastViewModel.SpikeBadge b) {
        Label l;
        if (b.alarm()) {
            l = new Label(Messages.text("forecast.table.spike"));
            l.getStyleClass().addAll("forecast-badge", "spike-badge");
        } else if (b.day().exceeds95()) {
            l = new Label(Messages.text("forecast.table.above95"));
            l.getStyleClass().addAll("forecast-badge", "above-badge");
        } else {
            return null;
        }
        l.setTooltip(new Tooltip(spikeWords(b)));
        return l;
    }

    /** The checks in words: "last day 9 incidents against 3.1 expected (z 3.4); last 7 days 30 against 22.0 (z 1.6)". */
    static String spikeWords(ForecastViewModel.SpikeBadge b) {
        return words(Messages.text("forecast.spike.day"), b.day()) + "; "
                + words(Messages.text("forecast.spike.week"), b.week());
    }

    private static String words(String what, Spike s) {
        return Messages.text(
                "forecast.spike.words",
                what,
                s.observed(),
                String.format(Locale.ROOT, "%.1f", s.expected()),
                String.format(Locale.ROOT, "%.1f", s.score()),
                s.alarm() ? Messages.text("forecast.spike.alarm") : "");
    }

    /** The rows of a loaded view, in the run's order (zones, whole area last). */
    static List<Row> rows(ForecastViewModel.ForecastView v) {
        List<Row> out = new ArrayList<>();
        for (StoredSeries s : v.run().series()) {
            DailySeries counts = series(v, s.zone());
            int last7 = 0;
            if (counts != null) {
                int end = counts.indexOf(v.run().asOf());
                for (int i = Math.max(0, end - 6); i <= end && i < counts.counts().length; i++) {
                    last7 += counts.counts()[i];
                }
            }
            double next7 = 0;
            for (int h = 0; h < Math.min(7, s.expected().length); h++) {
                next7 += s.expected()[h];
            }
            out.add(new Row(
                    s.zone(), name(v, s.zone()), s, next7, last7, v.spikes().get(s.zone())));
        }
        return out;
    }

    /** The daily counts of {@code zone} in the view ({@link DailySeries#WHOLE_AREA}: the whole area's), or null. */
    static DailySeries series(ForecastViewModel.ForecastView v, String zone) {
        if (v.counts() == null) {
            return null;
        }
        if (zone.equals(DailySeries.WHOLE_AREA)) {
            return v.counts().whole();
        }
        return v.counts().zones().stream()
                .filter(s -> s.name().equals(zone))
                .findFirst()
                .orElse(null);
    }

    /** A zone's name in the display language; the whole area "Whole area". */
    static String name(ForecastViewModel.ForecastView v, String zone) {
        return zone.equals(DailySeries.WHOLE_AREA)
                ? Messages.text("scope.wholeArea")
                : v.names().name(v.layer(), zone, DisplayLanguage.current());
    }

    /** Runs {@code action} with the row selected. */
    void setOnSelect(Consumer<Row> action) {
        getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                action.accept(r);
            }
        });
    }
}
