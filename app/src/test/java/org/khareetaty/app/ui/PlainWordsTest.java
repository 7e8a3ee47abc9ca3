package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.alert.AlertType;

/** The store's codes in words, as the alert queue, the explanation and the attribute table show them. */
class PlainWordsTest {
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void codesReadAsWords() {
        assertEquals("Weapons possession", PlainWords.of("weapons_possession"));
        assertEquals("Citizen report", PlainWords.of("CITIZEN_REPORT"));
        assertEquals("-", PlainWords.of(null));
        assertEquals("Gunshot sensor", PlainWords.source("sensor.gunshot"));
        assertEquals("Citizen report", PlainWords.source("citizen_report"));
        assertEquals("CAD call", PlainWords.source("cad"));
        assertEquals("Public order", PlainWords.category("public_order", Locale.ENGLISH));
    }

    @Test
    void votesReadAsASentenceMostVotesFirst() {
        Map<String, Integer> votes = new LinkedHashMap<>();
        votes.put("fight", 1);
        votes.put("assault", 3);
        assertEquals("3 of 4 reporters said assault, 1 said fight", PlainWords.votes(votes));
        assertEquals("all 2 reporters said shots fired", PlainWords.votes(Map.of("shots_fired", 2)));
        assertEquals("1 reporter said assault", PlainWords.votes(Map.of("assault", 1)));
    }

    @Test
    void knownCodesReadInArabicAndAnUnknownTypeAsItComes() {
        Messages.use(ARABIC);
        assertEquals("حيازة مخدرات", PlainWords.of("drug_possession"));
        assertEquals("حيازة مخدرات", PlainWords.of("DRUG POSSESSION"), "the taxonomy's spelling");
        assertEquals("Goat rustling", PlainWords.of("GOAT_RUSTLING"), "a real feed's type is data");
        assertEquals("متعدد المصادر", PlainWords.kind(AlertType.CORRELATED));
        assertEquals("أُطلق", PlainWords.action("raised"));
        assertEquals("المحرك", PlainWords.actor("engine"));
        assertEquals("jdoe", PlainWords.actor("jdoe"), "an analyst by the user name stored");
        assertEquals("المُطلِق", PlainWords.role("trigger"));
        assertEquals("السجلات", PlainWords.source("records"));
        for (AlertType t : AlertType.values()) {
            assertFalse(LATIN.matcher(PlainWords.kind(t)).find(), t.wire());
        }
    }

    /** The English window is unchanged: a known type's English words are its code in sentence case. */
    @Test
    void theEnglishWordsOfAKnownTypeAreItsCodeInSentenceCase() {
        ResourceBundle en = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
        List<String> types =
                en.keySet().stream().filter(k -> k.startsWith("type.")).toList();
        assertTrue(types.size() > 50, "the taxonomy's and the demo feed's types: " + types.size());
        for (String key : types) {
            String code = key.substring("type.".length());
            assertEquals(
                    PlainWords.sentenceCase(code),
                    en.getString(key).replace("(", "").replace(")", ""),
                    key);
        }
        for (AlertType t : AlertType.values()) {
            assertEquals(PlainWords.sentenceCase(t.wire()), PlainWords.kind(t));
        }
    }

    /** Every offense type of the built-in taxonomy has its words in Arabic. */
    @Test
    void everyOffenseTypeOfTheTaxonomyReadsInArabic() throws IOException {
        Messages.use(ARABIC);
        int types = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PlainWordsTest.class.getResourceAsStream("/org/khareetaty/core/taxonomy/taxonomy.csv"),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("offense_type,")) {
                    continue;
                }
                String type = line.substring(0, line.lastIndexOf(',', line.lastIndexOf(',') - 1));
                assertFalse(LATIN.matcher(PlainWords.of(type)).find(), type + ": " + PlainWords.of(type));
                types++;
            }
        }
        assertTrue(types > 40, "the taxonomy's types: " + types);
    }
}
