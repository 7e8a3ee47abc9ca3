package org.khareetaty.core.etl;

import java.nio.file.Path;
import java.util.SortedMap;
import org.khareetaty.core.store.ImportCounts;

/**
 * The outcome of one import: {@code read = loaded + rejected + duplicates}, always.
 *
 * @param importId         the {@code imports} row
 * @param file             the file imported
 * @param profile          the profile that read it
 * @param why              why that profile: "detected: the header has ...", "given with --profile"
 * @param encoding         the encoding the file was read in and how it was chosen ({@code UTF-8},
 *                         {@code windows-1252 (detected: ...)}, {@code windows-1252 (--encoding)})
 * @param sha256           SHA-256 of the file
 * @param counts           where the rows ended
 * @param rejectedByReason rejected rows by reason code
 * @param flagged          loaded rows that carry a warning, by {@link Flag} code
 * @param blankLines       empty lines skipped (they hold no record)
 * @param seconds          wall-clock duration
 * @param repeatOf         null, or for a file an earlier complete import already read (same
 *                         SHA-256), which was therefore not read again (all counts 0, import id 0):
 *                         that import, e.g. {@code import #3 (crimes.csv, 2026-12-07 01:30 UTC, 24,990 loaded)}
 * @param studyArea        what limited where the points could fall ({@code primary layer beats},
 *                         {@code bbox W,S,E,N (saved by import #1)}, {@code none}), as the import log keeps it
 * @param warning          null, or a warning the import gives: with no study area, that nothing
 *                         limited where points could fall
 */
public record ImportResult(
        long importId,
        Path file,
        String profile,
        String why,
        String encoding,
        String sha256,
        ImportCounts counts,
        SortedMap<String, Long> rejectedByReason,
        SortedMap<String, Long> flagged,
        long blankLines,
        double seconds,
        String repeatOf,
        String studyArea,
        String warning) {

    /** The result of a file not read again: an earlier complete import had its SHA-256. */
    static ImportResult repeat(Path file, String sha256, String earlier) {
        return new ImportResult(
                0,
                file,
                "-",
                "-",
                "-",
                sha256,
                new ImportCounts(0, 0, 0, 0, 0),
                new java.util.TreeMap<>(),
                new java.util.TreeMap<>(),
                0,
                0,
                earlier,
                "-",
                null);
    }

    /** Rows per second over the whole import. */
    public double rowsPerSecond() {
        return seconds <= 0 ? 0 : counts.read() / seconds;
    }
}
