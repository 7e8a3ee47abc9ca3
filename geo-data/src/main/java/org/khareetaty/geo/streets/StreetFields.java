package org.khareetaty.geo.streets;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Which fields of a line layer hold each street's name and class, and the file's CRS when it does
 * not say. A field left null is looked for under its usual names (case ignored): the name in
 * {@link #NAME_FIELDS}, the class in {@link #CLASS_FIELDS}; a file without a class field loads every
 * line as an ordinary street.
 *
 * @param nameField  the name field, or null to look for one
 * @param classField the class field, or null to look for one
 * @param crs        the file's CRS as {@code EPSG:n}, or null for the one it declares
 */
public record StreetFields(String nameField, String classField, String crs) {
    /** Usual names of a street-name field, in order of preference. */
    public static final List<String> NAME_FIELDS =
            List.of("name", "street_nam", "street_name", "streetname", "full_name", "fullname", "st_name", "street");
    /** Usual names of a street-class field, in order of preference. */
    public static final List<String> CLASS_FIELDS =
            List.of("highway", "fclass", "class", "road_class", "street_class", "func_class", "functional_class");

    /** Names and classes from their usual fields, the CRS the file declares. */
    public static StreetFields found() {
        return new StreetFields(null, null, null);
    }

    /** The name field among {@code fields}: the one given (which must be there), else a usual one, else null. */
    String nameFieldIn(Collection<String> fields, String file) {
        return pick(nameField, NAME_FIELDS, fields, file, "name");
    }

    /** The class field among {@code fields}: the one given (which must be there), else a usual one, else null. */
    String classFieldIn(Collection<String> fields, String file) {
        return pick(classField, CLASS_FIELDS, fields, file, "class");
    }

    private static String pick(String given, List<String> usual, Collection<String> fields, String file, String role) {
        if (given != null) {
            if (fields.contains(given)) {
                return given;
            }
            throw new StreetFileException("The " + role + " field '" + given + "' is in no feature of " + file
                    + ". Fields in the file: " + (fields.isEmpty() ? "(none)" : String.join(", ", fields))
                    + ". Choose one with --" + role + "-field.");
        }
        for (String u : usual) {
            for (String f : fields) {
                if (f.toLowerCase(Locale.ROOT).equals(u)) {
                    return f;
                }
            }
        }
        return null;
    }
}
