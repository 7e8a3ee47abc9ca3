package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.testing.SharedData;

/**
 * The KPI report in Arabic on a small Kuwait demo store: the text a PDF reader extracts is the
 * logical Arabic (the report's words, the governorates' Arabic names from their attributes),
 * though the PDF draws shaped presentation forms in visual order.
 */
class ArabicReportTest {
    @TempDir
    static Path dir;

    static String store;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void build() throws Exception {
        store = SmallKuwaitStore.build(dir, 16).toString();
    }

    @Test
    void extractsTheLogicalArabicOfWordsAndPlaceNames() throws Exception {
        Path pdf = dir.resolve("kpi-ar.pdf");
        Path csv = dir.resolve("csv");
        ReportCommandTest.ok(
                "report",
                "kpi",
                "--store",
                store,
                "--from",
                "2025-12-01",
                "--to",
                "2025-12-31",
                "--layer",
                "governorates",
                "--lang",
                "ar",
                "--pdf",
                pdf.toString(),
                "--csv",
                csv.toString());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        List<String> expected = new ArrayList<>(List.of(
                "تقرير مؤشرات الأداء",
                "الحوادث حسب الفئة",
                "جميع الفئات",
                "عنف",
                "ممتلكات",
                "مخدرات",
                "غير مسجل",
                "صفحة 1 من"));
        JsonNode fc = JSON.readTree(
                SharedData.file("kuwait/governorates_naturalearth.geojson").toFile());
        for (JsonNode f : fc.get("features")) {
            expected.add(f.at("/properties/name_ar").asText());
        }
        for (String s : expected) {
            assertTrue(text.contains(s), "'" + s + "' in the extracted text:\n" + text);
        }
        // the top cells are named in Arabic too: their zones by name_ar, the words around them Arabic
        // (only a block, which is data, stays as the source wrote it)
        for (String english : List.of("Governorate", "Street-scale", "Edge of", "Cell at")) {
            assertFalse(text.contains(english), "'" + english + "' in the Arabic report:\n" + text);
        }
        // the numbers read as in the CSV: the total row's count
        String total = java.nio.file.Files.readAllLines(csv.resolve("categories.csv")).stream()
                .filter(l -> l.startsWith("all,"))
                .findFirst()
                .orElseThrow()
                .split(",")[2];
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(total))), text);
        assertEquals(
                0,
                ReportCommandTest.ok(
                                "report",
                                "kpi",
                                "--store",
                                store,
                                "--from",
                                "2025-12-01",
                                "--to",
                                "2025-12-31",
                                "--lang",
                                "en")
                        .indexOf("Whole area"));
    }

    @Test
    void anArabicBriefingZipReadsBackAsLogicalArabicAndOpensWithoutTheStore() throws Exception {
        Path zip = dir.resolve("briefing-fa.zip");
        ReportCommandTest.ok(
                "report",
                "briefing",
                "--store",
                store,
                "--zone",
                "governorates:KW-FA",
                "--as-of",
                "2025-12-31T06:00",
                "--lang",
                "ar",
                "--out",
                zip.toString());
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertEquals(
                Set.of(
                        "briefing.pdf",
                        "incidents_24h.csv",
                        "incidents_7d.csv",
                        "open_alerts.csv",
                        "near_repeats.csv",
                        "incidents_7d.geojson",
                        "forecast_boxes.csv",
                        "forecast_boxes.geojson"),
                entries.keySet());
        String text;
        try (PDDocument doc = Loader.loadPDF(entries.get("briefing.pdf"))) {
            text = new PDFTextStripper().getText(doc);
            // every font travels inside the file, so it opens the same on a machine without them
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertTrue(page.getResources().getFont(name).isEmbedded(), name.getName());
                }
            }
        }
        long week = new String(entries.get("incidents_7d.csv"), StandardCharsets.UTF_8)
                        .lines()
                        .count()
                - 1;
        assertTrue(week > 0, "the demo has incidents in Al Farwaniyah's last week of 2025");
        for (String s : List.of(
                "إيجاز المناوبة",
                "محافظة الفروانية",
                "آخر 7 أيام: " + String.format(Locale.ROOT, "%,d", week) + " حادثة",
                "التنبيهات المفتوحة",
                "المنطقة وحوادث الأيام السبعة الأخيرة",
                "مربعات التوقع ليوم",
                "حادثة من الأيام السبعة الأخيرة",
                "حدود المناطق في طبقات المخزن")) {
            assertTrue(text.contains(s), "'" + s + "' in the extracted text:\n" + text);
        }
        JsonNode points = JSON.readTree(entries.get("incidents_7d.geojson"));
        assertEquals(week, points.get("features").size());
    }
}
