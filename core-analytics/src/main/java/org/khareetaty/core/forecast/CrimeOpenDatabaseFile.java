package org.khareetaty.core.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.khareetaty.core.error.KhareetatyException;
import org.khareetaty.core.etl.CsvRow;

/**
 * Reading a Crime Open Database file (plain or gzip CSV) the way the shared bench's reference scripts
 * do: {@link SourceDistrictSeries} (protocol A) and the hotspot incidents (protocol B).
 */
public final class CrimeOpenDatabaseFile {
    private CrimeOpenDatabaseFile() {}

    /** The file's bytes, unzipped when its name ends in {@code .gz}. */
    public static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /**
     * The index of column {@code name} (case-insensitive) in {@code header}; an error names the file, its
     * header and the {@code form} the protocol reads, e.g. {@code "protocol A reads ... date,...,district"}.
     */
    public static int column(CsvRow header, String name, Path file, String form) {
        String[] f = header.fields();
        for (int i = 0; i < f.length; i++) {
            if (f[i].strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new KhareetatyException(file + " has no '" + name + "' column (header: " + header.raw() + "); " + form);
    }
}
