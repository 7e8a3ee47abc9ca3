package org.khareetaty.core.alert.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DistinctCountTest {

    @Test
    void countsDistinctReportersAsASetWouldUpToTheCap() {
        SplittableRandom r = new SplittableRandom(11);
        for (int round = 0; round < 200; round++) {
            DistinctCount count = new DistinctCount(100);
            Set<String> seen = new HashSet<>();
            int reports = r.nextInt(1, 400);
            for (int i = 0; i < reports; i++) {
                // phones report again and again; some reports come without a reporter id and count alone
                String reporter = r.nextInt(10) == 0 ? null : "phone-" + r.nextInt(150);
                String event = "cr-" + round + "-" + i;
                count.add(reporter, event);
                if (seen.size() < 100) {
                    seen.add(reporter == null ? "event:" + event : "reporter:" + reporter);
                }
            }
            assertEquals(seen.size(), count.size(), "round " + round);
        }
    }

    @Test
    void aReporterIdAndAnEventIdThatReadTheSameAreTwoReporters() {
        DistinctCount count = new DistinctCount(100);
        count.add("x-1", "x-1");
        count.add(null, "x-1");
        count.add("x-1", "other");
        assertEquals(2, count.size());
    }
}
