package org.khareetaty.core.etl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small synthetic files in the Chicago portal's snake_case form, one incident per line. */
final class ChicagoCsv {
    static final String HEADER = "id,case_number,date,block,iucr,primary_type,description,location_description,"
            + "arrest,domestic,beat,district,fbi_code,x_coordinate,y_coordinate,latitude,longitude";

    private ChicagoCsv() {}

    /** A weapons violation with WGS84 coordinates (X/Y empty). */
    static String row(String id, String date, String lat, String lon) {
        return id + ",JX" + id + "," + date + ",\"024XX W LITHUANIAN PLAZA CT\",143A,WEAPONS VIOLATION,"
                + "UNLAWFUL POSS OF HANDGUN,OTHER,TRUE,FALSE,832,8,15,,," + lat + "," + lon;
    }

    /** A weapons violation with State Plane X/Y only (latitude/longitude empty). */
    static String rowXy(String id, String date, String x, String y) {
        return id + ",JX" + id + "," + date + ",\"024XX W LITHUANIAN PLAZA CT\",143A,WEAPONS VIOLATION,"
                + "UNLAWFUL POSS OF HANDGUN,OTHER,TRUE,FALSE,832,8,15," + x + "," + y + ",,";
    }

    /** A good row at a real Chicago location. */
    static String good(String id) {
        return row(id, "7/19/2017 13:45", "41.7683084", "-87.68497621");
    }

    /** Writes the header and the lines, each ending in a newline. */
    static Path write(Path file, String... lines) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (String line : lines) {
            text.append(line).append('\n');
        }
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes exactly the given lines (no header added). */
    static Path writeRaw(Path file, List<String> lines) {
        try {
            return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
