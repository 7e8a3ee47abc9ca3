package org.khareetaty.core.forecast.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.testing.SharedData;

/**
 * The harness against the reference on the real file: protocol B of the shared bench's
 * FORECAST_PROTOCOL.md. {@code hotspot_daily_reference.csv} is the reference script's per-day output
 * ({@code /usr/bin/python3 hotspot_baselines.py --out DIR}, Debian numpy 1.24.2 and scipy 1.10.1, run on
 * this machine): the hits of every method at 1/5/10% on each of the 92 days. The count methods and the
 * prospective kernel must reproduce every day's hits; the published means to four decimals follow.
 */
class HotspotReferenceTest {
    static SquareGrid grid;
    static List<int[]> reference;
    static List<String> header;

    @BeforeAll
    static void read() throws IOException {
        RiskIncidents in = RiskIncidents.read(SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz"));
        grid = RiskGrid.of(in, RiskGrid.CHICAGO_LON, RiskGrid.CHICAGO_LAT, 150);
        reference = new ArrayList<>();
        try (InputStream s = HotspotReferenceTest.class.getResourceAsStream("hotspot_daily_reference.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
            header = List.of(r.readLine().split(","));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                int[] v = new int[f.length - 1];
                for (int i = 1; i < f.length; i++) {
                    v[i - 1] = Integer.parseInt(f[i]);
                }
                reference.add(v);
            }
        }
    }

    /** The reference's hits of {@code method} at {@code coverage}% on every day. */
    static int[] referenceHits(String method, int coverage) {
        int column = header.indexOf("hits_" + method + "_c" + coverage) - 1;
        return reference.stream().mapToInt(v -> v[column]).toArray();
    }

    @Test
    void gridAndUniverseAreTheProtocols() {
        assertEquals(148_636, grid.incidents().size());
        assertEquals(281, grid.rows());
        assertEquals(223, grid.cols());
        assertEquals(37_177, grid.cells(), "cells with the centre in the hull or holding an incident");
        assertEquals(836.48, grid.areaKm2(), 0.005);
    }

    @Test
    void countAndProspectiveMethodsReproduceEveryDaysHits() {
        HotspotBacktestResult r = HotspotBacktest.run(
                grid,
                List.of(WindowCount.naive(), WindowCount.last28(), Prospective.protocol()),
                HotspotBacktest.FIRST_DAY,
                HotspotBacktest.LAST_DAY,
                HotspotBacktest.COVERAGES);
        assertEquals(92, r.days().size());
        assertArrayEquals(reference.stream().mapToInt(v -> v[0]).toArray(), r.incidents(), "incidents per day (3,555)");
        for (String m : List.of("naive", "last28", "prospective")) {
            for (int k = 0; k < 3; k++) {
                int c = HotspotBacktest.COVERAGES.get(k).intValue();
                assertArrayEquals(referenceHits(m, c), r.dailyHits().get(m)[k], m + " at " + c + "%");
            }
        }
        // the protocol's published table
        assertEquals(0.1302, r.rate("naive", 1).hitRateMean(), 5e-5);
        assertEquals(0.4021, r.rate("naive", 5).hitRateMean(), 5e-5);
        assertEquals(0.4008, r.rate("naive", 5).hitRatePooled(), 5e-5);
        assertEquals(8.041, r.rate("naive", 5).paiMean(), 5e-4);
        assertEquals(0.5639, r.rate("naive", 10).hitRateMean(), 5e-5);
        assertEquals(0.1921, r.rate("last28", 5).hitRateMean(), 5e-5);
        assertEquals(0.3091, r.rate("prospective", 5).hitRateMean(), 5e-5);
    }

    @Test
    void kdeReproducesTheProtocolsCheckDays() {
        // the protocol's brute-force check days: 2019-10-01, 2019-11-15, 2019-12-31 (day indices 0, 45, 91)
        int[] index = {0, 45, 91};
        for (int i : index) {
            LocalDate day = HotspotBacktest.FIRST_DAY.plusDays(i);
            HotspotBacktestResult r =
                    HotspotBacktest.run(grid, List.of(GaussianKde.protocol()), day, day, HotspotBacktest.COVERAGES);
            for (int k = 0; k < 3; k++) {
                int c = HotspotBacktest.COVERAGES.get(k).intValue();
                assertEquals(referenceHits("kde", c)[i], r.dailyHits().get("kde")[k][0], "kde on " + day + " at " + c);
            }
        }
    }

    @Test
    void selfExcitingBeatsTheNaiveCountAtEveryCoverage() {
        HotspotBacktestResult r = HotspotBacktest.run(
                grid,
                List.of(SelfExciting.chosen()),
                HotspotBacktest.FIRST_DAY,
                HotspotBacktest.LAST_DAY,
                HotspotBacktest.COVERAGES);
        int[] naive5 = referenceHits("naive", 5);
        int[] self5 = r.dailyHits().get("selfexciting")[1];
        assertTrue(java.util.Arrays.stream(self5).sum()
                > java.util.Arrays.stream(naive5).sum());
        assertTrue(r.rate("selfexciting", 1).hitRateMean() > 0.1302);
        assertTrue(r.rate("selfexciting", 5).hitRateMean() > 0.4021);
        assertTrue(r.rate("selfexciting", 10).hitRateMean() > 0.5639);
    }
}
