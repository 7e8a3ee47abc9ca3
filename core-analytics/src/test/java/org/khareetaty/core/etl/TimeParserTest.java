package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Strict parsing of local times, and the Chicago portal's two date forms. */
class TimeParserTest {
    private static final TimeParser CITY = new TimeParser("yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm");

    @Test
    void rejectsAnImpossibleDateAndTimeInsteadOfRollingItOver() {
        RowRejection r = assertThrows(
                RowRejection.class,
                () -> CITY.parse("timestamp", "2024-13-45 25:61:00").local());
        assertEquals(RejectReason.BAD_TIMESTAMP, r.reason());
        assertTrue(
                r.getMessage().contains("2024-13-45 25:61:00") && r.getMessage().contains("timestamp"), r.getMessage());
        assertEquals(
                RejectReason.BAD_TIMESTAMP,
                assertThrows(RowRejection.class, () -> CITY.parse("timestamp", "2023-02-29 10:00:00"))
                        .reason());
    }

    @Test
    void rejectsADayFirstDateWithAnAmPmHour() {
        TimeParser chicago =
                new TimeParser("MM/dd/yyyy hh:mm:ss a", "M/d/yyyy H:mm", "M/d/yyyy H:mm:ss", "M/d/yyyy h:mm:ss a");
        assertEquals(
                RejectReason.BAD_TIMESTAMP,
                assertThrows(RowRejection.class, () -> chicago.parse("date", "14/03/2024 9pm"))
                        .reason());
        assertEquals(
                RejectReason.BAD_TIMESTAMP,
                assertThrows(RowRejection.class, () -> CITY.parse("timestamp", "14/03/2024 9pm"))
                        .reason());
    }

    @Test
    void reportsAnEmptyTimeAsAMissingField() {
        assertEquals(
                RejectReason.MISSING_FIELD,
                assertThrows(RowRejection.class, () -> CITY.parse("timestamp", " "))
                        .reason());
        assertEquals(
                RejectReason.MISSING_FIELD,
                assertThrows(RowRejection.class, () -> CITY.parse("timestamp", null))
                        .reason());
    }

    @Test
    void triesEachPatternInTurn() throws RowRejection {
        assertEquals(
                LocalDateTime.of(2024, 3, 14, 21, 5, 7),
                CITY.parse("timestamp", "2024-03-14 21:05:07").local());
        assertEquals(
                LocalDateTime.of(2024, 3, 14, 21, 5),
                CITY.parse("timestamp", " 2024-03-14 21:05 ").local());
    }

    @Test
    void acceptsATwoDigitYearPatternFromAMapping() throws RowRejection {
        // a mapping's time.pattern is written with y, as in the DateTimeFormatter docs
        assertEquals(
                LocalDateTime.of(2021, 9, 8, 16, 45),
                new TimeParser("MM/dd/yy HH:mm").parse("t", "09/08/21 16:45").local());
        assertEquals(
                LocalDateTime.of(2021, 9, 8, 16, 45),
                new TimeParser("dd.MM.yyyy HH:mm")
                        .parse("t", "08.09.2021 16:45")
                        .local());
    }

    @Test
    void readsTheChicagoPortalTitleCaseExportDate() throws RowRejection {
        Header h = Header.of(new String[] {"ID", "Case Number", "Date", "Primary Type", "Latitude", "Longitude"});
        RowParser p = new ChicagoPortalProfile().bind(h, Path.of("portal.csv"));
        SourceIncident s = p.parse(new CsvRow(
                2, new String[] {"12480137", "JE379606", "09/08/2021 04:45:00 PM", "THEFT", "41.9", "-87.7"}, ""));
        assertEquals(LocalDateTime.of(2021, 9, 8, 16, 45), s.localTime());
        assertEquals(ChicagoPortalProfile.ZONE, s.zone());
    }

    @Test
    void readsTheSnakeCaseSampleDate() throws RowRejection {
        Header h = Header.of(new String[] {"id", "case_number", "date", "primary_type", "latitude", "longitude"});
        RowParser p = new ChicagoPortalProfile().bind(h, Path.of("sample.csv"));
        SourceIncident s = p.parse(new CsvRow(
                2,
                new String[] {
                    "11023904", "JA354631", "7/19/2017 13:45", "WEAPONS VIOLATION", "41.7683084", "-87.68497621"
                },
                ""));
        assertEquals(LocalDateTime.of(2017, 7, 19, 13, 45), s.localTime());
    }

    @Test
    void keepsTheOffsetAPatternReadsAndAQuotedZAsUtc() throws RowRejection {
        assertEquals(
                new ParsedTime(
                        LocalDateTime.of(2024, 7, 15, 10, 0), java.time.ZoneOffset.ofHours(-6), TimePrecision.SECOND),
                new TimeParser("yyyy-MM-dd'T'HH:mm:ssXXX").parse("t", "2024-07-15T10:00:00-06:00"));
        assertEquals(
                new ParsedTime(LocalDateTime.of(2024, 7, 15, 15, 0), java.time.ZoneOffset.UTC, TimePrecision.SECOND),
                new TimeParser("yyyy-MM-dd'T'HH:mm:ss'Z'").parse("t", "2024-07-15T15:00:00Z"));
        assertEquals(
                ParsedTime.local(LocalDateTime.of(2024, 7, 15, 10, 0)),
                new TimeParser("yyyy-MM-dd'T'HH:mm:ss").parse("t", "2024-07-15T10:00:00"));
    }

    @Test
    void readsAnIso8601TimeWithOffsetThatFitsNoPatternInsteadOfDroppingTheOffset() throws RowRejection {
        assertEquals(
                new ParsedTime(
                        LocalDateTime.of(2024, 7, 15, 10, 0, 30),
                        java.time.ZoneOffset.ofHours(-6),
                        TimePrecision.SECOND),
                CITY.parse("timestamp", "2024-07-15T10:00:30-06:00"));
        assertEquals(
                new ParsedTime(LocalDateTime.of(2024, 7, 15, 15, 0), java.time.ZoneOffset.UTC, TimePrecision.SECOND),
                CITY.parse("timestamp", "2024-07-15T15:00Z"));
    }

    @Test
    void aPatternWithoutTimeOfDayReadsMidnightAtDayPrecisionAndAnHourPatternTheHoursStart() throws RowRejection {
        TimeParser p = new TimeParser("yyyy-MM-dd HH:mm", "yyyy-MM-dd HH", "yyyy-MM-dd", "MM/dd/yyyy");
        assertEquals(
                new ParsedTime(LocalDateTime.of(2019, 3, 14, 0, 0), null, TimePrecision.DAY),
                p.parse("t", "2019-03-14"));
        assertEquals(
                new ParsedTime(LocalDateTime.of(2019, 3, 14, 0, 0), null, TimePrecision.DAY),
                p.parse("t", "03/14/2019"));
        assertEquals(
                new ParsedTime(LocalDateTime.of(2019, 3, 14, 21, 0), null, TimePrecision.HOUR),
                p.parse("t", "2019-03-14 21"));
        assertEquals(
                new ParsedTime(LocalDateTime.of(2019, 3, 14, 21, 5), null, TimePrecision.MINUTE),
                p.parse("t", "2019-03-14 21:05"));
        assertEquals(
                RejectReason.BAD_TIMESTAMP,
                assertThrows(RowRejection.class, () -> p.parse("t", "2019-02-30"))
                        .reason());
    }
}
