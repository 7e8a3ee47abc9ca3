package org.khareetaty.core.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.khareetaty.core.error.KhareetatyException;
import org.khareetaty.core.etl.CsvReader;
import org.khareetaty.core.etl.CsvRow;
import org.khareetaty.core.etl.MalformedRowException;

/**
 * The series of protocol A (FORECAST_PROTOCOL.md A1) read straight from a Crime Open Database file
 * ({@code date,...,district}), without a store: the day of an incident is the first ten characters of
 * {@code date}; the zones are the values of the file's own {@code district} field that occur in every
 * calendar year of the file; the whole area is every row. This is the reference's reading, so the
 * harness can be checked against it figure for figure; a store's {@link ZoneDailyCounts} places the
 * incidents in the districts by their coordinates instead.
 */
public final class SourceDistrictSeries {
    private SourceDistrictSeries() {}

    /** Reads {@code file} (plain or gzip CSV with a header naming {@code date} and {@code district}). */
    public static SeriesSet read(Path file) {
        ZoneDays counts = new ZoneDays();
        forEachRow(file, (date, district, row) -> {
            if (district == null || date.length() < 10) {
                throw new KhareetatyException(
                        file + " line " + row.line() + ": no date or district in '" + row.raw() + "'");
            }
            counts.add(district, parseDay(date, file, row.line()), 1);
        });
        if (counts.isEmpty()) {
            throw new KhareetatyException(file + " has no rows");
        }
        return counts.build("district (source field)");
    }

    /**
     * The incidents of {@code file} per district, day and six-hour block over the days of {@code set} (read
     * from it by {@link #read}): the hour is characters 12-13 of {@code date} ({@code YYYY-MM-DD HH:MM});
     * a date without a time has no block.
     */
    public static HourBlocks hourBlocks(Path file, SeriesSet set) {
        HourBlocks.Builder blocks =
                HourBlocks.over(set.whole().first(), set.whole().counts().length);
        forEachRow(file, (date, district, row) -> {
            if (district != null && date.length() >= 13) {
                blocks.add(district, parseDay(date, file, row.line()), hour(date.substring(11, 13)), 1);
            }
        });
        return blocks.build();
    }

    /** One data row's {@code date} and stripped {@code district} (null when the row is too short). */
    private interface RowVisitor {
        void visit(String date, String district, CsvRow row);
    }

    private static void forEachRow(Path file, RowVisitor visitor) {
        try (InputStream in = CrimeOpenDatabaseFile.open(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CsvReader csv = new CsvReader(reader)) {
            CsvRow header = csv.next();
            if (header == null) {
                throw new KhareetatyException(file + " is empty: expected a header with date and district");
            }
            int date = column(header, "date", file);
            int district = column(header, "district", file);
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                String[] f = row.fields();
                boolean whole = f.length > Math.max(date, district);
                visitor.visit(whole ? f[date] : "", whole ? f[district].strip() : null, row);
            }
        } catch (IOException | MalformedRowException e) {
            throw new KhareetatyException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static int hour(String hh) {
        return hh.chars().allMatch(Character::isDigit) ? Integer.parseInt(hh) : -1;
    }

    private static LocalDate parseDay(String value, Path file, long line) {
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            throw new KhareetatyException(
                    file + " line " + line + ": date '" + value + "' does not start with YYYY-MM-DD");
        }
    }

    private static int column(CsvRow header, String name, Path file) {
        return CrimeOpenDatabaseFile.column(
                header, name, file, "protocol A reads the Crime Open Database form date,...,district");
    }
}
