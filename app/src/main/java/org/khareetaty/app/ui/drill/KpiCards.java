package org.khareetaty.app.ui.drill;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.hexgrid.CellLabels;
import org.khareetaty.core.hexgrid.CellStats;
import org.khareetaty.core.hexgrid.Drill;
import org.khareetaty.core.hexgrid.Kpis;

/** The key figures of the scope as cards: incidents and change, arrest rate, busiest cell, focus share. */
public final class KpiCards extends GridPane {
    private final Label total = value("kpi-total");
    private final Label change = sub("kpi-change");
    private final Label arrestRate = value("kpi-arrest-rate");
    private final Label arrests = sub("kpi-arrests");
    private final Label busiest = value("kpi-busiest");
    private final Label busiestWhere = sub("kpi-busiest-where");
    private final Label focus = value("kpi-focus");
    private final Label focusChange = sub("kpi-focus-change");

    public KpiCards() {
        getStyleClass().add("kpi-cards");
        setHgap(6);
        setVgap(6);
        add(card(Messages.text("kpi.incidents"), total, change), 0, 0);
        add(card(Messages.text("kpi.arrestRate"), arrestRate, arrests), 1, 0);
        add(card(Messages.text("kpi.busiest"), busiest, busiestWhere), 0, 1);
        add(card(Messages.text("kpi.focus"), focus, focusChange), 1, 1);
    }

    private static Label value(String id) {
        Label l = new Label("–");
        l.setId(id);
        l.getStyleClass().add("kpi-value");
        return l;
    }

    private static Label sub(String id) {
        Label l = new Label("");
        l.setId(id);
        l.getStyleClass().add("kpi-sub");
        LineBreaks.wrap(l);
        return l;
    }

    private static VBox card(String title, Label value, Label sub) {
        Label t = new Label(title);
        t.getStyleClass().add("kpi-title");
        VBox box = new VBox(2, t, value, sub);
        box.getStyleClass().add("kpi-card");
        box.setPadding(new Insets(6, 8, 6, 8));
        box.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(box, Priority.ALWAYS);
        GridPane.setFillWidth(box, true);
        return box;
    }

    /** Shows the KPIs of {@code d}. */
    public void show(Drill d) {
        Kpis k = d.kpis();
        total.setText(String.format(Locale.ROOT, "%,d", k.total()));
        change.setText(
                k.change() == null
                        ? (k.previousTotal() == 0 ? Messages.text("kpi.change.none") : "")
                        : Messages.text(
                                "kpi.change",
                                String.format(Locale.ROOT, "%+.0f%%", 100 * k.change()),
                                k.previousTotal()));
        if (k.arrestRate() == null) {
            arrestRate.setText(Messages.text("kpi.arrests.notRecorded"));
            arrests.setText(Messages.text("kpi.arrests.noSource"));
        } else {
            arrestRate.setText(String.format(Locale.ROOT, "%.1f%%", 100 * k.arrestRate()));
            arrests.setText(Messages.text("kpi.arrests", k.arrests()));
        }
        if (k.busiestCount() == 0) {
            busiest.setText("–");
            busiestWhere.setText("");
        } else {
            busiest.setText(String.format(Locale.ROOT, "%,d", k.busiestCount()));
            String label = d.cells().stream()
                    .filter(c -> c.cell() == k.busiestCell())
                    .map(CellStats::label)
                    .findFirst()
                    .orElse(CellLabels.centreOf(k.busiestCell(), Messages.locale()));
            busiestWhere.setText(label);
        }
        focus.setText(String.format(Locale.ROOT, "%.0f%%", 100 * k.focusShare()));
        focusChange.setText(
                d.scope().categories().isEmpty()
                        ? Messages.text("kpi.focus.none")
                        : String.join(
                                        ", ",
                                        d.scope().categories().stream()
                                                .map(c ->
                                                        org.khareetaty.app.ui.PlainWords.category(c, Messages.locale()))
                                                .toList())
                                + (k.focusShareChange() == null
                                        ? ""
                                        : Messages.text(
                                                "kpi.focus.change",
                                                String.format(Locale.ROOT, "%+.1f", 100 * k.focusShareChange()))));
    }

    /** The incidents figure shown. */
    public String totalText() {
        return total.getText();
    }
}
