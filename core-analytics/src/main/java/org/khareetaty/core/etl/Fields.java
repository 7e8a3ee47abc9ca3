package org.khareetaty.core.etl;

import java.util.Locale;

/** Small parsers for the fields of police exports: text, flags, coordinates, zero-padded codes. */
public final class Fields {
    private Fields() {}

    /** The field at {@code index}, stripped, or null when absent or empty. */
    public static String text(String[] fields, int index) {
        if (index < 0 || index >= fields.length) {
            return null;
        }
        String s = fields[index].strip();
        return s.isEmpty() ? null : s;
    }

    /** A required text field. */
    public static String required(String[] fields, int index, String column) throws RowRejection {
        String s = text(fields, index);
        if (s == null) {
            throw new RowRejection(RejectReason.MISSING_FIELD, "the column '" + column + "' is empty");
        }
        return s;
    }

    /** TRUE/FALSE, Y/N, YES/NO, 1/0 (any case); null when empty or unrecognised. */
    public static Boolean flag(String[] fields, int index) {
        String s = text(fields, index);
        if (s == null) {
            return null;
        }
        return switch (s.toUpperCase(Locale.ROOT)) {
            case "TRUE", "T", "Y", "YES", "1" -> Boolean.TRUE;
            case "FALSE", "F", "N", "NO", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * A coordinate value.
     *
     * @throws RowRejection {@link RejectReason#MISSING_COORDINATES} when empty,
     *                      {@link RejectReason#NON_NUMERIC_COORDINATES} when not a finite number
     */
    public static double coordinate(String[] fields, int index, String column) throws RowRejection {
        String s = text(fields, index);
        if (s == null) {
            throw new RowRejection(RejectReason.MISSING_COORDINATES, "the column '" + column + "' is empty");
        }
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RowRejection(
                RejectReason.NON_NUMERIC_COORDINATES, "'" + s + "' in column '" + column + "' is not a number");
    }

    /**
     * Restores the leading zeros a spreadsheet strips from a fixed-width code: {@code 820 -> 0820}
     * for a four-character Chicago IUCR code ({@code 143A} stays).
     */
    public static String zeroPaddedTo(String code, int length) {
        if (code == null || code.length() >= length) {
            return code;
        }
        return "0".repeat(length - code.length()) + code;
    }

    /**
     * Restores the leading zeros of a code whose numeric part has a fixed width and may carry a
     * letter suffix: FBI codes {@code 6 -> 06}, {@code 8B -> 08B}, {@code 26} stays.
     *
     * @param width width of the code's numeric part
     */
    public static String zeroPaddedDigits(String code, int width) {
        if (code == null) {
            return null;
        }
        int digits = 0;
        while (digits < code.length() && Character.isDigit(code.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits >= width) {
            return code;
        }
        return "0".repeat(width - digits) + code;
    }
}
