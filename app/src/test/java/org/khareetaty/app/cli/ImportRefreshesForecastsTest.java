package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.testing.SharedData;

/**
 * The daily retrain from the command line: the real 25,000-row Chicago sample imported as 2017-2018, a
 * stored forecast of the districts, then 2019 imported: the import refits the forecast it made stale,
 * after its own timing; {@code --no-forecast-refresh} leaves it stale.
 */
class ImportRefreshesForecastsTest {
    @TempDir
    Path dir;

    static final ObjectMapper JSON = new ObjectMapper();

    /** The sample's rows dated in {@code years} (its dates are {@code M/d/yyyy H:mm}). */
    private Path part(String name, String... years) throws Exception {
        Path out = dir.resolve(name);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(
                                Files.newInputStream(SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"))),
                        StandardCharsets.UTF_8));
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            w.write(in.readLine());
            w.newLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String date = line.split(",", 4)[2];
                String year = date.substring(date.lastIndexOf('/') + 1, date.indexOf(' '));
                if (java.util.List.of(years).contains(year)) {
                    w.write(line);
                    w.newLine();
                }
            }
        }
        return out;
    }

    private static Cli.Run ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertEquals(0, r.exit(), r.out() + r.err());
        return r;
    }

    private boolean stale(String store) throws Exception {
        return JSON.readTree(
                        ok("forecast", "stored", "--store", store, "--json").out())
                .get(0)
                .get("stale")
                .asBoolean();
    }

    @Test
    void anImportRefitsTheStoredForecastsItMadeStale() throws Exception {
        String store = dir.resolve("store").toString();
        ok(
                "boundaries",
                "load",
                "--store",
                store,
                "--layer",
                "districts",
                "--code-field",
                "dist_num",
                SharedData.file("chicago/police_districts.geojson").toString());
        Cli.Run first = ok(
                "import",
                "--store",
                store,
                "-q",
                part("2017-2018.csv.gz", "2017", "2018").toString());
        assertFalse(first.out().contains("stored forecasts refitted"), "there was no stored forecast");
        ok("forecast", "store", "--store", store, "--layer", "districts");

        Cli.Run kept = ok(
                "import",
                "--store",
                store,
                "-q",
                "--no-forecast-refresh",
                part("2019a.csv.gz", "2019").toString());
        assertFalse(kept.out().contains("refitted"), kept.out());
        assertTrue(stale(store), "--no-forecast-refresh leaves the run stale");

        ok("forecast", "refresh", "--store", store);
        assertFalse(stale(store));
        JsonNode r = JSON.readTree(ok(
                        "import",
                        "--store",
                        store,
                        "-q",
                        "--again",
                        "--json",
                        part("2019b.csv.gz", "2019").toString())
                .out());
        JsonNode refresh = r.get("forecast_refresh");
        assertEquals("districts", refresh.get("runs").get(0).asText(), r.toString());
        assertTrue(refresh.get("seconds").asDouble() > 0);
        assertTrue(r.get("seconds").asDouble() > 0, "the import's own time is reported apart");
        assertFalse(stale(store), "the import refitted it");
    }
}
