package org.khareetaty.core.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV a spreadsheet opens as data: formulas in text cells neutralised, numbers kept, RFC 4180 quoting, optional BOM. */
class CsvWriterTest {
    @TempDir
    Path dir;

    @Test
    void prefixesTextCellsThatASpreadsheetWouldRunAsFormulas() throws Exception {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row("=1+2", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "plain", "a=b");
        assertEquals("'=1+2,'+cmd,'-2+3,'@SUM(A1),'\tx,\"'\rx\",plain,a=b\n", out.toString());
    }

    @Test
    void keepsNumbersAndBooleansAsTheyAreEvenWhenNegative() throws Exception {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row(-12L, -0.5, new BigDecimal("-1.50"), true, null, "");
        assertEquals("-12,-0.5,-1.50,true,,\n", out.toString());
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() throws Exception {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row("a,b", "say \"hi\"", "two\nlines", "=x,y");
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"'=x,y\"\n", out.toString());
    }

    @Test
    void writesUtf8WithAByteOrderMarkOnlyWhenAsked() throws Exception {
        Path with = dir.resolve("bom.csv");
        Path without = dir.resolve("plain.csv");
        try (CsvWriter w = CsvWriter.create(with, true)) {
            w.row("حولي", 1);
        }
        try (CsvWriter w = CsvWriter.create(without, false)) {
            w.row("حولي", 1);
        }
        byte[] b = Files.readAllBytes(with);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3));
        assertEquals("حولي,1\n", Files.readString(without, StandardCharsets.UTF_8));
        assertEquals("\uFEFFحولي,1\n", Files.readString(with, StandardCharsets.UTF_8));
    }

    @Test
    void roundsDecimalsHalfUpAndLeavesUndefinedEmpty() {
        assertEquals("0.2346", CsvWriter.cell(CsvWriter.decimal(0.23455, 4)));
        assertEquals("-12.5", CsvWriter.cell(CsvWriter.decimal(-12.45, 1)));
        assertEquals("", CsvWriter.cell(CsvWriter.decimal(null, 1)));
        assertEquals("", CsvWriter.cell(CsvWriter.decimal(Double.NaN, 1)));
    }
}
