package org.khareetaty.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Arabic as a PDF draws it: shaped presentation forms in visual order, Latin runs kept as written. */
class VisualTextTest {
    @Test
    void shapesArabicIntoPresentationFormsAndReversesIt() {
        String visual = VisualText.of("حولي", true);
        assertEquals(4, visual.length());
        assertTrue(visual.chars().allMatch(c -> c >= 0xFE70 && c <= 0xFEFF), "presentation forms B: " + hex(visual));
        // back to the base letters, in reading order, the word is the logical one reversed
        String letters = Normalizer.normalize(visual, Normalizer.Form.NFKC);
        assertEquals("حولي", new StringBuilder(letters).reverse().toString());
    }

    @Test
    void keepsADateRangeAndAComparisonAsWrittenInsideArabic() {
        String visual = VisualText.of("الفترة 2025-12-01 .. 2025-12-28 (28 يومًا)", true);
        assertTrue(visual.contains("2025-12-01 .. 2025-12-28"), visual);
        assertFalse(visual.chars().anyMatch(c -> c >= 0x2066 && c <= 0x2069), "no isolate controls left");
        assertTrue(VisualText.of("* p < 0.05، مهم", true).contains("p < 0.05"), "not mirrored to p > 0.05");
    }

    @Test
    void leavesNumbersAndLatinTextAlone() {
        assertEquals("+63", VisualText.of("+63", true));
        assertEquals("-22.5%", VisualText.of("-22.5%", true));
        assertEquals("KPI report: District 1", VisualText.of("KPI report: District 1", false));
    }

    private static String hex(String s) {
        return s.chars().mapToObj(Integer::toHexString).toList().toString();
    }
}
