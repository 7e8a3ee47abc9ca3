package org.khareetaty.core.forecast.spike;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.forecast.DailySeries;
import org.khareetaty.core.forecast.Ets;
import org.khareetaty.core.forecast.HourBlocks;
import org.khareetaty.core.forecast.SeriesSet;
import org.khareetaty.core.forecast.SourceDistrictSeries;
import org.khareetaty.core.testing.SharedData;

/**
 * The three readings of the spike check and their verdict on the real Chicago aggravated assaults (the
 * file's 22 districts): a spike planted into a real district is a spike, the same day unplanted is not,
 * and real days alarm seldom.
 */
class EarlyWarningTest {
    static final LocalDate DAY = LocalDate.of(2019, 6, 12);
    static SeriesSet set;
    static HourBlocks blocks;
    static EarlyWarning check;

    @BeforeAll
    static void learn() {
        Path file = SharedData.file("chicago/aggravated_assaults_2010_2019.csv.gz");
        set = SourceDistrictSeries.read(file);
        blocks = SourceDistrictSeries.hourBlocks(file, set);
        // every 7th of the 364 days before: 22 x 52 = 1,144 zone-days (the paper's sub-sample is 256)
        check = EarlyWarning.train(set, blocks, new Ets(), 1092, DAY.minusDays(6), 7, EarlyWarning.QUANTILE);
    }

    @Test
    void hourBlocksHoldTheDaysIncidentsWithATime() {
        // every row of the file has a time of day: each district's blocks sum to its day's count
        DailySeries d11 = district("11");
        int[][] b = blocks.of("11");
        for (int at = d11.indexOf(DAY.minusDays(30)); at <= d11.indexOf(DAY); at++) {
            assertEquals(d11.counts()[at], b[at][0] + b[at][1] + b[at][2] + b[at][3], "day " + at);
        }
    }

    @Test
    void aSpikePlantedIntoARealDistrictIsASpikeAndTheSameDayUnplantedIsNot() {
        DailySeries d11 = district("11");
        int at = d11.indexOf(DAY);
        SpikeVerdict ordinary = check.check("11", d11.first(), d11.counts(), blocks.of("11"), DAY);
        assertFalse(ordinary.spike(), ordinary.toString());
        // three days of +3 x the district's daily mean of the 28 days before, in its own hours
        int[] y = d11.counts().clone();
        int[][] b = copy(blocks.of("11"));
        double mean = 0;
        for (int i = at - 28; i < at; i++) {
            mean += y[i] / 28.0;
        }
        int extra = (int) Math.round(3 * mean);
        int[] spread = ReadingsBacktest.spread(b, at - 2, extra);
        for (int k = at - 2; k <= at; k++) {
            y[k] += extra;
            for (int j = 0; j < HourBlocks.BLOCKS; j++) {
                b[k][j] += spread[j];
            }
        }
        SpikeVerdict planted = check.check("11", d11.first(), y, b, DAY);
        assertTrue(planted.spike(), planted.toString());
        assertTrue(planted.poisson() && planted.above95(), planted.toString());
        assertTrue(planted.forestScore() > ordinary.forestScore(), planted + " vs " + ordinary);
        assertTrue(planted.severity().compareTo(SpikeVerdict.Severity.MEDIUM) >= 0, planted.toString());
    }

    @Test
    void realDaysAlarmSeldom() {
        // every district on the 14 days ending on DAY: 308 zone-days, about 10 zone-months; z > 3 is the
        // normal's upper 0.13%: on ordinary days under one alarm per zone-month
        List<ReadingAt> readings = ReadingAt.all(List.of(EarlyWarning.QUANTILE));
        Map<ReadingAt, AlarmRate> rates = ReadingsBacktest.alarms(check, set, blocks, DAY.minusDays(13), DAY, readings);
        AlarmRate verdict = rates.get(new ReadingAt(Reading.COMBINED, EarlyWarning.QUANTILE));
        assertEquals(22 * 14, verdict.zones() * verdict.days());
        assertTrue(verdict.alarmsPerZoneMonth() < 1, rates.toString());
        assertTrue(
                verdict.alarms() >= rates.get(readings.get(0)).alarms(),
                "the verdict fires whenever the Poisson test does");
    }

    @Test
    void plantedIncidentsFallInTheZonesOwnHours() {
        int[][] b = new int[30][HourBlocks.BLOCKS];
        for (int d = 0; d < 28; d++) {
            b[d] = new int[] {1, 0, 2, 4}; // shares 1/7, 0, 2/7, 4/7
        }
        // 10 extra: 1.43, 0, 2.86, 5.71 -> 1, 0, 2, 5 and the largest remainders (.86, .71) get one more each
        assertArrayEquals(new int[] {1, 0, 3, 6}, ReadingsBacktest.spread(b, 28, 10));
    }

    private static DailySeries district(String code) {
        return set.zones().stream()
                .filter(s -> s.name().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static int[][] copy(int[][] a) {
        int[][] out = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
