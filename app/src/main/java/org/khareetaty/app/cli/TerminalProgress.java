package org.khareetaty.app.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;

/**
 * A one-line progress bar on the terminal: percentage, rows, rows per second and time left.
 * Redraws at most five times a second; prints nothing when the output is not a terminal unless forced.
 */
public final class TerminalProgress implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;

    TerminalProgress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** A bar on standard error, drawn when it is a terminal and not {@code quiet}. */
    public static TerminalProgress onStderr(boolean quiet) {
        return new TerminalProgress(System.err, !quiet && System.console() != null);
    }

    @Override
    public synchronized void update(Progress p) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (drawn && now - lastDraw < 200_000_000L && p.fraction() < 1.0) {
            return;
        }
        lastDraw = now;
        drawn = true;
        out.print("\r" + line(p));
        out.flush();
    }

    /** Ends the bar's line. */
    /** Ends the bar's line, if it drew one. */
    public synchronized void done() {
        if (drawn) {
            out.println();
            drawn = false;
        }
    }

    static String line(Progress p) {
        double f = p.fraction();
        StringBuilder s = new StringBuilder();
        if (!Double.isNaN(f)) {
            int full = (int) Math.round(f * WIDTH);
            s.append('[')
                    .append("#".repeat(full))
                    .append(".".repeat(WIDTH - full))
                    .append("] ")
                    .append(String.format(Locale.ROOT, "%3.0f%% ", f * 100));
        }
        s.append(String.format(Locale.ROOT, "%,d rows  %,.0f rows/s", p.items(), p.itemsPerSecond()));
        Duration eta = p.eta();
        if (eta != null) {
            s.append(String.format(Locale.ROOT, "  ETA %d:%02d", eta.toMinutes(), eta.toSecondsPart()));
        }
        s.append("  ").append(p.task()).append("   ");
        return s.toString();
    }
}
