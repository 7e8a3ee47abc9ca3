package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.khareetaty.core.progress.Progress;

/** The terminal progress bar shows the share done, rows, rows per second and the time left. */
class TerminalProgressTest {
    @Test
    void showsShareRowsRateAndTimeLeft() {
        // a quarter of the file in 10 s: 30 s left
        String line =
                TerminalProgress.line(new Progress("import crimes.csv", 250, 1000, 50_000, Duration.ofSeconds(10)));
        assertTrue(line.startsWith("[########......................]  25% "), line);
        assertTrue(line.contains("50,000 rows") && line.contains("5,000 rows/s") && line.contains("ETA 0:30"), line);
        assertTrue(line.contains("import crimes.csv"), line);
    }

    @Test
    void leavesOutTheBarWhenTheTotalIsUnknown() {
        String line = TerminalProgress.line(new Progress("watch", 10, -1, 7, Duration.ofSeconds(1)));
        assertTrue(line.startsWith("7 rows"), line);
        assertTrue(!line.contains("ETA"), line);
    }

    @Test
    void drawsNothingWhenDisabledAndEndsItsLineWhenDone() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new TerminalProgress(out, false).update(new Progress("x", 1, 2, 1, Duration.ofSeconds(1)));
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        TerminalProgress bar = new TerminalProgress(out, true);
        bar.update(new Progress("x", 1, 2, 1, Duration.ofSeconds(1)));
        bar.done();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\r[") && text.endsWith(System.lineSeparator()), text);
    }
}
