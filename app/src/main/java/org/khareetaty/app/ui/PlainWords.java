package org.khareetaty.app.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.alert.AlertType;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.report.ReportLanguage;

/**
 * The codes the store keeps, in the words the window shows: "weapons_possession" reads "Weapons
 * possession", category "public_order" reads "Public order" (or its Arabic name, from the report's
 * words), and a citizen-report group's votes read as a sentence. A code the program knows (the
 * taxonomy's offense types, the demo feed's event types, alert kinds, audit actions, event roles)
 * has its words in the window's bundles ({@code type.robbery}, {@code alert.kind.correlated}, ...),
 * Arabic in an Arabic window; a code it does not know (a type from a real feed) is data and reads
 * as it comes, in sentence case.
 */
public final class PlainWords {
    private PlainWords() {}

    /**
     * An offense or event type in words: a known one by the bundle ("drug_possession" reads "Drug
     * possession", "حيازة مخدرات"), another in sentence case ("CITIZEN_REPORT" reads "Citizen
     * report"); null reads "-".
     */
    public static String of(String code) {
        return known("type.", code);
    }

    /** An alert's kind: "Correlated", "متعدد المصادر". */
    public static String kind(AlertType type) {
        return known("alert.kind.", type.wire());
    }

    /** An audit entry's action ("raised", "acknowledged") in words; an unknown one as it comes. */
    public static String action(String action) {
        return known("audit.action.", action);
    }

    /** An audit entry's actor: the engine in words; an analyst by the user name stored (data). */
    public static String actor(String actor) {
        String key = "audit.actor." + key(actor);
        return actor != null && Messages.has(key) ? Messages.text(key) : String.valueOf(actor);
    }

    /** An event's role in an alert ("trigger", "member", "fused") in words. */
    public static String role(String role) {
        return known("event.role.", role);
    }

    /** The bundle's words for {@code code} under {@code prefix}, else the code in sentence case. */
    private static String known(String prefix, String code) {
        if (code == null || code.isBlank()) {
            return "-";
        }
        String key = prefix + key(code);
        return Messages.has(key) ? Messages.text(key) : sentenceCase(code);
    }

    /** A code as a bundle key: lower case, every run of other characters one '_' ("NON - CRIMINAL": non_criminal). */
    static String key(String code) {
        return code == null
                ? ""
                : code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    /** A code in sentence case: "citizen_report" and "CITIZEN_REPORT" read "Citizen report". */
    static String sentenceCase(String code) {
        String words = code.replace('_', ' ').replace('-', ' ').strip().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** An event source's wire name in words: "sensor.gunshot" reads "Gunshot sensor", "cad" reads "CAD call". */
    public static String source(String wire) {
        return EventSource.fromWire(wire)
                .map(s -> Messages.text("source." + s.name().toLowerCase(Locale.ROOT)))
                .orElseGet(() -> wire == null || wire.isBlank() ? "-" : sentenceCase(wire));
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
