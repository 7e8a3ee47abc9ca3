package org.khareetaty.app.cli;

import java.util.List;
import java.util.function.Supplier;
import org.khareetaty.core.error.KhareetatyException;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.taxonomy.Taxonomy;

/**
 * The checks of option values that several commands share. A value the program cannot use (an
 * unknown category, a resolution out of range, a cell id that is not one, dates in the wrong order)
 * is a usage error, exit {@value KhareetatyException#USAGE_ERROR}, in every command alike.
 */
final class Arguments {
    private Arguments() {}

    /** A usage error with {@code message}. */
    static KhareetatyException usage(String message) {
        return new KhareetatyException(message, null, KhareetatyException.USAGE_ERROR);
    }

    /** {@code categories}, each one of the taxonomy's, else a usage error naming the unknown one. */
    static List<String> categories(List<String> categories) {
        for (String c : categories) {
            if (!Taxonomy.CATEGORIES.contains(c)) {
                throw usage("--category '" + c + "' is not a category: use one of "
                        + String.join(", ", Taxonomy.CATEGORIES));
            }
        }
        return categories;
    }

    /** The H3 cell whose hex id {@code option} gave, else a usage error that says so in words. */
    static long cell(String option, String hex) {
        long cell;
        try {
            cell = H3Cells.h3().stringToH3(hex);
        } catch (RuntimeException e) {
            cell = 0;
        }
        if (cell == 0 || !H3Cells.h3().isValidCell(cell)) {
            throw usage(option + " '" + hex + "' is not an H3 cell: give its hex id, e.g. 862664c1fffffff");
        }
        return cell;
    }

    /**
     * The scope or parameters {@code build} makes from the options; a value it refuses
     * ({@link IllegalArgumentException}: a range, an order of dates) is a usage error.
     */
    static <T> T checked(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }
}
