package org.khareetaty.app.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's words: the resource bundle {@code messages} beside this class, English by default
 * ({@code messages.properties}) and Arabic ({@code messages_ar.properties}), UTF-8. Keys are named
 * by place ({@code menu.file.import}, {@code dialog.settings.title}); patterns are
 * {@link MessageFormat}s, so an apostrophe is written twice.
 *
 * <p>Numbers are formatted with Western digits and a comma between thousands in both languages
 * ({@link Locale#ROOT}): Kuwaiti government software and the Ministry of Interior's published
 * statistics write Western digits in Arabic text, and the case numbers and dates analysts copy
 * between systems keep one form. Dates are ISO (2024-03-01) in both.
 */
public final class Messages {
    /** The bundle's base name. */
    public static final String BUNDLE = "org.khareetaty.app.ui.i18n.messages";

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
     * {@code value} kept left to right inside Arabic text: a date such as 2025-12-31 would otherwise
     * read 31-12-2025 in a right-to-left line (marks U+200E around it; nothing in English).
     */
    public static String ltr(Object value) {
        return arabic() ? "\u200E" + value + "\u200E" : String.valueOf(value);
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

    /** The bundle of {@code locale} ("ar" or the English default), never the machine's default locale's. */
    static ResourceBundle load(Locale locale) {
        Locale l = "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ROOT;
        return ResourceBundle.getBundle(
                BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
