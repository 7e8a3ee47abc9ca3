package org.khareetaty.app.ui.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.khareetaty.app.ui.i18n.Messages;

/**
 * The engine's gate findings and audit reasons in the window's words: as stored in English, and in an
 * Arabic window every clause of a known form in Arabic with the stored numbers. The gates are the
 * engine's own, read from its golden explanation files (core-analytics' tests), the reasons are
 * the forms the engine writes to the audit log.
 */
class GateWordsTest {
    private static final Path GOLDEN =
            Path.of("../core-analytics/src/test/resources/org/khareetaty/core/alert/explanations");
    private static final Pattern GATE = Pattern.compile("\"gate\":\"([^\"]*)\"");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}+");
    private static final Pattern DIGITS = Pattern.compile("\\d+(\\.\\d+)?");

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void theEnglishWindowShowsTheReasonAsStored() throws IOException {
        for (String gate : goldenGates()) {
            assertEquals(gate, GateWords.of(gate));
        }
    }

    @Test
    void theEnginesGatesReadInArabicWithTheirNumbers() throws IOException {
        Messages.use(Locale.forLanguageTag("ar"));
        List<String> gates = goldenGates();
        assertFalse(gates.isEmpty(), "the golden explanations hold gates");
        for (String gate : gates) {
            String arabic = GateWords.of(gate);
            assertEquals(numbers(gate), numbers(arabic), gate + "\n" + arabic);
            // the geofence's name and rule are the configuration's (data), "CAD" the source's initials
            String words =
                    arabic.replace("west-square", "").replace("(any)", "").replace("CAD", "");
            assertFalse(LATIN.matcher(words).find(), "English left in: " + arabic);
        }
    }

    @Test
    void auditReasonsReadInArabic() {
        Messages.use(Locale.forLanguageTag("ar"));
        assertEquals(
                "يحدّث التنبيه المفتوح (متعدد المصادر: بلاغ غرفة العمليات (CAD) 0.77 + السجلات 0.95، ثقتها مجتمعةً"
                        + " 0.86، والحد الأدنى 0.70)",
                GateWords.of("updates open alert incident:cad-119226 (correlated: cad 0.77 + records 0.95, combined"
                        + " 0.86 >= 0.70)"));
        assertEquals(
                "رُفض الربط بين المصادر: بلاغ مواطن 0.55 + السجلات 0.62، ثقتها مجتمعةً 0.59 دون الحد الأدنى 0.70؛"
                        + " مصدر منفرد: أفضل مصدر السجلات 0.62 دون الحد الأدنى 0.70",
                GateWords.of("correlation rejected: citizen_report 0.55 + records 0.62, combined 0.59 below 0.70;"
                        + " anomaly: best source records 0.62 below 0.70"));
        assertEquals(
                "مستشعر: مستشعر إطلاق النار ينبّه دائمًا، غير مؤكد",
                GateWords.of("sensor: sensor.gunshot always alerts, unverified"));
        assertEquals(
                "السياج الجغرافي west-square (any): عدد الأحداث داخله 2، ينبّه دائمًا",
                GateWords.of("geofence west-square (any): 2 events inside, always alerts"));
        // SpikeDecision's reason: its window's instants as the window's local times, the cell by its id
        String spike = GateWords.of("spike: 12 incidents in the 2025-12-31T17:00:00Z to 2025-12-31T18:00:00Z window of"
                + " cell 8a2a1072b59ffff against 3.20 expected (0.40 per hour over 168.0 h), confidence 0.91 >= 0.65");
        assertTrue(spike.startsWith("ارتفاع حاد: عدد الحوادث 12 في النافذة من "), spike);
        assertTrue(spike.endsWith("الثقة 0.91، والحد الأدنى 0.65"), spike);
        assertFalse(LATIN.matcher(spike.replace("8a2a1072b59ffff", "")).find(), spike);
        assertEquals(
                "a clause of another form is shown as stored",
                GateWords.of("a clause of another form is shown as stored"));
    }

    @Test
    void aSpikeFromTheStoresHistoryReadsInArabicWithItsDayHoursWeeksAndDates() {
        // SpikeDecision's reason with spike.expectation = "hour_of_week" (HourOfWeekSpikeTest's form)
        String words = "the cell's mean for Tuesday 04:00-05:00 (America/Chicago) over the 8 weeks 2019-11-06 to"
                + " 2019-12-31 of the store's history";
        String reason = "spike: 4 incidents in the 2020-01-07T10:00:00Z to 2020-01-07T11:00:00Z window of cell"
                + " 882664c1a9fffff against 0.50 expected (0.50 per hour floored at 0.50, from " + words
                + "), confidence 1.00 >= 0.65";
        assertEquals(reason, GateWords.of(reason), "as stored in English");
        assertEquals(words, GateWords.expectation(words));
        Messages.use(Locale.forLanguageTag("ar"));
        String arabic = GateWords.expectation(words);
        assertEquals(
                "متوسط الخلية يوم الثلاثاء من الساعة 04:00 إلى 05:00 (بتوقيت America/Chicago) على مدى 8 أسابيع من"
                        + " 2019/11/06 إلى 2019/12/31 في سجل المخزن",
                arabic);
        String spike = GateWords.of(reason);
        assertTrue(spike.startsWith("ارتفاع حاد: عدد الحوادث 4 في النافذة من "), spike);
        assertTrue(spike.contains("، من " + arabic + ")"), spike);
        assertEquals(
                numbers(reason.replace("-", " ")).size(),
                numbers(spike.replace("/", " ")).size(),
                spike);
        assertFalse(
                LATIN.matcher(spike.replace("882664c1a9fffff", "").replace("America/Chicago", ""))
                        .find(),
                spike);
        assertEquals("the cell's mean over something new", GateWords.expectation("the cell's mean over something new"));
    }

    private static List<String> goldenGates() throws IOException {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(GOLDEN)) {
            for (Path f : files.sorted().toList()) {
                Matcher m = GATE.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    private static List<String> numbers(String text) {
        return DIGITS.matcher(text).results().map(m -> m.group()).sorted().toList();
    }
}
