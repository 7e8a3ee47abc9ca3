package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store's codes in words, as the alert queue, the explanation and the attribute table show them. */
class PlainWordsTest {
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
}
