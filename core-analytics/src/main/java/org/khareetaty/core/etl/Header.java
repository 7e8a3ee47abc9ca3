package org.khareetaty.core.etl;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A CSV header with names normalised for matching: trimmed, lower case, runs of spaces and
 * punctuation as one underscore, so the Chicago portal's {@code Case Number} and the snake_case
 * {@code case_number} are the same column.
 */
public record Header(List<String> names, List<String> original) {

    /** Normalises a header row. */
    public static Header of(String[] fields) {
        String[] names = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            names[i] = normalise(fields[i]);
        }
        return new Header(List.of(names), List.of(fields));
    }

    /** The normal form of one column name. */
    public static String normalise(String name) {
        String s = name.strip();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1).strip();
        }
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
    }

    /** Index of a column, or -1. */
    public int indexOf(String name) {
        return names.indexOf(normalise(name));
    }

    /** True when every named column is present. */
    public boolean hasAll(String... columns) {
        return Arrays.stream(columns).allMatch(c -> indexOf(c) >= 0);
    }

    /** Number of columns. */
    public int size() {
        return names.size();
    }

    /**
     * Index of a column the profile cannot do without.
     *
     * @throws ImportException naming the column, the profile and the columns the file has
     */
    public int require(String column, String profile, Path file) {
        int i = indexOf(column);
        if (i < 0) {
            throw new ImportException(
                    file,
                    1,
                    "the header has no column '" + column + "', which the " + profile
                            + " profile needs (columns found: " + String.join(", ", original) + ")");
        }
        return i;
    }
}
