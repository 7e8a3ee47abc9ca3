package org.khareetaty.core.etl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** RFC 4180 splitting, physical line numbers and confinement of broken quoting to one line. */
class CsvReaderTest {

    private static CsvReader reader(String text, int columns) {
        CsvReader csv = new CsvReader(new StringReader(text));
        csv.expectColumns(columns);
        return csv;
    }

    private static void assertRow(CsvRow row, long line, String... fields) {
        assertEquals(line, row.line(), "line number of " + row.raw());
        assertArrayEquals(fields, row.fields(), "fields of line " + line);
    }

    @Test
    void keepsCommasInsideQuotedFields() throws Exception {
        try (CsvReader csv = reader("a,b,c\n1,\"024XX W LITHUANIAN PLAZA, CT\",3\n", 3)) {
            assertRow(csv.next(), 1, "a", "b", "c");
            assertRow(csv.next(), 2, "1", "024XX W LITHUANIAN PLAZA, CT", "3");
            assertNull(csv.next());
        }
    }

    @Test
    void turnsDoubledQuotesIntoOneQuote() throws Exception {
        try (CsvReader csv = reader("a,b\n\"he said \"\"stop\"\"\",\"\"\"\"\n", 2)) {
            csv.next();
            assertRow(csv.next(), 2, "he said \"stop\"", "\"");
        }
    }

    @Test
    void readsAQuotedFieldSpanningTwoLinesAsOneRecord() throws Exception {
        String text = "id,description,beat\n1,\"first line\nsecond line\",0111\n2,plain,0112\n";
        try (CsvReader csv = reader(text, 3)) {
            csv.next();
            CsvRow spanning = csv.next();
            assertRow(spanning, 2, "1", "first line\nsecond line", "0111");
            assertEquals("1,\"first line\nsecond line\",0111", spanning.raw());
            assertRow(csv.next(), 4, "2", "plain", "0112");
            assertNull(csv.next());
        }
    }

    @Test
    void stripsCrLfLineEndings() throws Exception {
        try (CsvReader csv = reader("a,b\r\n1,2\r\n\"3\",\"4\"\r\n", 2)) {
            assertRow(csv.next(), 1, "a", "b");
            assertRow(csv.next(), 2, "1", "2");
            assertRow(csv.next(), 3, "3", "4");
            assertNull(csv.next());
        }
    }

    @Test
    void confinesAnUnterminatedQuoteToItsLineAndKeepsLaterLineNumbers() throws Exception {
        String text = "a,b,c\n1,2,3\n4,\"five,6\n7,8,9\n10,11,12\n";
        try (CsvReader csv = reader(text, 3)) {
            csv.next();
            assertRow(csv.next(), 2, "1", "2", "3");
            MalformedRowException e = assertThrows(MalformedRowException.class, csv::next);
            assertEquals(3, e.line());
            assertEquals("4,\"five,6", e.raw());
            assertRow(csv.next(), 4, "7", "8", "9");
            assertRow(csv.next(), 5, "10", "11", "12");
            assertNull(csv.next());
        }
    }

    @Test
    void anUnterminatedQuoteDoesNotSwallowTheQuotedLineAfterIt() throws Exception {
        // the next line's opening quote closes the stray one: the joined record is malformed, so only line 2 is lost
        String text = "a,b,c\n4,\"five,6\n\"7\",\"8\",\"9\"\n";
        try (CsvReader csv = reader(text, 3)) {
            csv.next();
            assertEquals(2, assertThrows(MalformedRowException.class, csv::next).line());
            assertRow(csv.next(), 3, "7", "8", "9");
            assertNull(csv.next());
        }
    }

    @Test
    void reportsAQuoteInsideAnUnquotedFieldAsMalformed() throws Exception {
        try (CsvReader csv = reader("a,b\n12\"x,1\n3,4\n", 2)) {
            csv.next();
            MalformedRowException e = assertThrows(MalformedRowException.class, csv::next);
            assertEquals(2, e.line());
            assertEquals("12\"x,1", e.raw());
            assertRow(csv.next(), 3, "3", "4");
        }
    }

    @Test
    void readsTheLastLineWithoutANewline() throws Exception {
        try (CsvReader csv = reader("a,b\n1,2\n3,\"4\"", 2)) {
            csv.next();
            assertRow(csv.next(), 2, "1", "2");
            assertRow(csv.next(), 3, "3", "4");
            assertNull(csv.next());
        }
    }

    @Test
    void anUnterminatedQuoteOnTheLastLineIsMalformedAndEndsTheInput() throws Exception {
        try (CsvReader csv = reader("a,b\n1,2\n3,\"4", 2)) {
            csv.next();
            csv.next();
            assertEquals(3, assertThrows(MalformedRowException.class, csv::next).line());
            assertNull(csv.next());
        }
    }

    @Test
    void keepsEmptyFieldsIncludingATrailingOne() throws Exception {
        try (CsvReader csv = reader("a,b,c\n,,\n1,,\n", 3)) {
            csv.next();
            assertRow(csv.next(), 2, "", "", "");
            assertRow(csv.next(), 3, "1", "", "");
        }
    }

    @Test
    void keepsLineNumbersAcrossTheReadBuffer() throws IOException, MalformedRowException {
        // more than the 64 KiB line buffer, with CRLF endings that may straddle a refill
        StringBuilder text = new StringBuilder("n,text\r\n");
        for (int i = 1; i <= 20_000; i++) {
            text.append(i).append(",\"row ").append(i).append("\"\r\n");
        }
        try (CsvReader csv = reader(text.toString(), 2)) {
            csv.next();
            for (int i = 1; i <= 20_000; i++) {
                assertRow(csv.next(), i + 1, String.valueOf(i), "row " + i);
            }
            assertNull(csv.next());
        }
    }
}
