package org.khareetaty.app.ui.i18n;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A wrapped label's line breaks, made here in Arabic rather than by JavaFX: JavaFX 21 lays out each wrapped
 * line of a right-to-left paragraph wider than the wrapping width when the paragraph holds a run of another
 * direction (a layer name, a date kept left to right by {@link Messages#ltr}), so the line is drawn clipped at
 * both ends and the run's direction mark shows as a box. Measured on the stored forecast's line in a label
 * 300 pixels wide: three lines, laid out 388 pixels wide (and a paragraph of Arabic words alone, 617 pixels
 * under the headless toolkit the tests run). Lines ended by a line feed are laid out one by one and fit, so
 * in Arabic the label shows its text with line feeds put at the line-break opportunities of the Unicode line
 * breaking algorithm (UAX #14, {@link BreakIterator#getLineInstance}), each line as long as fits. English
 * labels keep JavaFX's own wrapping.
 */
public final class LineBreaks {
    private LineBreaks() {}

    /**
     * Makes {@code label} wrap its text at its width from now on: by JavaFX in English, by {@link #lines} in
     * Arabic, again at every change of its text, width or font. The label then takes the whole width its parent
     * offers.
     */
    public static void wrap(Labeled label) {
        if (!Messages.arabic()) {
            label.setWrapText(true);
            return;
        }
        label.setWrapText(false);
        label.setMaxWidth(Double.MAX_VALUE);
        new Rewrapper(label);
    }

    /**
     * {@code text} with a line feed at each break that keeps every line at most {@code width} wide in
     * {@code font} (a word longer than the width gets a line of its own); the line feeds already in it kept.
     */
    public static String lines(String text, Font font, double width) {
        Text measure = new Text();
        measure.setFont(font);
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            out.addAll(paragraphLines(paragraph, measure, width));
        }
        return String.join("\n", out);
    }

    private static List<String> paragraphLines(String paragraph, Text measure, double width) {
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(Messages.locale());
        breaks.setText(paragraph);
        int lineStart = 0;
        int lastFit = -1;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (lastFit > lineStart
                    && width(measure, paragraph.substring(lineStart, end).stripTrailing()) > width) {
                lines.add(paragraph.substring(lineStart, lastFit).stripTrailing());
                lineStart = lastFit;
            }
            lastFit = end;
        }
        lines.add(paragraph.substring(lineStart).stripTrailing());
        return lines;
    }

    private static double width(Text measure, String line) {
        measure.setText(line);
        return measure.getLayoutBounds().getWidth();
    }

    /** Keeps a label's text broken at its width: the text as set is kept, the label shows it broken. */
    private static final class Rewrapper {
        private final Labeled label;
        private String unbroken;
        private boolean setting;

        Rewrapper(Labeled label) {
            this.label = label;
            this.unbroken = label.getText();
            label.textProperty().addListener((o, a, t) -> {
                if (!setting) {
                    unbroken = t;
                    rewrap();
                }
            });
            label.widthProperty().addListener(o -> rewrap());
            label.fontProperty().addListener(o -> rewrap());
        }

        private void rewrap() {
            double width = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset() - 1;
            if (unbroken == null || width <= 0) {
                return;
            }
            String broken = lines(unbroken, label.getFont(), width);
            if (!broken.equals(label.getText())) {
                setting = true;
                label.setText(broken);
                setting = false;
            }
        }
    }
}
