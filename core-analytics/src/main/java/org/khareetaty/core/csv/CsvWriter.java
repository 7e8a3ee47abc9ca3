package org.khareetaty.core.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes CSV (RFC 4180: a field holding a comma, a quote or a line break is quoted, quotes doubled)
 * that a spreadsheet opens as data. Incident descriptions and raw rows come from outside, and a
 * spreadsheet runs a cell that starts with {@code = + - @}, a tab or a carriage return as a formula
 * (CSV injection, OWASP's "CSV Injection" page): every text cell that starts with one of them is
 * prefixed with a single quote ({@link #neutralise}). Numbers ({@link Number}) and booleans are
 * written as they are, since they cannot hold a formula: a negative count stays a number.
 *
 * <p>Lines end with {@code \n}; the file is UTF-8, optionally with a byte-order mark so that Excel
 * reads it as UTF-8. Not thread safe.
 */
public final class CsvWriter implements AutoCloseable {
    /** The first characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    /** Writes to {@code out}, which the caller closes (or {@link #close()} does). */
    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Creates (or replaces) {@code file}, UTF-8, with a byte-order mark first when {@code bom}. */
    public static CsvWriter create(Path file, boolean bom) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        if (bom) {
            w.write('\uFEFF');
        }
        return new CsvWriter(w);
    }

    /** Writes one record. */
    public void row(Object... cells) throws IOException {
        row(Arrays.asList(cells));
    }

    /** Writes one record. */
    public void row(List<?> cells) throws IOException {
        List<String> fields = new ArrayList<>(cells.size());
        for (Object c : cells) {
            fields.add(cell(c));
        }
        out.write(String.join(",", fields));
        out.write('\n');
    }

    /** Flushes what was written. */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /**
     * One field as written: empty for null; a number or boolean as it is ({@link BigDecimal} in plain
     * notation); anything else as text, neutralised and quoted where needed.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quote(neutralise(value.toString()));
    }

    /** {@code text} with a single quote before it when it starts with {@code = + - @}, a tab or a carriage return. */
    public static String neutralise(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** {@code text} quoted (quotes doubled) when it holds a comma, a quote or a line break. */
    public static String quote(String text) {
        return text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }

    /** {@code value} rounded half-up to {@code decimals} places, as a number cell; null stays null. */
    public static BigDecimal decimal(Double value, int decimals) {
        return value == null || value.isNaN() || value.isInfinite()
                ? null
                : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}
