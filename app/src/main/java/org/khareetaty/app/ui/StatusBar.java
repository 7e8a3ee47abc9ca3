package org.khareetaty.app.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.khareetaty.app.ui.alerts.FeedIndicator;
import org.khareetaty.app.ui.alerts.LiveAlerts;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.app.ui.map.MapTool;

/**
 * The window's status line: what the map shows or the tool does on the left; the last error, the
 * live feed's state and a busy indicator while background jobs run on the right.
 */
final class StatusBar extends HBox {
    private final Label status = new Label();
    private final Label error = new Label();

    StatusBar(StoreTasks tasks, LiveAlerts live) {
        super(8);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.setVisible(false);
        busy.setId("busy");
        error.getStyleClass().add("error");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(status, gap, error, new FeedIndicator(live), busy);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
        setPadding(new Insets(3, 8, 3, 8));
        tasks.running().addListener((obs, a, n) -> busy.setVisible(n.intValue() > 0));
        tasks.lastError().addListener((obs, a, e) -> error.setText(e));
    }

    /** Shows {@code text} on the left. */
    void setStatus(String text) {
        status.setText(text);
    }

    /** Shows an error on the right. */
    void setError(String text) {
        error.setText(text);
    }

    /** Says what the map tool now in use does. */
    void showHint(MapTool tool) {
        setStatus(
                switch (tool) {
                    case DRILL -> Messages.text("status.hint.drill");
                    case IDENTIFY -> Messages.text("status.hint.identify");
                    case SELECT -> Messages.text("status.hint.select");
                });
    }
}
