package org.khareetaty.core.hexgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * The drill-down's quick hits and warnings in Arabic, on the real Chicago 25k sample (imported without
 * boundary layers, so cells are named by their centres and, at street scale, by their blocks): for
 * scopes that reach most sentences (a half year with its change, busiest cell, largest category, busiest
 * hours with the placeholder times left out, arrests, date-only and zone warnings; the whole sample with
 * its empty months; a cell at r8 and one at r10 with the sparse warning; a month whose days run past the
 * data; a month without data) each Arabic sentence carries exactly the English one's numbers and no
 * Latin letters but the proper names it quotes (the blocks the source writes) and the H3 resolution code
 * ("r10", as the window's breadcrumbs write it).
 */
class DrillLanguageTest {
    private static final LocalDate FROM = LocalDate.of(2018, 1, 1);
    private static final LocalDate TO = LocalDate.of(2018, 6, 30);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}+");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(,[^}]*)?}");

    @TempDir
    static Path dir;

    static Store store;
    static StoreDrillSession english;
    static StoreDrillSession arabic;

    @BeforeAll
    static void importSample() {
        store = SharedData.importedSample(dir.resolve("store"));
        english = StoreDrillSession.open(store, Locale.ENGLISH);
        arabic = StoreDrillSession.open(store, Locale.forLanguageTag("ar"));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aHalfYearReadsInArabicWithTheEnglishNumbers() {
        Drill en = english.drill(scope(FROM, TO));
        Drill ar = sameInBoth(scope(FROM, TO));
        assertTrue(en.quickHits().size() >= 5, "volume, busiest cell, category, hours, arrests: " + en.quickHits());
        assertTrue(
                ar.quickHits()
                        .get(0)
                        .startsWith("عدد الحوادث "
                                + String.format(Locale.ROOT, "%,d", en.kpis().total())
                                + " في المنطقة كاملة من 2018/01/01 إلى 2018/06/30"),
                ar.quickHits().get(0));
        assertTrue(
                ar.quickHits().get(2).contains("«"),
                "a category named in Arabic: " + ar.quickHits().get(2));
        assertTrue(
                ar.warnings().stream().anyMatch(w -> w.kind() == DataWarning.Kind.DATE_ONLY),
                "the sample's placeholder times: " + ar.warningTexts());
    }

    @Test
    void theWholeSampleWithItsEmptyMonthsReadsInArabic() {
        Drill ar = sameInBoth(scope(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31)));
        assertTrue(
                ar.warnings().stream().anyMatch(w -> w.kind() == DataWarning.Kind.EMPTY_PERIODS),
                "October to December 2019 have no incidents: " + ar.warningTexts());
        assertTrue(
                ar.warningTexts().stream().anyMatch(w -> w.contains("(أولها 2019/10)")),
                ar.warningTexts().toString());
    }

    @Test
    void cellsDrilledIntoReadInArabicDownToStreetScale() {
        DrillScope whole = scope(FROM, TO);
        long r7 = english.drill(whole).kpis().busiestCell();
        DrillScope r8 = whole.into(r7);
        Drill inR7 = sameInBoth(r8);
        assertTrue(
                inR7.quickHits().get(0).contains("الخلية r7 عند خط العرض "),
                inR7.quickHits().get(0));
        long r8Cell = inR7.kpis().busiestCell();
        long r9Cell = english.drill(r8.into(r8Cell)).kpis().busiestCell();
        Drill street = sameInBoth(new DrillScope(10, r9Cell, FROM, TO, List.of(), true));
        assertTrue(
                street.warnings().stream().anyMatch(w -> w.kind() == DataWarning.Kind.SPARSE_CELLS),
                "an r10 drill of half a year is sparse: " + street.warningTexts());
        assertTrue(
                street.cells().stream().anyMatch(c -> CellLabels.street(c.label()) != null),
                "cells named by their blocks");
    }

    @Test
    void aMonthRunningPastTheDataAndAMonthWithoutDataReadInArabic() {
        Drill pastTheEnd = sameInBoth(scope(LocalDate.of(2019, 9, 15), LocalDate.of(2019, 10, 14)));
        assertTrue(
                pastTheEnd.warningTexts().stream().anyMatch(w -> w.startsWith("أيام النطاق بلا حوادث: ")),
                pastTheEnd.warningTexts().toString());
        Drill none = sameInBoth(scope(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)));
        assertEquals(List.of("لا حوادث في المنطقة كاملة من 2020/01/01 إلى 2020/01/31."), none.quickHits());
    }

    /** The label forms the Chicago store above does not reach (zones at the edge, zones with a street, an H3 id). */
    @Test
    void aCellsLabelReadsInArabicAroundItsZoneAndStreetNames() {
        long r7 = H3Cells.h3().latLngToCell(29.3375, 47.6581, 7);
        long r9 = H3Cells.h3().latLngToCell(29.3375, 47.6581, 9);
        assertEquals(
                "الخلية r7 في أطراف محافظة الفروانية", DrillLanguage.AR.cellInSentence(r7, "أطراف محافظة الفروانية"));
        assertEquals(
                "الخلية r9 عند Jleeb Al-Shuyoukh (محافظة الفروانية)",
                DrillLanguage.AR.cellInSentence(r9, "محافظة الفروانية / مستوى الشارع / Jleeb Al-Shuyoukh"));
        assertEquals("Jleeb Al-Shuyoukh", CellLabels.street("محافظة الفروانية / مستوى الشارع / Jleeb Al-Shuyoukh"));
        assertTrue(CellLabels.namesEdge("أطراف محافظة الفروانية"), "an Arabic edge label read as one");
        var centre7 = H3Cells.h3().cellToLatLng(r7);
        assertEquals(
                String.format(
                        Locale.ROOT, "خلية عند خط العرض %.4f شمالًا وخط الطول %.4f شرقًا", centre7.lat, centre7.lng),
                CellLabels.centreOf(r7, Locale.forLanguageTag("ar")),
                "a cell named by its centre, in Arabic words");
        assertTrue(CellLabels.namesCentre(CellLabels.centreOf(r7, Locale.forLanguageTag("ar"))));
        assertEquals("الخلية r7", DrillLanguage.AR.cellInSentence(r7, Long.toHexString(r7)), "no H3 id in a sentence");
        assertEquals(
                "the r9 cell on 037XX N HALSTED ST (Beat 1925)",
                DrillLanguage.EN.cellInSentence(r9, "Beat 1925 / Street-scale / 037XX N HALSTED ST"),
                "English as the labels write it");
        String centre = CellLabels.centreOf(r7);
        assertEquals(
                numbers(CellLabels.cellInSentence(r7, centre)), numbers(DrillLanguage.AR.cellInSentence(r7, centre)));
        assertEquals("0.3%", DrillLanguage.AR.share(3, 1000));
        assertEquals("أقل من 0.1%", DrillLanguage.AR.share(1, 100_000), "a mirrored '<' would read 'more than'");
        assertEquals("<0.1%", DrillLanguage.EN.share(1, 100_000));
    }

    @Test
    void bothLanguagesHaveTheSameSentencesWithTheSameArguments() {
        ResourceBundle en = bundle(Locale.ENGLISH);
        ResourceBundle ar = bundle(Locale.forLanguageTag("ar"));
        assertEquals("ar", ar.getLocale().getLanguage(), "the Arabic sentences are their own file");
        assertEquals(new java.util.TreeSet<>(en.keySet()), new java.util.TreeSet<>(ar.keySet()));
        for (String key : en.keySet()) {
            assertEquals(arguments(en.getString(key)), arguments(ar.getString(key)), key);
            String words = ARGUMENT.matcher(ar.getString(key)).replaceAll("").replaceAll("r(?=$|\\s|:)", "");
            assertFalse(LATIN.matcher(words).find(), "Latin letters in the Arabic sentence " + key + ": " + words);
        }
    }

    /**
     * The drill of {@code scope} in Arabic, checked against the English one: as many sentences, each with the
     * same numbers, and no Latin word but the blocks of the cells it names and the resolution code.
     */
    private static Drill sameInBoth(DrillScope scope) {
        Drill en = english.drill(scope);
        Drill ar = arabic.drill(scope);
        assertEquals(en.kpis(), ar.kpis());
        assertEquals(en.quickHits().size(), ar.quickHits().size(), () -> en.quickHits() + "\n" + ar.quickHits());
        assertEquals(
                en.warnings().stream().map(DataWarning::kind).toList(),
                ar.warnings().stream().map(DataWarning::kind).toList());
        List<String> enTexts = new ArrayList<>(en.quickHits());
        enTexts.addAll(en.warningTexts());
        List<String> arTexts = new ArrayList<>(ar.quickHits());
        arTexts.addAll(ar.warningTexts());
        for (int i = 0; i < enTexts.size(); i++) {
            assertEquals(numbers(enTexts.get(i)), numbers(arTexts.get(i)), enTexts.get(i) + "\n" + arTexts.get(i));
            String left = arTexts.get(i);
            for (CellStats c : ar.cells()) {
                String block = CellLabels.street(c.label());
                left = block == null ? left : left.replace(block, "");
            }
            left = left.replaceAll("\\br\\d+\\b", "");
            assertFalse(LATIN.matcher(left).find(), "English left in: " + arTexts.get(i));
            assertTrue(arTexts.get(i).matches(".*\\p{IsArabic}.*"), arTexts.get(i));
        }
        return ar;
    }

    /** The runs of digits of {@code text}, sorted: "1,234 ... 2018-01-01" and "2018/01/01 ... 1,234" agree. */
    private static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        out.sort(null);
        return out;
    }

    /** A pattern's arguments by index, with their formats ("{0,number,integer}"). */
    private static Map<String, String> arguments(String pattern) {
        Map<String, String> out = new TreeMap<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.put(m.group(1), m.group(0));
        }
        return out;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "org.khareetaty.core.hexgrid.sentences",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static DrillScope scope(LocalDate from, LocalDate to) {
        return new DrillScope(H3Cells.MIN_RES + 1, null, from, to, List.of(), false);
    }
}
