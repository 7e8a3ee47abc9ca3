package org.khareetaty.app.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The window's words: the resource bundle {@code messages} beside this class, English by default
 * ({@code messages.properties}) and Arabic ({@code messages_ar.properties}), UTF-8. Keys are named
 * by place ({@code menu.file.import}, {@code dialog.settings.title}); patterns are
 * {@link MessageFormat}s, so an apostrophe is written twice.
 *
 * <p>Numbers are formatted with Western digits and a comma between thousands in both languages
 * ({@link Locale#ROOT}): Kuwaiti government software and the Ministry of Interior's published
 * statistics write Western digits in Arabic text, and the case numbers and dates analysts copy
 * between systems keep one form. Dates are ISO (2024-03-01) in both, but in Arabic sentences with slashes
 * (2024/03/01; see {@link #ltr}).
 */
public final class Messages {
    /** The bundle's base name. */
    public static final String BUNDLE = "org.khareetaty.app.ui.i18n.messages";

    private static final Pattern DASH_BETWEEN_DIGITS = Pattern.compile("(?<=\\d)-(?=\\d)");

    private static volatile ResourceBundle bundle = load(Locale.ENGLISH);

    private Messages() {}

    /** Uses the words of {@code locale} from now on: Arabic for any "ar" locale, English otherwise. */
    public static void use(Locale locale) {
        bundle = load(locale);
    }

    /** Whether the words in use are Arabic (the window then runs right to left). */
    public static boolean arabic() {
        return "ar".equals(bundle.getLocale().getLanguage());
    }

    /**
     * The locale of the words in use, for names the JDK knows (days, months): Arabic with Western
     * digits ({@code ar-u-nu-latn}), or English.
     */
    public static java.util.Locale locale() {
        return arabic() ? Locale.forLanguageTag("ar-u-nu-latn") : Locale.ENGLISH;
    }

    /**
     * {@code value} (a date, a day and time) kept left to right inside Arabic text. In Arabic its dashes
     * between digits are written as slashes (2025/12/31): digits after Arabic letters are Arabic numbers to the
     * Unicode bidirectional algorithm (UAX #9, rule W2), which joins them through a common separator such as
     * "/" (W4) but not through "-", so 2025-12-31 would read 31-12-2025 in a right-to-left line. Direction marks
     * (U+200E) round it would keep the dashes but JavaFX 21 draws them as boxes in some lines, and a mark after
     * the date pulls a following number into it ("7 days" read before the date). Nothing changes in English.
     */
    public static String ltr(Object value) {
        String text = String.valueOf(value);
        return arabic() ? DASH_BETWEEN_DIGITS.matcher(text).replaceAll("/") : text;
    }

    /** The text of {@code key}, its arguments ({0}, {1,number,integer}) filled with {@code args}. */
    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the window has no text for '" + key + "' in " + BUNDLE, e);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** Whether the window has a text for {@code key} (a known code's words: "type.robbery"). */
    public static boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The bundle of {@code locale} ("ar" or the English default), never the machine's default locale's. */
    static ResourceBundle load(Locale locale) {
        Locale l = "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ROOT;
        return ResourceBundle.getBundle(
                BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
