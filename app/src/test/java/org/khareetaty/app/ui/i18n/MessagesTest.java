package org.khareetaty.app.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The two bundles of the window's words: the same keys, the same arguments, every pattern a valid MessageFormat. */
class MessagesTest {
    private static final ResourceBundle EN = Messages.load(Locale.ENGLISH);
    private static final ResourceBundle AR = Messages.load(Locale.forLanguageTag("ar"));

    @AfterEach
    void english() {
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void bothBundlesHaveExactlyTheSameKeys() {
        assertEquals("ar", AR.getLocale().getLanguage(), "the Arabic bundle is its own file");
        Set<String> en = new TreeSet<>(EN.keySet());
        Set<String> ar = new TreeSet<>(AR.keySet());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ar);
        Set<String> onlyAr = new TreeSet<>(ar);
        onlyAr.removeAll(en);
        assertEquals(Set.of(), onlyEn, "keys without an Arabic text");
        assertEquals(Set.of(), onlyAr, "Arabic keys without an English text");
        assertTrue(en.size() > 200, "the whole window's words: " + en.size());
    }

    @Test
    void everyPatternHasTheSameArgumentsInBothLanguages() {
        List<String> wrong = new ArrayList<>();
        for (String key : EN.keySet()) {
            Set<Integer> en = arguments(EN.getString(key));
            Set<Integer> ar = arguments(AR.getString(key));
            if (!en.equals(ar)) {
                wrong.add(key + ": English " + en + ", Arabic " + ar);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyArabicTextIsArabicUnlessItIsASymbolOrAName() {
        // a key copied into the Arabic file and left in English would show English in the Arabic window
        List<String> english = new ArrayList<>();
        for (String key : AR.keySet()) {
            String ar = AR.getString(key);
            if (ar.equals(EN.getString(key)) && ar.matches(".*[A-Za-z]{3,} [a-z]{3,}.*")) {
                english.add(key + "=" + ar);
            }
        }
        assertEquals(List.of(), english);
    }

    @Test
    void wordsFollowTheLanguageAndNumbersKeepWesternDigits() {
        Messages.use(Locale.forLanguageTag("ar"));
        assertTrue(Messages.arabic());
        assertEquals("ملف", Messages.text("menu.file"));
        String count = Messages.text("tab.alerts.count", 12345);
        assertTrue(count.contains("12,345"), count);
        Messages.use(Locale.ENGLISH);
        assertEquals("File", Messages.text("menu.file"));
        assertEquals("Live alerts (12,345)", Messages.text("tab.alerts.count", 12345));
        assertNotEquals(Messages.text("menu.file"), AR.getString("menu.file"));
    }

    /** The argument indices of a MessageFormat pattern (a broken pattern throws). */
    private static Set<Integer> arguments(String pattern) {
        MessageFormat f = new MessageFormat(pattern, Locale.ROOT);
        Set<Integer> out = new TreeSet<>();
        int used = f.getFormatsByArgumentIndex().length;
        for (int i = 0; i < used; i++) {
            out.add(i);
        }
        if (used > 0 && !out.isEmpty()) {
            // getFormatsByArgumentIndex is as long as the highest index + 1: keep only the ones in the pattern
            out.removeIf(i -> !pattern.matches("(?s).*\\{" + i + "[},].*"));
        }
        return out;
    }
}
