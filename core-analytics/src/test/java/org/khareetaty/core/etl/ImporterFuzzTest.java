package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.khareetaty.core.testing.StoreQueries.number;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * A bounded fuzz test of the importer: files made of real Chicago rows, some intact and most
 * mutated (characters deleted or inserted, quotes, separators, line breaks, a NUL now and then, escape
 * characters, fields swapped, emptied or replaced by extreme numbers, rows cut short or doubled),
 * imported into a real store. Each import either fails as a whole with an {@link ImportException}
 * that names the file, or accounts for every row ({@code read = loaded + rejected + duplicates},
 * as the store's rows of that import say); nothing else may happen. Deterministic (fixed seeds),
 * bounded to {@link #ROUNDS} files and a few seconds.
 */
class ImporterFuzzTest {
    static final int ROUNDS = 16;
    static final int ROWS = 150;
    static final long BUDGET_NANOS = 8_000_000_000L;

    @TempDir
    static Path tmp;

    static Store store;
    static String header;
    static List<String> real;

    @BeforeAll
    static void realRowsAndStore() throws IOException {
        Path sample = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        real = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(sample)), StandardCharsets.UTF_8))) {
            header = r.readLine();
            String line;
            while (real.size() < 2_000 && (line = r.readLine()) != null) {
                real.add(line);
            }
        }
        store = Store.open(tmp.resolve("store"));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void everyMutatedFileFailsWholeOrAccountsForEveryRow() throws IOException {
        Importer importer = new Importer(store);
        long start = System.nanoTime();
        int imported = 0;
        int failed = 0;
        for (int round = 0; round < ROUNDS && System.nanoTime() - start < BUDGET_NANOS; round++) {
            SplittableRandom random = new SplittableRandom(1_000 + round);
            Path file = tmp.resolve("fuzz-" + round + ".csv");
            Files.write(file, fileText(random, round).getBytes(StandardCharsets.UTF_8)); // a cut surrogate pair: "?"
            ImportResult r;
            try {
                r = importer.importFile(
                        file, ImportOptions.defaults().withAcceptRejections(true), ProgressListener.NONE);
            } catch (ImportException e) {
                assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
                failed++;
                continue;
            } catch (RuntimeException e) {
                throw new AssertionError("round " + round + " (seed " + (1_000 + round) + "): " + e, e);
            }
            imported++;
            var c = r.counts();
            assertEquals(c.read(), c.loaded() + c.rejected() + c.duplicates(), "round " + round + ": " + c);
            assertEquals(c.loaded(), number(store, "SELECT COUNT(*) FROM incidents WHERE import_id = ?", r.importId()));
            assertEquals(
                    c.rejected(),
                    number(store, "SELECT COUNT(*) FROM rejected_rows WHERE import_id = ?", r.importId()));
        }
        if (imported == 0) {
            fail("no fuzzed file was imported (" + failed
                    + " failed whole): the mutations are too strong to test rows");
        }
    }

    /**
     * The header (mutated in one round of four) and {@link #ROWS} real rows, two in three mutated. A NUL
     * byte makes a file binary, which the importer refuses whole (docs/import.md): one round in eight
     * carries one, the others none, so that most rounds reach the rows.
     */
    private static String fileText(SplittableRandom random, int round) {
        StringBuilder b = new StringBuilder();
        b.append(round % 4 == 3 ? mutate(header, random) : header).append('\n');
        int nulRow = round % 8 == 5 ? random.nextInt(ROWS) : -1;
        for (int i = 0; i < ROWS; i++) {
            String row = real.get(random.nextInt(real.size()));
            String line = random.nextInt(3) == 0 ? row : mutate(row, random);
            b.append(i == nulRow ? insert(line, random.nextInt(line.length() + 1), "\u0000") : line)
                    .append('\n');
        }
        return b.toString();
    }

    private static final String[] EXTREMES = {
        "",
        "0",
        "-0",
        "NaN",
        "Infinity",
        "1e308",
        "-1e308",
        "99999999999999999999",
        "41.8,",
        "\"",
        "\"\"",
        "0.0",
        "2099-01-01 00:00:00",
        "01/01/1900 00:00:00 AM",
        "13/45/2017 25:61:61 PM",
        "\u001b[2J",
        "مخفر",
        "\uD83D\uDE93",
        "\r",
        "\n",
        ",,,,,,"
    };

    /** One to four mutations of {@code line}. */
    static String mutate(String line, SplittableRandom random) {
        String s = line;
        for (int k = 1 + random.nextInt(4); k > 0; k--) {
            s = switch (random.nextInt(7)) {
                case 0 -> s.isEmpty() ? s : deleteChar(s, random);
                case 1 -> insert(s, random.nextInt(s.length() + 1), EXTREMES[random.nextInt(EXTREMES.length)]);
                case 2 -> replaceField(s, random, EXTREMES[random.nextInt(EXTREMES.length)]);
                case 3 -> swapFields(s, random);
                case 4 -> s.substring(0, random.nextInt(s.length() + 1));
                case 5 -> s + "\n" + s;
                default -> insert(s, random.nextInt(s.length() + 1), String.valueOf((char) (1 + random.nextInt(0x7f))));
            };
        }
        return s;
    }

    private static String deleteChar(String s, SplittableRandom random) {
        int at = random.nextInt(s.length());
        return s.substring(0, at) + s.substring(at + 1);
    }

    private static String insert(String s, int at, String what) {
        return s.substring(0, at) + what + s.substring(at);
    }

    private static String replaceField(String s, SplittableRandom random, String with) {
        String[] f = s.split(",", -1);
        f[random.nextInt(f.length)] = with;
        return String.join(",", f);
    }

    private static String swapFields(String s, SplittableRandom random) {
        String[] f = s.split(",", -1);
        int a = random.nextInt(f.length);
        int b = random.nextInt(f.length);
        String t = f[a];
        f[a] = f[b];
        f[b] = t;
        return String.join(",", f);
    }
}
