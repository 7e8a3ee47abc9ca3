package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}
