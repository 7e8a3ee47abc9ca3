package org.khareetaty.core.etl;

/**
 * One record of a CSV file.
 *
 * @param line   physical line number (1-based) where the record starts
 * @param fields the parsed fields, quotes removed
 * @param raw    the record's text as it stands in the file, for the rejected-rows log
 */
public record CsvRow(long line, String[] fields, String raw) {}
