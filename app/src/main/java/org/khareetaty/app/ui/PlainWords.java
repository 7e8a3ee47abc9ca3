package org.khareetaty.app.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.report.ReportLanguage;

/**
 * The codes the store keeps, in the words the window shows: "weapons_possession" reads "Weapons
 * possession", category "public_order" reads "Public order" (or its Arabic name, from the report's
 * words), and a citizen-report group's votes read as a sentence.
 */
public final class PlainWords {
    private PlainWords() {}

    /** A code in sentence case: "citizen_report" and "CITIZEN_REPORT" read "Citizen report"; null reads "-". */
    public static String of(String code) {
        if (code == null || code.isBlank()) {
            return "-";
        }
        String words = code.replace('_', ' ').replace('-', ' ').strip().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** An event source's wire name in words: "sensor.gunshot" reads "Gunshot sensor", "cad" reads "CAD call". */
    public static String source(String wire) {
        return EventSource.fromWire(wire)
                .map(s -> switch (s) {
                    case CAD -> Messages.text("source.cad");
                    case CCTV -> "CCTV";
                    default -> of(s.name());
                })
                .orElse(of(wire));
    }

    /** An offense category's name in {@code language} (Arabic for "ar", else English, capitalised). */
    public static String category(String category, Locale language) {
        if (category == null || category.isBlank()) {
            return "-";
        }
        if ("ar".equals(language.getLanguage())) {
            return ReportLanguage.AR.category(category);
        }
        return of(ReportLanguage.EN.category(category));
    }

    /**
     * A citizen-report group's votes as a sentence, most votes first: "3 of 4 reporters said
     * assault, 1 said fight"; a single type: "all 2 reporters said assault".
     */
    public static String votes(Map<String, Integer> votes) {
        if (votes == null || votes.isEmpty()) {
            return Messages.text("votes.none");
        }
        List<Map.Entry<String, Integer>> order = new ArrayList<>(votes.entrySet());
        order.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        int total = order.stream().mapToInt(Map.Entry::getValue).sum();
        String first = of(order.get(0).getKey()).toLowerCase(Locale.ROOT);
        if (order.size() == 1) {
            return total == 1 ? Messages.text("votes.one", first) : Messages.text("votes.all", total, first);
        }
        StringBuilder s =
                new StringBuilder(Messages.text("votes.first", order.get(0).getValue(), total, first));
        for (Map.Entry<String, Integer> e : order.subList(1, order.size())) {
            s.append(Messages.text("votes.more", e.getValue(), of(e.getKey()).toLowerCase(Locale.ROOT)));
        }
        return s.toString();
    }
}
