package org.khareetaty.app.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Wrapped Arabic lines that mix in a layer name and a date (the Forecast tab's stored-forecast line) are laid
 * out within their label, and the date reads left to right with no direction mark JavaFX could draw as a box.
 */
class LineBreaksTest {
    private static final double WIDTH = 300;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void aWrappedArabicLineWithALayerNameAndADateFitsItsLabel() {
        Messages.use(Locale.forLanguageTag("ar"));
        String line = storedForecastLine();
        // JavaFX's own wrapping lays this out 388 pixels wide in a 300-pixel label (clipped at both ends)
        AtomicReference<Label> label = new AtomicReference<>();
        robot.interact(() -> {
            Label l = new Label();
            LineBreaks.wrap(l);
            l.setText(line);
            VBox box = new VBox(l);
            box.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            Stage stage = new Stage();
            stage.setScene(new Scene(box, WIDTH, 200));
            stage.show();
            label.set(l);
        });
        robot.interact(() -> {
            Label l = label.get();
            Text text = (Text) l.lookup(".text");
            assertTrue(
                    text.getBoundsInParent().getWidth() <= l.getWidth(),
                    "laid out " + text.getBoundsInParent().getWidth() + " wide in a label " + l.getWidth() + " wide");
            assertTrue(text.getBoundsInParent().getHeight() > 2 * l.getFont().getSize(), "wrapped: " + l.getText());
            assertEquals(line, l.getText().replace('\n', ' '), "every word kept, in order");
            l.getScene().getWindow().hide();
        });
    }

    @Test
    void everyLineFitsTheWidthAndNoWordIsDropped() {
        Messages.use(Locale.forLanguageTag("ar"));
        String line = storedForecastLine();
        robot.interact(() -> {
            String broken = LineBreaks.lines(line, javafx.scene.text.Font.getDefault(), 200);
            for (String l : broken.split("\n")) {
                Text t = new Text(l);
                assertTrue(
                        t.getLayoutBounds().getWidth() <= 200,
                        l + ": " + t.getLayoutBounds().getWidth());
            }
            assertEquals(line, broken.replace('\n', ' '));
        });
    }

    @Test
    void anArabicDateReadsLeftToRightWithoutDirectionMarks() {
        Messages.use(Locale.forLanguageTag("ar"));
        String line = storedForecastLine();
        assertTrue(line.contains("2025/12/31"), line);
        assertFalse(
                line.chars().anyMatch(c -> Character.getType(c) == Character.FORMAT), "no format character: " + line);
        // W4 of UAX #9: a date of digits and slashes is one run of numbers, kept left to right
        java.text.Bidi bidi = new java.text.Bidi(line, java.text.Bidi.DIRECTION_RIGHT_TO_LEFT);
        int at = line.indexOf("2025/12/31");
        for (int i = 0; i < bidi.getRunCount(); i++) {
            if (bidi.getRunStart(i) <= at && at < bidi.getRunLimit(i)) {
                assertTrue(bidi.getRunLimit(i) >= at + "2025/12/31".length(), "the date is one run");
                assertEquals(0, bidi.getRunLevel(i) % 2, "the date's run is left to right");
            }
        }
        Messages.use(Locale.ENGLISH);
        assertEquals("2025-12-31", Messages.ltr(LocalDate.of(2025, 12, 31)), "English keeps ISO dates as they are");
    }

    /** The Forecast tab's line for the demo's stored forecast of governorates, in the language in use. */
    private static String storedForecastLine() {
        return Messages.text(
                "forecast.run",
                "governorates",
                Messages.text("forecast.allCategories"),
                Messages.ltr(LocalDate.of(2025, 12, 31)),
                7,
                Messages.text("forecast.age.minutes", 5));
    }
}
