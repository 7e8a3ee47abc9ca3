package org.khareetaty.core.testing;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Parts of the real 25,000-row Chicago portal sample ({@code chicago/crimes_2017_2019_sample25k.csv.gz}). */
public final class ChicagoSample {
    private ChicagoSample() {}

    /** Writes to {@code out} (gzip) the header and the rows dated in the years {@code from..to}. */
    public static Path years(Path out, int from, int to) throws IOException {
        Path sample = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(sample)), StandardCharsets.UTF_8));
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            w.write(in.readLine());
            w.newLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String date = line.split(",", 4)[2]; // M/d/yyyy H:mm
                int year = Integer.parseInt(date.substring(date.lastIndexOf('/') + 1, date.indexOf(' ')));
                if (year >= from && year <= to) {
                    w.write(line);
                    w.newLine();
                }
            }
        }
        return out;
    }
}
