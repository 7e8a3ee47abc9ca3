package org.khareetaty.core.hexgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.forecast.Ets;
import org.khareetaty.core.forecast.spike.Spike;
import org.khareetaty.core.forecast.spike.SpikeCheck;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;

/**
 * A spike of the drill's last day as a data warning and a quick hit, on the real Chicago 25k sample
 * (2017-01-01..2019-09-29, about 23 incidents a day over the city, a few a week in an r7 cell) with
 * 12 incidents planted on its last day at one West Side address in District 11.
 */
class DrillSpikesTest {
    static final LocalDate LAST = LocalDate.of(2019, 9, 29);
    static final double LAT = 41.88097;
    static final double LNG = -87.72292;
    static final int PLANTED = 12;

    @TempDir
    static Path dir;

    static Store store;
    static long cell;

    @BeforeAll
    static void importSample() {
        store = SharedData.importedSample(dir.resolve("store"));
        cell = H3Cells.h3().latLngToCell(LAT, LNG, 7);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Drill drillLastMonth(StoreDrillSession s) {
        return s.drill(new DrillScope(7, null, LAST.withDayOfMonth(1), LAST, List.of(), false));
    }

    static List<DataWarning> spikes(Drill d) {
        return d.warnings().stream()
                .filter(w -> w.kind() == DataWarning.Kind.SPIKE)
                .toList();
    }

    static String cellName(Drill d) {
        CellStats c =
                d.cells().stream().filter(x -> x.cell() == cell).findFirst().orElseThrow();
        return CellLabels.cellInSentence(c.cell(), c.label());
    }

    @Test
    void twelveIncidentsPlantedInOneCellOnTheLastDayAreASpikeWarningAndAQuickHit() throws Exception {
        StoreDrillSession session = StoreDrillSession.open(store);
        Drill before = drillLastMonth(session);
        String name = cellName(before);
        int ordinary = incidentsOn(LAST);
        assertTrue(ordinary < 3, "a quiet cell on an ordinary day: " + ordinary);
        assertTrue(
                spikes(before).stream().noneMatch(w -> w.text().contains(name + ":")),
                "no spike in the cell before planting: " + spikes(before));

        new Importer(store).importFile(planted(), ImportOptions.defaults(), ProgressListener.NONE);
        Drill after = drillLastMonth(session);
        int observed = ordinary + PLANTED;
        assertEquals(observed, incidentsOn(LAST), "the planted incidents fall in the cell");

        DataWarning w = spikes(after).stream()
                .filter(x -> x.text().contains(name + ":"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no spike warning for " + name + ": " + after.warnings()));
        assertEquals(after.warnings(), drillLastMonth(session).warnings(), "drilled again: the checks kept");
        assertEquals(observed, w.count());
        // the warning opens the cell's incidents of the day: the planted ones and the ordinary ones
        assertTrue(w.opensRows());
        assertEquals(Long.toHexString(cell), w.value());
        List<org.khareetaty.core.incidents.IncidentRow> rows =
                new org.khareetaty.core.incidents.IncidentRows(store).latest(after.scope(), w);
        assertEquals(observed, rows.size());
        for (var row : rows) {
            assertEquals(LAST, row.occurred().toLocalDate(), row.toString());
            assertEquals(cell, H3Cells.h3().cellToParent(row.cell(), 7), row.toString());
        }
        // an independent oracle: the cell's daily counts from the store's rows, checked as forecast spikes checks
        LocalDate first = firstDay().isAfter(LAST.minusDays(DrillSpikes.WINDOW))
                ? firstDay()
                : LAST.minusDays(DrillSpikes.WINDOW);
        Spike expected = SpikeCheck.check(name, first, dailyCounts(first), LAST, 1, new Ets(), DrillSpikes.WINDOW);
        assertTrue(expected.alarm(), expected.toString());
        assertTrue(expected.observed() > expected.hi95(), "far above the 95% range: " + expected);
        assertEquals(
                String.format(
                        java.util.Locale.ROOT,
                        "Spike in %s: %d incidents on 2019-09-29, expected %.1f (95%% range %.0f-%.0f); a count this far "
                                + "above its forecast is rare by chance (score %.1f, alarm above 3).",
                        name,
                        observed,
                        expected.expected(),
                        expected.lo95(),
                        expected.hi95(),
                        expected.score()),
                w.text());
        String hit = after.quickHits().get(after.quickHits().size() - 1);
        assertTrue(hit.endsWith("the sharpest spike of the day."), hit);
        assertTrue(hit.startsWith("The r7 cell") && hit.contains(" had " + observed + " incidents on 2019-09-29"), hit);
        assertEquals(
                before.quickHits().size() + (spikes(before).isEmpty() ? 1 : 0),
                after.quickHits().size());

        // the same spike in the Arabic window's words, with the same numbers
        Drill arabic = drillLastMonth(StoreDrillSession.open(store, java.util.Locale.forLanguageTag("ar")));
        CellStats c = arabic.cells().stream()
                .filter(x -> x.cell() == cell)
                .findFirst()
                .orElseThrow();
        String arabicName = DrillLanguage.AR.cellInSentence(cell, c.label());
        assertTrue(arabicName.startsWith("الخلية r7 "), arabicName);
        assertEquals(
                String.format(
                        java.util.Locale.ROOT,
                        "ارتفاع حاد في %s: %d من الحوادث يوم 2019/09/29، والمتوقع %.1f (نطاق 95%% بين %.0f و%.0f)؛ عدد "
                                + "بهذا البعد عن توقعه نادر بالصدفة (الدرجة %.1f، والإنذار فوق 3).",
                        arabicName,
                        observed,
                        expected.expected(),
                        expected.lo95(),
                        expected.hi95(),
                        expected.score()),
                spikes(arabic).stream()
                        .filter(x -> x.text().contains(arabicName + ":"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no Arabic spike warning: " + arabic.warnings()))
                        .text());
        String arabicHit = arabic.quickHits().get(arabic.quickHits().size() - 1);
        assertTrue(
                arabicHit.startsWith("سجّلت " + arabicName + " " + observed + " من الحوادث يوم 2019/09/29 مقابل "),
                arabicHit);
    }

    /** The planted rows: the sample's columns, new ids and case numbers, one West Madison Street address. */
    static Path planted() throws Exception {
        StringBuilder csv =
                new StringBuilder("\"id\",\"case_number\",\"date\",\"block\",\"iucr\",\"primary_type\",\"description\","
                        + "\"location_description\",\"arrest\",\"domestic\",\"beat\",\"district\",\"ward\","
                        + "\"community_area\",\"fbi_code\",\"x_coordinate\",\"y_coordinate\",\"year\",\"updated_on\","
                        + "\"latitude\",\"longitude\",\"location\"\n");
        for (int i = 0; i < PLANTED; i++) {
            csv.append(String.format(
                    java.util.Locale.ROOT,
                    "%d,\"ZZ9%05d\",\"9/29/2019 %d:%02d\",\"038XX W MADISON ST\",\"0486\",\"BATTERY\","
                            + "\"DOMESTIC BATTERY SIMPLE\",\"STREET\",FALSE,FALSE,1122,11,28,26,\"08B\",1150430,1899750,"
                            + "2019,\"10/6/2019 15:50\",%.5f,%.5f,\"(%.5f, %.5f)\"\n",
                    99_000_000 + i,
                    i,
                    8 + i,
                    5 * i,
                    LAT,
                    LNG,
                    LAT,
                    LNG));
        }
        Path file = dir.resolve("planted.csv");
        Files.writeString(file, csv);
        return file;
    }

    static int incidentsOn(LocalDate day) throws Exception {
        try (Connection c = store.connect();
                PreparedStatement ps =
                        c.prepareStatement("SELECT COUNT(*) FROM incidents WHERE h3_r7 = ? AND local_date = ?")) {
            ps.setLong(1, cell);
            ps.setObject(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static LocalDate firstDay() throws Exception {
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT MIN(local_date) FROM incidents");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getObject(1, LocalDate.class);
        }
    }

    /** The cell's incidents on each day from {@code first} to the last day. */
    static int[] dailyCounts(LocalDate first) throws Exception {
        int[] out = new int[(int) java.time.temporal.ChronoUnit.DAYS.between(first, LAST) + 1];
        try (Connection c = store.connect();
                PreparedStatement ps = c.prepareStatement("SELECT local_date, COUNT(*) FROM incidents "
                        + "WHERE h3_r7 = ? AND local_date BETWEEN ? AND ? GROUP BY local_date")) {
            ps.setLong(1, cell);
            ps.setObject(2, first);
            ps.setObject(3, LAST);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out[(int) java.time.temporal.ChronoUnit.DAYS.between(first, rs.getObject(1, LocalDate.class))] =
                            rs.getInt(2);
                }
            }
        }
        return out;
    }
}
