package org.khareetaty.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.alert.audit.FairnessCheck;
import org.khareetaty.core.alert.audit.FairnessReport;
import org.khareetaty.core.alert.audit.ZoneShare;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.StoreQueries;
import org.khareetaty.core.testing.TestBoundaries;

/**
 * The fairness check on Chicago's real police districts and the real 25,000-crime sample: 12 alerts
 * in District 1 and 8 in District 11 over 1-20 June 2018, against the crimes the store holds for
 * those days. Each zone's alert share over its incident share is the ratio; over 2 with at least 10
 * alerts is disproportionate.
 */
class FairnessCheckTest {
    @TempDir
    static Path tmp;

    static Store store;
    static Instant from = Instant.parse("2018-06-01T12:00:00Z");
    static Instant to = Instant.parse("2018-06-20T12:00:00Z");

    @BeforeAll
    static void open() {
        Path crimes = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        store = Store.open(tmp.resolve("store"));
        TestBoundaries.chicagoDistricts(store, true);
        new Importer(store).importFile(crimes, ImportOptions.defaults(), ProgressListener.NONE);
        try (AlertEngine engine = Stream.engine(store, "")) {
            for (int day = 0; day < 20; day++) {
                String district = day < 12 ? "1" : "11";
                List<List<String>> p = StoreQueries.rows(
                        store,
                        "SELECT lat, lon FROM incidents WHERE zone_districts = ? ORDER BY id " + "LIMIT 1 OFFSET ?",
                        district,
                        day);
                Instant at = from.plusSeconds(86_400L * day);
                Event e = new Event(
                        "cad-" + day,
                        day + 1,
                        EventSource.CAD,
                        "robbery",
                        at,
                        at,
                        Double.parseDouble(p.get(0).get(0)),
                        Double.parseDouble(p.get(0).get(1)),
                        0.9,
                        null,
                        Map.of());
                AlertDecision d = Stream.only(engine.process(e, at), DecisionKind.RAISED);
                assertEquals(district, d.zone(), "the engine resolves the district of a real incident's place");
            }
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static double incidentShare(String district) {
        String between =
                " occurred_at >= TIMESTAMP WITH TIME ZONE '2018-06-01 12:00:00Z' AND occurred_at <= TIMESTAMP WITH TIME ZONE "
                        + "'2018-06-20 12:00:00Z'";
        return (double) StoreQueries.number(
                        store, "SELECT COUNT(*) FROM incidents WHERE zone_districts = ? AND" + between, district)
                / StoreQueries.number(store, "SELECT COUNT(*) FROM incidents WHERE" + between);
    }

    static ZoneShare zone(FairnessReport r, String code) {
        return r.zones().stream().filter(z -> code.equals(z.zone())).findFirst().orElseThrow();
    }

    @Test
    void aZoneWithMoreThanTwiceItsShareOfIncidentsAndTenAlertsIsDisproportionate() {
        FairnessReport r = new FairnessCheck(store, AlertConfig.defaults().fairness()).run(null, null);
        assertNull(r.note());
        assertEquals("districts", r.layer());
        assertEquals(from, r.from());
        assertEquals(to, r.to());
        assertEquals(20, r.alerts());
        assertTrue(r.incidents() > 300, "crimes of 1-20 June 2018 in the sample: " + r.incidents());
        ZoneShare d1 = zone(r, "1");
        assertEquals(12, d1.alerts());
        assertEquals(0.6, d1.alertShare(), 1e-12);
        assertEquals(incidentShare("1"), d1.incidentShare(), 1e-12);
        assertEquals(0.6 / incidentShare("1"), d1.ratio(), 1e-9);
        assertTrue(d1.ratio() > 2);
        assertTrue(d1.disproportionate());
        assertEquals("1ST", d1.name());
        ZoneShare d11 = zone(r, "11");
        assertEquals(0.4 / incidentShare("11"), d11.ratio(), 1e-9);
        assertTrue(d11.ratio() > 2, "District 11 is over-alerted too ...");
        assertTrue(!d11.disproportionate(), "... but 8 alerts are too few to flag");
        assertEquals(List.of(d1), r.flagged());
        ZoneShare quiet = zone(r, "8");
        assertEquals(0, quiet.alerts());
        assertEquals(0, quiet.ratio());
    }

    @Test
    void aPeriodWithoutIncidentsIsReportedAsNotComparable() {
        FairnessReport r = new FairnessCheck(store, new AlertConfig.Fairness(2, 10))
                .run(Instant.parse("2018-06-15T00:00:00Z"), Instant.parse("2018-06-16T00:00:00Z"));
        assertEquals(1, r.alerts());
        assertEquals(List.of(), r.flagged());
        FairnessReport none = new FairnessCheck(store, new AlertConfig.Fairness(2, 10))
                .run(Instant.parse("2020-01-01T00:00:00Z"), null);
        assertEquals("no alerts in the period", none.note());
    }
}
