package org.khareetaty.app.cli;

import java.util.Arrays;
import java.util.Locale;

/**
 * Text from outside the program (a feed's event types and ids, an analyst's note, a boundary file's
 * zone names) as a terminal may show it: every control character written as an escape, so a value
 * cannot end a line and forge the next one (an audit entry, a decision) nor send the terminal an
 * escape sequence. The program's own line ends and layout are the format's.
 */
public final class Terminal {
    private Terminal() {}

    /**
     * {@code s} with each control character (C0, DEL, C1) and line or paragraph separator written
     * as {@code \n}, {@code \r}, {@code \t} or {@code \xHH}/{@code \}{@code uHHHH}; null stays null.
     */
    public static String safe(String s) {
        if (s == null || s.chars().noneMatch(Terminal::unsafe)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.chars().forEach(c -> {
            if (!unsafe(c)) {
                b.append((char) c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c <= 0xff) {
                b.append(String.format(Locale.ROOT, "\\x%02x", c));
            } else {
                b.append(String.format(Locale.ROOT, "\\u%04x", c));
            }
        });
        return b.toString();
    }

    private static boolean unsafe(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    /** Prints {@code format} on standard output with every text argument made {@link #safe}. */
    public static void printf(Locale locale, String format, Object... args) {
        System.out.print(String.format(locale, format, safeArgs(args)));
    }

    /** Prints {@code format} on standard output with every text argument made {@link #safe}. */
    public static void printf(String format, Object... args) {
        printf(Locale.getDefault(Locale.Category.FORMAT), format, args);
    }

    private static Object[] safeArgs(Object[] args) {
        return Arrays.stream(args)
                .map(a -> a instanceof CharSequence cs ? safe(cs.toString()) : a)
                .toArray();
    }
}
