package org.khareetaty.app.ui.alerts;

import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Live feed > Settings…: the feed URL, its token (masked) and the P0 sound. */
final class FeedSettingsDialog {
    static final ButtonType CONNECT = new ButtonType("Save and connect", ButtonBar.ButtonData.OK_DONE);

    private FeedSettingsDialog() {}

    /** Shows the dialog (without blocking); {@code chosen} gets the settings when the analyst saves them. */
    static Dialog<FeedSettings> open(Window owner, FeedSettings now, Consumer<FeedSettings> chosen) {
        Dialog<FeedSettings> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Live feed");
        d.setHeaderText("The live event feed to subscribe to");
        TextField url = new TextField(now.url());
        url.setId("feed-url");
        url.setPromptText("ws://host:port/events or wss://…");
        PasswordField token = new PasswordField();
        token.setId("feed-token");
        token.setText(now.token());
        token.setPromptText("bearer token, if the feed needs one");
        CheckBox muted = new CheckBox("Mute the P0 sound (the banner and the desktop notification still show)");
        muted.setId("feed-muted");
        muted.setSelected(now.muted());
        Label where = new Label("The URL is kept in your preferences; the token in " + FeedSettings.tokenFile()
                + ", readable by you only.");
        where.getStyleClass().add("hint");
        where.setWrapText(true);
        VBox box = new VBox(8, new Label("Feed URL:"), url, new Label("Token:"), token, muted, where);
        box.setPrefWidth(480);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().setAll(CONNECT, ButtonType.CANCEL);
        d.getDialogPane()
                .lookupButton(CONNECT)
                .disableProperty()
                .bind(url.textProperty().isEmpty());
        d.getDialogPane().lookupButton(CONNECT).setId("feed-connect");
        d.setResultConverter(
                b -> b == CONNECT ? new FeedSettings(url.getText(), token.getText(), muted.isSelected()) : null);
        d.setOnHidden(e -> {
            if (d.getResult() != null) {
                chosen.accept(d.getResult());
            }
        });
        d.show();
        return d;
    }
}
