package org.khareetaty.app.ui.settings;

import java.util.Locale;

/**
 * The language place names and categories are shown in: the {@code language} key of the
 * workstation's preferences ("en" or "ar"; English when unset), which the settings dialog writes.
 * Arabic names show where the boundary layer carries them ({@code name_ar}), English elsewhere.
 */
public final class DisplayLanguage {
    private DisplayLanguage() {}

    /** The chosen language: Arabic for "ar", English otherwise. */
    public static Locale current() {
        return "ar".equals(WindowLayout.root().get("language", "en")) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
    }
}
