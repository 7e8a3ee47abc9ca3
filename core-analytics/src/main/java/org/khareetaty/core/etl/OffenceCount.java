package org.khareetaty.core.etl;

import java.nio.file.Path;

/**
 * A mapping's count column ({@code count.column}): how many offences one row of an export stands
 * for (a {@code number} or {@code count} column). The importer loads a row with a count of n as n
 * incidents, alike but for their dedup keys, so that every analysis, which counts incidents, counts
 * offences. A blank count is 1.
 */
final class OffenceCount {
    /** The largest count taken: a bigger one is far more likely a mistyped cell than one report's offences. */
    static final int MAX = 1000;

    private final int column;
    private final String name;

    private OffenceCount(int column, String name) {
        this.column = column;
        this.name = name;
    }

    /** The count column of {@code mapping} in {@code header}, or null when it names none. */
    static OffenceCount of(Mapping mapping, Header header, Path file) {
        String name = mapping == null ? null : mapping.columns().get("count");
        return name == null ? null : new OffenceCount(header.require(name, mapping.name(), file), name);
    }

    /** How many offences the row stands for, 1 to {@link #MAX}. */
    int of(CsvRow row) throws RowRejection {
        String text = Fields.text(row.fields(), column);
        if (text == null || text.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= MAX) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RowRejection(
                RejectReason.BAD_COUNT,
                "count '" + text + "' in column '" + name + "' is not a whole number of offences from 1 to " + MAX);
    }
}
