package org.khareetaty.core.etl;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The ceiling of an import: read, split and parse every row of a file with its profile (times,
 * coordinates, codes), with no checks against the store and no writing. Used by
 * {@code khareetaty bench import}.
 */
public final class ParseOnly {
    /** Rows parsed, rows the profile refused, and the time it took. */
    public record Rate(long rows, long refused, double seconds) {
        public double rowsPerSecond() {
            return seconds <= 0 ? 0 : rows / seconds;
        }
    }

    private ParseOnly() {}

    /** Parses {@code file} as an import would. */
    public static Rate run(Path file, ImportOptions options) throws IOException {
        long started = System.nanoTime();
        long rows = 0;
        long refused = 0;
        try (SourceFile src = SourceFile.open(file, options);
                CsvReader csv = new CsvReader(src.reader())) {
            CsvRow first;
            try {
                first = csv.next();
            } catch (MalformedRowException e) {
                throw new ImportException(file, e.line(), "the header line has broken quoting");
            }
            if (first == null) {
                throw new ImportException(file, 0, "the file is empty");
            }
            Header header = Header.of(first.fields());
            csv.expectColumns(header.size());
            RowParser parser = Profiles.choose(header, options.profile(), options.mapping(), file)
                    .bind(header, file);
            while (true) {
                CsvRow row;
                try {
                    row = csv.next();
                } catch (MalformedRowException e) {
                    rows++;
                    refused++;
                    continue;
                }
                if (row == null) {
                    break;
                }
                rows++;
                try {
                    parser.parse(row);
                } catch (RowRejection r) {
                    refused++;
                }
            }
        }
        return new Rate(rows, refused, (System.nanoTime() - started) / 1e9);
    }
}
