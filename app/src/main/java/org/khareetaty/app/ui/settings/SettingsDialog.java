package org.khareetaty.app.ui.settings;

import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.khareetaty.app.ui.i18n.DialogButtons;
import org.khareetaty.app.ui.i18n.Messages;

/**
 * File > Settings: language, units, the resolution a store opens at, and the basemap and live feed
 * settings (their own dialogs, opened from here).
 */
public final class SettingsDialog {
    private SettingsDialog() {}

    /**
     * Asks for the settings, starting from {@code now}; empty when cancelled.
     *
     * @param basemap opens the basemap dialog
     * @param feed    opens the live feed's settings
     */
    public static Optional<WorkstationSettings> ask(
            Window owner, WorkstationSettings now, Runnable basemap, Runnable feed) {
        Dialog<WorkstationSettings> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.text("settings.title"));
        d.setHeaderText(Messages.text("settings.title"));
        d.getDialogPane().setId("settings");
        ChoiceBox<String> language = choice("settings-language", now.language(), "en", "ar");
        // each language in its own words, so an analyst finds theirs whichever is shown
        language.setConverter(names("en", "English", "ar", "العربية (Arabic)"));
        ChoiceBox<String> units =
                choice("settings-units", now.imperial() ? "imperial" : "metric", "metric", "imperial");
        units.setConverter(names(
                "metric",
                Messages.text("settings.units.metric"),
                "imperial",
                Messages.text("settings.units.imperial")));
        ChoiceBox<Integer> res = new ChoiceBox<>();
        res.setId("settings-res");
        for (int r = 6; r <= 10; r++) {
            res.getItems().add(r);
        }
        res.setValue(now.wholeAreaRes());
        res.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer r) {
                return r == null
                        ? ""
                        : "r" + r
                                + (r == 6
                                        ? Messages.text("settings.res.city")
                                        : r == 8 ? Messages.text("settings.res.neighbourhood") : "");
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.replaceAll("\\D", ""));
            }
        });
        Button basemapButton = new Button(Messages.text("map.basemap.button"));
        basemapButton.setOnAction(e -> basemap.run());
        Button feedButton = new Button(Messages.text("settings.feed.button"));
        feedButton.setOnAction(e -> feed.run());
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(10);
        g.addRow(
                0,
                new Label(Messages.text("settings.language")),
                language,
                hint(Messages.text("settings.language.hint")));
        g.addRow(1, new Label(Messages.text("settings.units")), units, hint(Messages.text("settings.units.hint")));
        g.addRow(2, new Label(Messages.text("filters.res")), res, hint(Messages.text("settings.res.hint")));
        g.addRow(
                3,
                new Label(Messages.text("layer.basemap")),
                basemapButton,
                hint(Messages.text("settings.basemap.hint")));
        g.addRow(4, new Label(Messages.text("menu.feed")), feedButton, hint(Messages.text("settings.feed.hint")));
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        DialogButtons.translate(d.getDialogPane());
        d.setResultConverter(b -> b != ButtonType.OK
                ? null
                : new WorkstationSettings(language.getValue(), "imperial".equals(units.getValue()), res.getValue()));
        return d.showAndWait();
    }

    private static ChoiceBox<String> choice(String id, String value, String... values) {
        ChoiceBox<String> c = new ChoiceBox<>();
        c.setId(id);
        c.getItems().setAll(values);
        c.setValue(value);
        return c;
    }

    private static StringConverter<String> names(String a, String aName, String b, String bName) {
        return new StringConverter<>() {
            @Override
            public String toString(String v) {
                return a.equals(v) ? aName : b.equals(v) ? bName : "";
            }

            @Override
            public String fromString(String s) {
                return aName.equals(s) ? a : b;
            }
        };
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        return l;
    }
}
