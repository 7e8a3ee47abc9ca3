package org.khareetaty.core.etl;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A profile that claims a file must not silently reject it: when a detected profile rejects more
 * than {@link #SHARE} of the rows for one reason, the import is refused (unless
 * {@link ImportOptions#acceptRejections()}) with a message that says so in its first line, shows
 * the first two such rows and the likely fix. Keeps the first two rows of each reason.
 */
final class ClaimCheck {
    /** More than this share of the rows rejected for one reason refuses the import. */
    static final double SHARE = 0.5;

    private static final int EXAMPLES = 2;
    private static final int SHOWN_CHARS = 160;

    private final Map<RejectReason, String[]> examples = new EnumMap<>(RejectReason.class);

    /** Notes a rejected row. */
    void rejected(RejectReason reason, long line, String raw, String message) {
        String[] kept = examples.computeIfAbsent(reason, r -> new String[EXAMPLES]);
        for (int i = 0; i < EXAMPLES; i++) {
            if (kept[i] == null) {
                String shown = raw.length() <= SHOWN_CHARS ? raw : raw.substring(0, SHOWN_CHARS) + "...";
                kept[i] = "line " + line + ": " + shown + "\n      " + message;
                return;
            }
        }
    }

    /**
     * The refusal of an import whose profile {@code profile} ({@code why} it was chosen) rejected
     * more than half of its {@code read} rows for one reason, or null.
     */
    String refusal(String profile, String why, long read, Map<String, Long> rejectedByReason) {
        for (var e : rejectedByReason.entrySet()) {
            if (read > 0 && e.getValue() > SHARE * read) {
                RejectReason reason = RejectReason.valueOf(e.getKey().toUpperCase(Locale.ROOT));
                StringBuilder m = new StringBuilder(String.format(
                        Locale.ROOT,
                        "profile %s rejected %,d of the %,d rows (%d%%) as %s: it may not be the right reading of this "
                                + "file (%s)",
                        profile,
                        e.getValue(),
                        read,
                        Math.round(100.0 * e.getValue() / read),
                        e.getKey(),
                        why));
                for (String example : examples.getOrDefault(reason, new String[0])) {
                    if (example != null) {
                        m.append("\n    ").append(example);
                    }
                }
                m.append("\n  likely fix: ").append(fix(reason));
                m.append(String.format(
                        Locale.ROOT,
                        "\n  Nothing was imported; give --accept-rejections to import the other %,d rows anyway.",
                        read - e.getValue()));
                return m.toString();
            }
        }
        return null;
    }

    /** The likely fix for a file mostly rejected for {@code reason}. */
    static String fix(RejectReason reason) {
        return switch (reason) {
            case MALFORMED_ROW ->
                "the rows do not split into the header's columns: the file may use another "
                        + "delimiter than the comma, or be cut; check it in a text editor";
            case MISSING_FIELD ->
                "a column the profile needs is empty in this export: write a mapping file that "
                        + "names the right columns (docs/mapping.md) and pass --mapping FILE";
            case BAD_TIMESTAMP ->
                "the times are written in another form than the profile reads: write a mapping "
                        + "file with the file's time.pattern (docs/mapping.md) and pass --mapping FILE";
            case FUTURE_TIMESTAMP ->
                "day and month may be swapped (dd/MM against MM/dd): a mapping file with the "
                        + "right time.pattern (docs/mapping.md)";
            case TIMESTAMP_BEFORE_FLOOR -> "the file is older than the time floor: lower it with --time-floor DATE";
            case BAD_COUNT ->
                "the mapping's count.column names a column that holds no counts of offences: name the "
                        + "right column, or leave count.column out (docs/mapping.md)";
            case MISSING_COORDINATES, NON_NUMERIC_COORDINATES ->
                "the coordinates are elsewhere in this export: a "
                        + "mapping file that names the coordinate columns (lat.column/lon.column or x.column/y.column and crs)";
            case COORDINATES_OUT_OF_RANGE ->
                "the coordinates are projected (X/Y), not latitude/longitude: a mapping "
                        + "file with x.column, y.column and crs";
            case GEOCODE_FALLBACK ->
                "most rows sit at the point named with --geocode-fallback: the export was geocoded by a "
                        + "fallback; ask the records clerk for one geocoded to the address";
            case NULL_ISLAND, SENTINEL_LOCATION ->
                "the export carries no real locations: ask the records clerk for " + "one with coordinates";
            case OUTSIDE_STUDY_AREA ->
                "the file is from another place than this store's study area: import it into "
                        + "another store (--store DIR) or load that place's boundaries; or latitude and longitude are "
                        + "swapped (see the messages)";
            case FIELD_TOO_LONG ->
                "a column the profile reads as an identifier or code holds long text in this export: "
                        + "write a mapping file that names the right columns (docs/mapping.md)";
        };
    }
}
