package org.khareetaty.core.taxonomy;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The names of the offense categories ({@link Taxonomy#CATEGORIES}) in English or Arabic, from
 * {@code categories_en.properties} and {@code categories_ar.properties} beside this class (UTF-8):
 * one list for every place that names a category in words (the window, the KPI report, the
 * drill-down's sentences), so that a category reads the same everywhere.
 */
public enum CategoryNames {
    /** English, lower case ("public order"). */
    EN(Locale.ENGLISH),
    /** Arabic. */
    AR(Locale.forLanguageTag("ar"));

    private final ResourceBundle names;

    CategoryNames(Locale locale) {
        names = ResourceBundle.getBundle(
                "org.khareetaty.core.taxonomy.categories",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The names of {@code language}: Arabic for any "ar" locale, English otherwise. */
    public static CategoryNames of(Locale language) {
        return "ar".equals(language.getLanguage()) ? AR : EN;
    }

    /** The name of category {@code category}, or the code with spaces for underscores when it has none. */
    public String name(String category) {
        return names.containsKey(category) ? names.getString(category) : category.replace('_', ' ');
    }
}
