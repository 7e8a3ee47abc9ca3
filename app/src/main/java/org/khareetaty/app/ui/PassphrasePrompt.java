package org.khareetaty.app.ui;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.store.StoreException;
import org.khareetaty.core.store.StorePassphrase;

/**
 * What the window shows in place of the opening splash when its store is encrypted and no
 * passphrase came with the environment: a password field whose passphrase opens the store, and the
 * reason the last one did not.
 */
final class PassphrasePrompt extends VBox {
    private final PasswordField field = new PasswordField();
    private final Label problem = new Label();

    PassphrasePrompt(String store, Consumer<StorePassphrase> open) {
        super(14);
        Label title = new Label(Messages.text("window.title.app"));
        title.getStyleClass().add("splash-title");
        Label what = new Label(Messages.text("passphrase.prompt", store));
        field.setId("passphrase");
        field.setMaxWidth(420);
        problem.setId("passphrase-problem");
        problem.getStyleClass().add("error");
        Button button = new Button(Messages.text("passphrase.open"));
        button.setId("passphrase-open");
        button.setDefaultButton(true);
        button.setOnAction(e -> {
            char[] typed = field.getText().toCharArray();
            field.clear();
            try {
                open.accept(StorePassphrase.of(typed));
            } catch (StoreException x) {
                failed(x.getMessage());
            } finally {
                Arrays.fill(typed, '\0');
            }
        });
        getChildren().addAll(title, what, field, button, problem);
        setAlignment(Pos.CENTER);
        getStyleClass().add("splash");
    }

    /** Shows why the passphrase did not open the store, and asks again. */
    void failed(String why) {
        problem.setText(why);
        field.requestFocus();
    }
}
