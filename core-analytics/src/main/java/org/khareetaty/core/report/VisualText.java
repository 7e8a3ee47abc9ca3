package org.khareetaty.core.report;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Text in the order its glyphs are drawn from left to right. PDFBox's font layer neither shapes
 * Arabic nor reorders bidirectional text: Arabic letters are first replaced by their contextual
 * presentation forms (ICU4J {@link ArabicShaping}, letters shaped, lam-alef ligatures made), then the
 * line is reordered by the Unicode bidirectional algorithm (ICU4J {@link Bidi}, UAX #9) with
 * mirrored brackets, for a right-to-left paragraph when the text holds right-to-left characters.
 * Runs of Latin letters, digits and the signs between them ("2025-12-01 .. 2025-12-28",
 * "p < 0.05", "+12.5%") are isolated left to right first (LRI .. PDI, removed after reordering),
 * so that a date range or a comparison reads as written instead of being split and mirrored by
 * the algorithm's neutral rules. Text without right-to-left characters (a table's numbers) is
 * returned as it is. A PDF text extractor (PDFBox's {@code PDFTextStripper}) reads the Arabic back
 * in logical order.
 */
final class VisualText {
    private VisualText() {}

    /** {@code logical} shaped and reordered for drawing, in a right-to-left paragraph when {@code rtl}. */
    static String of(String logical, boolean rtl) {
        if (!hasRightToLeft(logical)) {
            return logical;
        }
        String isolated = rtl ? LEFT_TO_RIGHT_RUN.matcher(logical).replaceAll("\u2066$0\u2069") : logical;
        String shaped;
        try {
            shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL)
                    .shape(isolated);
        } catch (ArabicShapingException e) {
            shaped = isolated;
        }
        Bidi bidi = new Bidi();
        bidi.setPara(shaped, rtl ? Bidi.RTL : Bidi.LTR, null);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /** Latin letters and digits with the signs and spaces between them: read left to right inside Arabic. */
    private static final java.util.regex.Pattern LEFT_TO_RIGHT_RUN =
            java.util.regex.Pattern.compile("[0-9A-Za-z][0-9A-Za-z_ .:/\\-+%<>=*]*[0-9A-Za-z%]|[0-9A-Za-z]");

    private static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }
}
