package org.khareetaty.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    @Test
    void readsWhatInstantWritesAsInstantParseDoes() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            // 1900 .. 2200, with whole seconds, millis, micros and nanos
            long seconds = r.nextLong(-2_208_988_800L, 7_258_118_400L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> r.nextInt(1000) * 1_000_000;
                case 2 -> r.nextInt(1_000_000) * 1000;
                default -> r.nextInt(1_000_000_000);
            };
            String s = Instant.ofEpochSecond(seconds, nanos).toString();
            assertEquals(Instant.parse(s), IsoInstants.parse(s), s);
        }
    }

    @Test
    void readsShortFractionsAndLeapDays() {
        for (String s : new String[] {
            "2024-02-29T23:59:59.5Z",
            "2000-02-29T00:00:00.12Z",
            "1970-01-01T00:00:00Z",
            "2025-12-31T23:59:59.999999999Z",
            "2025-03-01T18:22:05.1234Z"
        }) {
            assertEquals(Instant.parse(s), IsoInstants.parse(s), s);
        }
    }

    @Test
    void otherFormsAreReadOrRefusedAsInstantParseDoes() {
        String[] texts = {
            "2025-03-01T21:22:05+03:00",
            "2025-03-01T24:00:00Z",
            "2016-12-31T23:59:60Z",
            "2025-03-01T10:00:00.Z",
            "2025-02-29T10:00:00Z",
            "2025-13-01T10:00:00Z",
            "2025-03-01T25:00:00Z",
            "2025-03-01 10:00:00Z",
            "2025-03-01T10:0a:00Z",
            "2025-03-01T10:00:00",
            "2025-03-01T10:00:00.1234567890Z",
            "+12025-03-01T10:00:00Z",
            "yesterday",
            ""
        };
        int refused = 0;
        for (String s : texts) {
            Instant expected;
            try {
                expected = Instant.parse(s);
            } catch (DateTimeParseException e) {
                refused++;
                assertThrows(DateTimeParseException.class, () -> IsoInstants.parse(s), s);
                continue;
            }
            assertEquals(expected, IsoInstants.parse(s), s);
        }
        assertEquals(9, refused, "texts Instant.parse refuses");
    }

    @Test
    void epochDayMatchesTheCalendar() {
        for (LocalDate d = LocalDate.of(1600, 1, 1); d.isBefore(LocalDate.of(2400, 1, 1)); d = d.plusDays(1)) {
            assertEquals(
                    d.toEpochDay(),
                    IsoInstants.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
                    d.toString());
        }
    }
}
