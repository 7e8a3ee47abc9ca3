package org.khareetaty.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * A large benchmark file made from real rows: the Crime Open Database aggravated-assault file
 * ({@code date,loc_cat,longitude,latitude,district}) replicated to N rows, each copy moved by up to
 * ~50 m and ~30 minutes, so every copy is a distinct record with real spatial structure.
 */
public final class JitteredCopy {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private JitteredCopy() {}

    /** Writes {@code rows} data rows to {@code out} (plain CSV) from the gzip CODB file {@code source}. */
    public static void write(Path source, Path out, long rows, long seed) throws IOException {
        List<String[]> real = new ArrayList<>();
        String header;
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(source)), StandardCharsets.UTF_8))) {
            header = r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                real.add(line.split(",", -1));
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write('\n');
            for (long i = 0; i < rows; i++) {
                String[] f = real.get((int) (i % real.size()));
                boolean original = i < real.size();
                String time = original
                        ? f[0]
                        : LocalDateTime.parse(f[0], TIME)
                                .plusMinutes(random.nextInt(-30, 31))
                                .format(TIME);
                double lon = Double.parseDouble(f[2]) + (original ? 0 : random.nextDouble(-0.0006, 0.0006));
                double lat = Double.parseDouble(f[3]) + (original ? 0 : random.nextDouble(-0.00045, 0.00045));
                w.write(time + "," + f[1] + "," + String.format(Locale.ROOT, "%.6f,%.6f", lon, lat) + "," + f[4]
                        + "\n");
            }
        }
    }
}
