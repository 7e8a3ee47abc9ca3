package org.khareetaty.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report's words in English and Arabic: the same keys, each filled with the same arguments. */
class ReportLanguageTest {
    private static final Pattern FORMAT = Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?([a-zA-Z%])");

    @Test
    void bothLanguagesHaveTheSameKeysTakingTheSameArguments() {
        assertEquals(ReportLanguage.EN.keys(), ReportLanguage.AR.keys());
        List<String> differ = new ArrayList<>();
        for (String key : ReportLanguage.EN.keys()) {
            if (!conversions(ReportLanguage.EN.pattern(key)).equals(conversions(ReportLanguage.AR.pattern(key)))) {
                differ.add(key + ": " + ReportLanguage.EN.pattern(key) + " / " + ReportLanguage.AR.pattern(key));
            }
        }
        assertEquals(List.of(), differ);
    }

    /** A forecast box's note when its backtest's days held no incident says so, instead of "NaN%". */
    @Test
    void aBacktestWithoutIncidentsIsSaidInWords() {
        for (String note : List.of("map.boxes_note", "b.boxes_note")) {
            assertEquals(note, MapPdf.boxesKey(note, 0.41));
            String key = MapPdf.boxesKey(note, Double.NaN);
            assertEquals(note + "_unmeasured", key);
            for (ReportLanguage l : ReportLanguage.values()) {
                String text = note.startsWith("map")
                        ? l.text(key, "2020-01-02", "5", 120, 8, 28)
                        : l.text(key, 120, "5", "2020-01-02", 8, 28);
                assertFalse(text.contains("NaN") || text.contains("%s") || text.contains("%d"), text);
            }
        }
    }

    /** The conversions of a pattern in order, "%%" and "%n" left out. */
    private static List<String> conversions(String pattern) {
        List<String> out = new ArrayList<>();
        Matcher m = FORMAT.matcher(pattern);
        while (m.find()) {
            if (!m.group(3).equals("%") && !m.group(3).equals("n")) {
                out.add(m.group());
            }
        }
        return out;
    }
}
