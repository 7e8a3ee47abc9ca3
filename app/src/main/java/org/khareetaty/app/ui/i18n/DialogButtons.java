package org.khareetaty.app.ui.i18n;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

/**
 * The standard buttons of a dialog (OK, Cancel, Close, Yes, No) in the window's words: JavaFX
 * names them from its own bundles, which have no Arabic. The button types stay the standard ones,
 * so a dialog's result is compared as before ({@code b == ButtonType.OK}).
 */
public final class DialogButtons {
    private static final Map<ButtonType, String> KEYS = Map.of(
            ButtonType.OK, "button.ok",
            ButtonType.CANCEL, "button.cancel",
            ButtonType.CLOSE, "button.close",
            ButtonType.YES, "button.yes",
            ButtonType.NO, "button.no",
            ButtonType.APPLY, "button.apply");

    private DialogButtons() {}

    /** Names the standard buttons of {@code pane} (set its button types first); returns it. */
    public static DialogPane translate(DialogPane pane) {
        for (ButtonType t : pane.getButtonTypes()) {
            String key = KEYS.get(t);
            Node b = pane.lookupButton(t);
            if (key != null && b instanceof Button button) {
                button.setText(Messages.text(key));
            }
        }
        return pane;
    }
}
