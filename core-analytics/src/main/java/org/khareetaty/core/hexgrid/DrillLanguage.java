package org.khareetaty.core.hexgrid;

import com.uber.h3core.util.LatLng;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.taxonomy.CategoryNames;

/**
 * The language of a drill-down's sentences (quick hits, data warnings, the last day's spikes): their
 * {@link MessageFormat} patterns in {@code sentences_en.properties} and {@code sentences_ar.properties}
 * beside this class (UTF-8, the same keys), and the words a sentence takes from elsewhere: categories
 * ({@link CategoryNames}, as the window and the KPI report name them), weekdays, dates and the cell a
 * sentence is about. Numbers are written as the window writes them in both languages (the app's
 * {@code Messages}): Western digits with a comma between thousands ({@link Locale#ROOT}). In Arabic a
 * date is written with slashes (2024/03/01) and a range with words: digits after Arabic letters are
 * Arabic numbers to the Unicode bidirectional algorithm (UAX #9, rule W2), which joins them through a
 * slash or a colon (W4) but not through a dash, so "2024-03-01" or "3-9" would read backwards in a
 * right-to-left line. The cell labels' own words ("Street-scale", "Edge of", "Cell at") are here too:
 * {@link CellLabels} writes them in its language, and reads the labels of both.
 */
public enum DrillLanguage {
    /** English: the sentences {@code khareetaty drill} prints. */
    EN(Locale.ENGLISH),
    /** Arabic, with Western digits ({@code ar-u-nu-latn}) for the weekdays' names. */
    AR(Locale.forLanguageTag("ar-u-nu-latn"));

    private final Locale locale;
    private final ResourceBundle words;
    /** The label words every reader of a label looks for (the map's cells at each redraw): formatted once. */
    private final String streetScale;

    private final String edgePrefix;
    private final String centrePrefix;

    DrillLanguage(Locale locale) {
        this.locale = locale;
        this.words = ResourceBundle.getBundle(
                "org.khareetaty.core.hexgrid.sentences",
                Locale.forLanguageTag(locale.getLanguage()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.streetScale = text("label.street");
        this.edgePrefix = text("edge", "");
        this.centrePrefix = text("label.at", "");
    }

    /** The sentences' language for a display language: Arabic for any "ar" locale, English otherwise. */
    public static DrillLanguage of(Locale language) {
        return "ar".equals(language.getLanguage()) ? AR : EN;
    }

    /** The sentence {@code key} with its arguments ({0}, {1,number,integer}) filled in. */
    String text(String key, Object... args) {
        try {
            return new MessageFormat(words.getString(key), Locale.ROOT).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the drill-down has no " + name() + " sentence '" + key + "'", e);
        }
    }

    /** A day: ISO (2024-03-01), in Arabic with slashes (2024/03/01). */
    String date(LocalDate day) {
        return slashed(day.toString());
    }

    /** A month: 2024-03, in Arabic 2024/03. */
    String month(LocalDate day) {
        return slashed(day.toString().substring(0, 7));
    }

    private String slashed(String iso) {
        return this == AR ? iso.replace('-', '/') : iso;
    }

    /** A weekday's name: "Monday", "الاثنين". */
    String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    /** An offense category as a sentence opens with it: "Public order", "النظام العام". */
    String category(String category) {
        String name = categoryInSentence(category);
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** An offense category inside a sentence: "public order", "النظام العام". */
    String categoryInSentence(String category) {
        return CategoryNames.of(locale).name(category);
    }

    /**
     * A share ({@link QuickHits#share}): "12%", "0.3%", and under a tenth of a percent "<0.1%" in English, "أقل من
     * 0.1%" in Arabic, where the bidirectional algorithm mirrors the "<" of a right-to-left line and a reader could
     * take it for "more than".
     */
    String share(long part, long whole) {
        String share = QuickHits.share(part, whole);
        return share.startsWith("<") ? text("share.under", share.substring(1)) : share;
    }

    /** A number to one decimal, rounded half up as {@link String#format} rounds. */
    static String tenths(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    /** A number to a whole, rounded half up. */
    static String whole(double x) {
        return String.format(Locale.ROOT, "%.0f", x);
    }

    /** An hour of the day: "14:00". */
    static String hour(int h) {
        return String.format(Locale.ROOT, "%02d:00", h);
    }

    /** The word that marks the block or street in a cell's label: "Street-scale", "مستوى الشارع". */
    String streetScale() {
        return streetScale;
    }

    /** Whether {@code label} is one of this language's labels of a cell at the edge of its zones. */
    boolean namesEdge(String label) {
        return label.startsWith(edgePrefix);
    }

    /** Whether {@code label} is one of this language's labels of a cell by its centre. */
    boolean namesCentre(String label) {
        return label.startsWith(centrePrefix);
    }

    /** A cell's label by the zones at its edge ("Edge of District 1"); with "" the label's start. */
    String edgeOf(String zones) {
        return text("edge", zones);
    }

    /** A cell's label by its centre ("Cell at 41.8812 N, 87.6298 W"); with "" the label's start. */
    String atCentre(String centre) {
        return text("label.at", centre);
    }

    /** A cell's label by its centre in this language ({@link CellLabels#centreOf}). */
    String centreOf(long cell) {
        return atCentre(centre(cell));
    }

    /**
     * A drilled-into cell as a sentence names it ({@link CellLabels#cellInSentence}) in this language:
     * "the r9 cell on 037XX N HALSTED ST (Beat 1925)", "الخلية r9 عند Jleeb Al-Shuyoukh (محافظة
     * الفروانية)"; {@code label} is one of this language's labels.
     */
    String cellInSentence(long cell, String label) {
        int res = H3Cells.h3().getResolution(cell);
        if (label.equals(Long.toHexString(cell))) {
            return text("cell", res);
        }
        if (CellLabels.namesCentre(label)) {
            return text("cell.at", res, centre(cell));
        }
        return text(CellLabels.street(label) != null ? "cell.on" : "cell.in", res, CellLabels.inSentence(label));
    }

    /** A cell's centre in this language's words: "41.8812 N, 87.6298 W". */
    private String centre(long cell) {
        LatLng c = H3Cells.h3().cellToLatLng(cell);
        return text(
                "centre",
                String.format(Locale.ROOT, "%.4f", Math.abs(c.lat)),
                text(c.lat < 0 ? "south" : "north"),
                String.format(Locale.ROOT, "%.4f", Math.abs(c.lng)),
                text(c.lng < 0 ? "west" : "east"));
    }
}
