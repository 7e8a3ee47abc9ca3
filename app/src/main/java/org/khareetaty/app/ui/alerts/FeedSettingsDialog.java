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
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;

/** Live feed > Settings…: the feed URL, its token (masked) and the P0 sound. */
final class FeedSettingsDialog {
    static final ButtonType CONNECT = new ButtonType(Messages.text("feed.connect"), ButtonBar.ButtonData.OK_DONE);

    private FeedSettingsDialog() {}

    /** Shows the dialog (without blocking); {@code chosen} gets the settings when the analyst saves them. */
    static Dialog<FeedSettings> open(Window owner, FeedSettings now, Consumer<FeedSettings> chosen) {
        Dialog<FeedSettings> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.text("menu.feed"));
        d.setHeaderText(Messages.text("feed.header"));
        TextField url = new TextField(now.url());
        url.setId("feed-url");
        url.setPromptText(Messages.text("feed.url.prompt"));
        PasswordField token = new PasswordField();
        token.setId("feed-token");
        token.setText(now.token());
        token.setPromptText(Messages.text("feed.token.prompt"));
        CheckBox muted = new CheckBox(Messages.text("feed.mute"));
        muted.setId("feed-muted");
        muted.setSelected(now.muted());
        Label where = new Label(Messages.text("feed.where", FeedSettings.tokenFile()));
        where.getStyleClass().add("hint");
        LineBreaks.wrap(where);
        VBox box = new VBox(
                8,
                new Label(Messages.text("feed.url")),
                url,
                new Label(Messages.text("feed.token")),
                token,
                muted,
                where);
        box.setPrefWidth(480);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().setAll(CONNECT, ButtonType.CANCEL);
        org.khareetaty.app.ui.i18n.DialogButtons.translate(d.getDialogPane());
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
