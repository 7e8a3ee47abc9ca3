package org.khareetaty.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report's data-quality notes list the rejected rows' reasons the same way in every run. */
class QualityNotesTest {
    @Test
    void listsTheRejectedRowsByReasonAlphabetically() {
        // the rejections of the 1,000,583-incident Kuwait demo store (bench ui --build-only), in no order
        Map<String, Long> rejected = new HashMap<>(Map.of(
                "outside_study_area", 584L,
                "malformed_row", 333L,
                "missing_coordinates", 333L,
                "bad_timestamp", 250L,
                "non_numeric_coordinates", 250L,
                "null_island", 250L,
                "future_timestamp", 125L));
        QualityNotes notes = new QualityNotes(1_000_583, 0, 0, 0, 0, 0, rejected);
        assertEquals(
                List.of(
                        "bad_timestamp",
                        "future_timestamp",
                        "malformed_row",
                        "missing_coordinates",
                        "non_numeric_coordinates",
                        "null_island",
                        "outside_study_area"),
                List.copyOf(notes.rejectedByReason().keySet()));
        // 584 + 333 + 333 + 250 + 250 + 250 + 125
        assertEquals(2_125, notes.rejected());
    }
}
