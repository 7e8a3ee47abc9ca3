package org.khareetaty.bench;

import java.util.concurrent.locks.LockSupport;

/**
 * Stalls of the whole process, after jHiccup (Gil Tene, Azul Systems): a thread that asks to sleep
 * 1 ms at a time and records by how much more it slept. A long oversleep means nothing of the
 * process ran: a garbage-collection or safepoint pause, or the machine not scheduling it (other
 * load, a paused VM). It tells such stalls apart from slowness of the code being measured.
 */
public final class StallMeter implements AutoCloseable {
    private static final long TICK_NANOS = 1_000_000;
    private final long thresholdNanos;
    private final Thread thread;
    private volatile boolean done;
    private volatile long stalls;
    private volatile long totalNanos;
    private volatile long maxNanos;

    /** Starts measuring; an oversleep of {@code thresholdMillis} or more counts as a stall. */
    StallMeter(long thresholdMillis) {
        this.thresholdNanos = thresholdMillis * 1_000_000;
        thread = new Thread(this::measure, "stall-meter");
        thread.setDaemon(true);
        thread.start();
    }

    private void measure() {
        while (!done) {
            long before = System.nanoTime();
            LockSupport.parkNanos(TICK_NANOS);
            long over = System.nanoTime() - before - TICK_NANOS;
            if (over >= thresholdNanos) {
                stalls++;
                totalNanos += over;
                maxNanos = Math.max(maxNanos, over);
            }
        }
    }

    /** Stalls seen, their total and the longest, in milliseconds. */
    public record Stalls(long count, double totalMs, double maxMs) {}

    /** The stalls so far. */
    Stalls stalls() {
        return new Stalls(stalls, totalNanos / 1e6, maxNanos / 1e6);
    }

    @Override
    public void close() {
        done = true;
    }
}
