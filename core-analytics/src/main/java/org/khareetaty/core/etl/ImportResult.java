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
 * @param sha256           SHA-256 of the file
 * @param counts           where the rows ended
 * @param rejectedByReason rejected rows by reason code
 * @param flagged          loaded rows that carry a warning, by {@link Flag} code
 * @param blankLines       empty lines skipped (they hold no record)
 * @param seconds          wall-clock duration
 */
public record ImportResult(
        long importId,
        Path file,
        String profile,
        String sha256,
        ImportCounts counts,
        SortedMap<String, Long> rejectedByReason,
        SortedMap<String, Long> flagged,
        long blankLines,
        double seconds) {

    /** Rows per second over the whole import. */
    public double rowsPerSecond() {
        return seconds <= 0 ? 0 : counts.read() / seconds;
    }
}
