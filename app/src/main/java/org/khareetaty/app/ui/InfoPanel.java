package org.khareetaty.app.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.khareetaty.app.ui.i18n.LineBreaks;
import org.khareetaty.app.ui.i18n.Messages;

/** The panel over the map's top-left corner that shows what identify or a selection found, until closed (× or Esc). */
final class InfoPanel extends VBox {
    InfoPanel() {
        super(4);
        setId("info-panel");
        getStyleClass().add("info-panel");
        setVisible(false);
        setMaxSize(320, Region.USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.TOP_LEFT);
        StackPane.setMargin(this, new Insets(10));
    }

    /** Shows {@code lines} under {@code title}. */
    void show(String title, List<String> lines) {
        show(title, lines, null);
    }

    /**
     * Shows {@code lines} under {@code title}, with a Copy H3 id button when {@code h3} is not null:
     * the lines name a cell, its id goes only to the clipboard, for whoever asks for it.
     */
    void show(String title, List<String> lines, String h3) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        Button close = new Button("×");
        close.getStyleClass().add("small-button");
        close.setOnAction(e -> setVisible(false));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(4, t, gap);
        top.setAlignment(Pos.CENTER_LEFT);
        if (h3 != null) {
            Button copy = new Button(Messages.text("info.copyH3"));
            copy.setId("identify-copy-h3");
            copy.getStyleClass().add("small-button");
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(h3);
                Clipboard.getSystemClipboard().setContent(content);
            });
            top.getChildren().add(copy);
        }
        top.getChildren().add(close);
        getChildren().setAll(top);
        for (String s : lines) {
            Label l = new Label(s);
            LineBreaks.wrap(l);
            getChildren().add(l);
        }
        setVisible(true);
    }

    /** The text lines shown (after the title). */
    List<String> lines() {
        return getChildren().stream().skip(1).map(n -> ((Label) n).getText()).toList();
    }
}
