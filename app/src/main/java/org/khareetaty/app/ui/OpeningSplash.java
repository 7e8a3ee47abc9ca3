package org.khareetaty.app.ui;

import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.khareetaty.app.ui.i18n.Messages;

/** What the window shows while the store opens: the title, what the opening does now, and its progress. */
final class OpeningSplash extends VBox {
    private final Label message = new Label();
    private final ProgressBar bar = new ProgressBar();

    OpeningSplash(Task<?> opening) {
        super(14);
        Label title = new Label(Messages.text("window.title.app"));
        title.getStyleClass().add("splash-title");
        message.setId("opening-message");
        message.textProperty().bind(opening.messageProperty());
        bar.setId("opening-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(opening.progressProperty());
        getChildren().addAll(title, message, bar);
        setAlignment(Pos.CENTER);
        getStyleClass().add("splash");
    }

    /** Shows why the store could not be opened, in place of the progress. */
    void failed(String why) {
        message.textProperty().unbind();
        message.setText(why);
        message.getStyleClass().add("error");
        bar.progressProperty().unbind();
        bar.setProgress(0);
    }
}
