package org.khareetaty.core.geo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule a zone is named by, wherever it is shown (the drill-down's cell labels, the alert
 * queue, the hotspot results): "District 1" for the Chicago district whose layer calls it "1ST",
 * "Washington Park Community Area", "Hawally Governorate".
 */
public final class ZoneLabel {
    private static final Pattern ORDINAL = Pattern.compile("(?i)0*(\\d+)(st|nd|rd|th)");

    private ZoneLabel() {}

    /**
     * A zone as an analyst names it: a numbered zone after its layer ("District 3", "Beat 0111"), a
     * named one before it ("Washington Park Community Area", "Hawally Governorate"). A name that only
     * spells the code as an ordinal ("3RD" for district 3) gives way to the code; an all-capitals
     * name is set in title case ("WASHINGTON PARK" is "Washington Park").
     */
    public static String of(String layer, String code, String name) {
        String title = layerTitle(layer);
        String shown = name == null || name.isBlank() || isOrdinalOf(name, code) ? code : readable(name.strip());
        if (shown.chars().anyMatch(Character::isDigit) && shown.indexOf(' ') < 0) {
            return title + " " + shown;
        }
        return shown.toLowerCase(Locale.ROOT).endsWith(title.toLowerCase(Locale.ROOT)) ? shown : shown + " " + title;
    }

    /** The layer name as one of its zones is called: singular, title case ({@code community_areas} is "Community Area"). */
    public static String layerTitle(String layer) {
        String words = layer.replace('_', ' ').strip();
        if (words.endsWith("ies")) {
            words = words.substring(0, words.length() - 3) + "y";
        } else if (words.endsWith("s") && !words.endsWith("ss")) {
            words = words.substring(0, words.length() - 1);
        }
        return titleCase(words.toLowerCase(Locale.ROOT));
    }

    private static boolean isOrdinalOf(String name, String code) {
        Matcher m = ORDINAL.matcher(name.strip());
        return m.matches() && m.group(1).equals(code.strip().replaceFirst("^0+(?=\\d)", ""));
    }

    /** Title case for a name in capitals only; any other name as it is. */
    private static String readable(String name) {
        boolean capitals = name.chars().anyMatch(Character::isLetter) && name.equals(name.toUpperCase(Locale.ROOT));
        return capitals ? titleCase(name.toLowerCase(Locale.ROOT)) : name;
    }

    /** Upper-cases the first letter of each word (after a space, hyphen or apostrophe), and the letter after a leading "Mc". */
    private static String titleCase(String lower) {
        StringBuilder b = new StringBuilder(lower);
        for (int i = 0; i < b.length(); i++) {
            boolean wordStart = i == 0 || " -'/(".indexOf(b.charAt(i - 1)) >= 0;
            if (wordStart) {
                b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
                if (b.length() > i + 2
                        && b.charAt(i) == 'M'
                        && b.charAt(i + 1) == 'c'
                        && Character.isLetter(b.charAt(i + 2))) {
                    b.setCharAt(i + 2, Character.toUpperCase(b.charAt(i + 2)));
                }
            }
        }
        return b.toString();
    }
}
