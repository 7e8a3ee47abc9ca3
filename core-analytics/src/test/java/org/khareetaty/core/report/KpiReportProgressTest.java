package org.khareetaty.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.CancelledException;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.testing.SharedData;
import org.khareetaty.core.testing.StoreQueries;

/**
 * The KPI report's progress and cancellation (the window's Export report runs it in the
 * background with a Cancel button) on the Chicago 25k sample: every query step is reported in
 * order, a report followed step by step has the same numbers as one made without a listener, and a
 * cancelled listener stops it between two queries.
 */
class KpiReportProgressTest {
    @TempDir
    static Path dir;

    static Store store;
    static final KpiRequest Q1_2019 = new KpiRequest(
            ReportScope.wholeArea(),
            new ReportPeriod(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)),
            null,
            List.of(),
            ZoneOrder.CODE);

    @BeforeAll
    static void importSample() {
        store = SharedData.importedSample(dir.resolve("store"));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void reportsEveryQueryInOrderAndGivesTheSameNumbers() {
        List<String> steps = new ArrayList<>();
        KpiReport followed = KpiReport.of(store, Q1_2019, Instant.EPOCH, p -> steps.add(p.task()));
        assertEquals(KpiCounts.STEPS, steps);
        KpiReport plain = KpiReport.of(store, Q1_2019, Instant.EPOCH);
        assertEquals(plain.total(), followed.total());
        assertEquals(plain.categories(), followed.categories());
        assertEquals(plain.profile().daily(), followed.profile().daily());
        assertArrayEquals(plain.profile().hourOfDay(), followed.profile().hourOfDay());
        // a report of nothing would not tell: the period's incidents, counted apart
        String q1 = StoreQueries.rows(
                        store,
                        "SELECT COUNT(*) FROM incidents WHERE local_date BETWEEN DATE '2019-01-01' AND DATE '2019-03-31'")
                .get(0)
                .get(0);
        assertEquals(Long.parseLong(q1), followed.total().counts().current());
    }

    @Test
    void stopsBetweenTwoQueriesOnceCancelled() {
        List<String> steps = new ArrayList<>();
        ProgressListener cancelAfterCounts = new ProgressListener() {
            @Override
            public void update(Progress p) {
                steps.add(p.task());
            }

            @Override
            public boolean isCancelled() {
                return steps.contains(KpiCounts.STEPS.get(1));
            }
        };
        assertThrows(CancelledException.class, () -> KpiReport.of(store, Q1_2019, Instant.EPOCH, cancelAfterCounts));
        assertEquals(KpiCounts.STEPS.subList(0, 2), steps, "no query after the one running when Cancel was pressed");
    }

    @Test
    void namesTheStoresSources() {
        assertEquals(List.of("crimes_2017_2019_sample25k.csv.gz (chicago-portal)"), KpiCounts.sources(store));
    }
}
