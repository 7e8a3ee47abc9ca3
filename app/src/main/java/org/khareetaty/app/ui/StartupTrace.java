package org.khareetaty.app.ui;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * With {@code -Dkhareetaty.startup.log=true}, prints the window's start-up milestones to standard
 * error in seconds since the JVM started: what `docs/benchmarks.md` measures the start-up with.
 */
final class StartupTrace {
    private static final boolean ON = Boolean.getBoolean("khareetaty.startup.log");
    private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();

    private StartupTrace() {}

    /** Prints {@code milestone} with the time since the JVM started, when tracing is on. */
    static void mark(String milestone) {
        if (ON) {
            System.err.printf(
                    Locale.ROOT,
                    "khareetaty: %5.2f s  %s%n",
                    (System.currentTimeMillis() - JVM_START) / 1000.0,
                    milestone);
        }
    }

    static boolean on() {
        return ON;
    }
}
