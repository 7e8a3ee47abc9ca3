package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.ChicagoSample;

/**
 * Tomorrow's forecast boxes made by the import, not by the first report after it: the real Chicago sample's
 * 2017-2018 imported, a briefing with 5% boxes (made then, and kept), then 2019 imported: the import makes and
 * keeps the boxes of the day after 2019's last incident and says so, and the briefing of that day reads them
 * (their plan is not made again).
 */
class ImportMakesForecastBoxesTest {
    @TempDir
    Path dir;

    private static Cli.Run ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertEquals(0, r.exit(), () -> String.join(" ", args) + "\n" + r.out() + r.err());
        return r;
    }

    /** The kept plans of 5% boxes of all categories: day and when made. */
    private static List<String> plans(String store) {
        try (Store s = Store.open(Path.of(store))) {
            return s.read("read the plans of", c -> {
                List<String> out = new ArrayList<>();
                try (var st = c.createStatement();
                        var rs = st.executeQuery("SELECT plan_day, made_at FROM patrol_plans"
                                + " WHERE coverage = 5 AND categories = '' ORDER BY plan_day")) {
                    while (rs.next()) {
                        out.add(rs.getObject(1, LocalDate.class) + " "
                                + rs.getObject(2, java.time.OffsetDateTime.class)
                                        .toInstant());
                    }
                }
                return out;
            });
        }
    }

    /** The kept plan of {@code day}: its day and when made. */
    private static String planOf(String store, LocalDate day) {
        return plans(store).stream()
                .filter(p -> p.startsWith(day.toString()))
                .findFirst()
                .orElseThrow();
    }

    /** {@code report briefing} of district 11 as of {@code asOf} with 5% forecast boxes, into {@code out}. */
    private void briefing(String store, String asOf, String out) {
        ok(
                "report",
                "briefing",
                "--store",
                store,
                "--zone",
                "districts:11",
                "--as-of",
                asOf,
                "--forecast-boxes",
                "5",
                "--out",
                dir.resolve(out).toString());
    }

    private static LocalDate lastDay(String store) {
        try (Store s = Store.open(Path.of(store))) {
            return s.read("read the last day of", c -> {
                try (var st = c.createStatement();
                        var rs = st.executeQuery("SELECT MAX(local_date) FROM incidents")) {
                    rs.next();
                    return rs.getObject(1, LocalDate.class);
                }
            });
        }
    }

    @Test
    void anImportMakesTomorrowsBoxesOfTheChoicesBriefingsKeptSoABriefingOnlyReadsThem() throws Exception {
        String store = dir.resolve("store").toString();
        ChicagoLayers.load(store, ChicagoLayers.BEATS_PRIMARY, ChicagoLayers.DISTRICTS);
        Cli.Run first = ok(
                "import",
                "--store",
                store,
                "-q",
                ChicagoSample.years(dir.resolve("a.csv.gz"), 2017, 2018).toString());
        assertTrue(!first.out().contains("forecast boxes of"), "no report asked for boxes yet: " + first.out());
        briefing(store, "2019-01-01T06:00", "b1");
        assertEquals(1, plans(store).size(), "the briefing made and kept its boxes: " + plans(store));

        JsonNode r = new ObjectMapper()
                .readTree(ok(
                                "import",
                                "--store",
                                store,
                                "-q",
                                "--json",
                                ChicagoSample.years(dir.resolve("b.csv.gz"), 2019, 2019)
                                        .toString())
                        .out());
        LocalDate tomorrow = lastDay(store).plusDays(1);
        JsonNode made = r.get("forecast_refresh").get("forecast_boxes").get("made");
        assertEquals(1, made.size(), r.toString());
        assertEquals(tomorrow.toString(), made.get(0).get("day").asText());
        assertEquals(5.0, made.get(0).get("coverage").asDouble());
        assertTrue(made.get(0).get("cells").asInt() > 0, made.toString());
        String plan = planOf(store, tomorrow);
        assertTrue(Instant.parse(plan.substring(11)).isAfter(Instant.now().minusSeconds(600)), plan);

        // in words, without --json: a third import of the same year again
        Cli.Run words = ok(
                "import",
                "--store",
                store,
                "-q",
                "--again",
                dir.resolve("b.csv.gz").toString());
        assertTrue(words.out().contains("forecast boxes of " + tomorrow + " made and kept"), words.out());
        String remade = planOf(store, tomorrow);

        briefing(store, tomorrow + "T06:00", "b2");
        assertEquals(remade, planOf(store, tomorrow), "the briefing read the kept plan: it was not made again");
    }
}
