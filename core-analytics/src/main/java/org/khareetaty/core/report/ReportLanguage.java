package org.khareetaty.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.khareetaty.core.taxonomy.CategoryNames;

/**
 * The language a report is written in: its words ({@code labels_en.properties},
 * {@code labels_ar.properties} beside this class, UTF-8), the direction of its pages, and the
 * place names it uses (Arabic: the {@code name_ar} of each boundary's attributes, as Kuwait's
 * layers carry them; the zone's name where there is none).
 */
public enum ReportLanguage {
    /** English, left to right. */
    EN(false),
    /** Arabic, right to left. */
    AR(true);

    private final boolean rightToLeft;
    private final Properties words;

    ReportLanguage(boolean rightToLeft) {
        this.rightToLeft = rightToLeft;
        this.words = load("labels_" + name().toLowerCase(Locale.ROOT) + ".properties");
    }

    /** Whether the pages run right to left. */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The word or sentence {@code key}, its {@code %s} and {@code %d} filled with {@code args}. */
    public String text(String key, Object... args) {
        String pattern = words.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("the report has no " + name() + " text for '" + key + "'");
        }
        return String.format(Locale.ROOT, pattern, args);
    }

    /** Every key this language has words for. */
    java.util.Set<String> keys() {
        return words.stringPropertyNames();
    }

    /** The pattern of {@code key}, its {@code %s} and {@code %d} unfilled; null when there is none. */
    String pattern(String key) {
        return words.getProperty(key);
    }

    /** The name of offense category {@code category} in this language ({@link CategoryNames}). */
    public String category(String category) {
        return (rightToLeft ? CategoryNames.AR : CategoryNames.EN).name(category);
    }

    private static Properties load(String file) {
        Properties p = new Properties();
        try (InputStream in = ReportLanguage.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the report's words " + file + " are missing from the program's classes");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
