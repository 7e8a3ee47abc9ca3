package org.khareetaty.core.etl;

/** Turns the rows of one file, whose header a {@link Profile} has bound, into incidents. */
@FunctionalInterface
public interface RowParser {
    /**
     * Reads one row.
     *
     * @throws RowRejection when the row cannot become an incident (bad time, coordinates, ...)
     */
    SourceIncident parse(CsvRow row) throws RowRejection;
}
