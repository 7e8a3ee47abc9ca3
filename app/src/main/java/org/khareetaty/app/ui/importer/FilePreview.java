package org.khareetaty.app.ui.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.khareetaty.core.etl.CsvReader;
import org.khareetaty.core.etl.CsvRow;
import org.khareetaty.core.etl.Header;
import org.khareetaty.core.etl.ImportException;
import org.khareetaty.core.etl.MalformedRowException;
import org.khareetaty.core.etl.Profile;
import org.khareetaty.core.etl.Profiles;

/**
 * The first rows of an incident file and the built-in profile that recognises its header, or the
 * reason none does (then the analyst maps the columns).
 *
 * @param file     the file
 * @param header   its header as written
 * @param rows     the first data rows
 * @param profile  the profile detected, or null
 * @param problem  why no profile was detected, or null
 */
public record FilePreview(Path file, List<String> header, List<String[]> rows, String profile, String problem) {
    /** Rows shown in the preview. */
    public static final int ROWS = 20;

    /** Reads the header and the first {@link #ROWS} rows of a CSV or .csv.gz file. */
    public static FilePreview of(Path file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
                CsvReader csv = new CsvReader(new InputStreamReader(gunzipIfNeeded(raw), StandardCharsets.UTF_8))) {
            CsvRow first = csv.next();
            while (first != null && first.raw().isBlank()) {
                first = csv.next();
            }
            if (first == null) {
                throw new ImportException(file, 0, "the file is empty: no header and no rows");
            }
            Header header = Header.of(first.fields());
            List<String[]> rows = new ArrayList<>();
            while (rows.size() < ROWS) {
                CsvRow r;
                try {
                    r = csv.next();
                } catch (MalformedRowException e) {
                    continue;
                }
                if (r == null) {
                    break;
                }
                if (!r.raw().isBlank()) {
                    rows.add(Arrays.copyOf(r.fields(), header.size()));
                }
            }
            String profile = null;
            String problem = null;
            try {
                Profile p = Profiles.choose(header, null, null, file);
                p.bind(header, file);
                profile = p.name();
            } catch (ImportException e) {
                problem = e.getMessage();
            }
            return new FilePreview(file, header.original(), rows, profile, problem);
        } catch (MalformedRowException e) {
            throw new ImportException(file, e.line(), "the header line has broken quoting");
        }
    }

    private static InputStream gunzipIfNeeded(InputStream in) throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
