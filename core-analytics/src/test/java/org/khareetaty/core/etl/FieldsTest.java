package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Codes that lost their leading zeros in a spreadsheet, flags and coordinates. */
class FieldsTest {

    @Test
    void restoresTheLeadingZeroOfAFourCharacterIucrCode() {
        assertEquals("0820", Fields.zeroPaddedTo("820", 4));
        assertEquals("031A", Fields.zeroPaddedTo("31A", 4));
        assertEquals("143A", Fields.zeroPaddedTo("143A", 4));
        assertEquals("0486", Fields.zeroPaddedTo("0486", 4));
        assertNull(Fields.zeroPaddedTo(null, 4));
    }

    @Test
    void restoresTheLeadingZeroOfTheNumericPartOfAnFbiCode() {
        assertEquals("06", Fields.zeroPaddedDigits("6", 2));
        assertEquals("08B", Fields.zeroPaddedDigits("8B", 2));
        assertEquals("01A", Fields.zeroPaddedDigits("1A", 2));
        assertEquals("26", Fields.zeroPaddedDigits("26", 2));
        assertEquals("04A", Fields.zeroPaddedDigits("04A", 2));
        assertNull(Fields.zeroPaddedDigits(null, 2));
    }

    @Test
    void readsPoliceExportFlags() {
        String[] f = {"TRUE", "false", "Y", "n", "1", "0", "", "maybe"};
        assertEquals(Boolean.TRUE, Fields.flag(f, 0));
        assertEquals(Boolean.FALSE, Fields.flag(f, 1));
        assertEquals(Boolean.TRUE, Fields.flag(f, 2));
        assertEquals(Boolean.FALSE, Fields.flag(f, 3));
        assertEquals(Boolean.TRUE, Fields.flag(f, 4));
        assertEquals(Boolean.FALSE, Fields.flag(f, 5));
        assertNull(Fields.flag(f, 6));
        assertNull(Fields.flag(f, 7));
        assertNull(Fields.flag(f, 99));
    }

    @Test
    void tellsMissingFromNonNumericCoordinates() throws RowRejection {
        String[] f = {" 41.7683084 ", "", "north", "NaN", "Infinity"};
        assertEquals(41.7683084, Fields.coordinate(f, 0, "latitude"));
        assertEquals(
                RejectReason.MISSING_COORDINATES,
                assertThrows(RowRejection.class, () -> Fields.coordinate(f, 1, "latitude"))
                        .reason());
        RowRejection word = assertThrows(RowRejection.class, () -> Fields.coordinate(f, 2, "latitude"));
        assertEquals(RejectReason.NON_NUMERIC_COORDINATES, word.reason());
        assertEquals("'north' in column 'latitude' is not a number", word.getMessage());
        assertEquals(
                RejectReason.NON_NUMERIC_COORDINATES,
                assertThrows(RowRejection.class, () -> Fields.coordinate(f, 3, "latitude"))
                        .reason());
        assertEquals(
                RejectReason.NON_NUMERIC_COORDINATES,
                assertThrows(RowRejection.class, () -> Fields.coordinate(f, 4, "latitude"))
                        .reason());
    }
}
