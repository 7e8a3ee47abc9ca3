package org.khareetaty.geo;

import java.time.Duration;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;

/**
 * Reports one load's phases to a {@link ProgressListener}, at most every 100 ms except at a phase's
 * start and end, and checks for cancellation at every step.
 */
final class ProgressTracker {
    private static final long EMIT_INTERVAL_NANOS = 100_000_000L;

    private final ProgressListener listener;
    private final long startNanos = System.nanoTime();
    private long lastEmitNanos;
    private String task = "";
    private long total = -1;

    ProgressTracker(ProgressListener listener) {
        this.listener = listener == null ? ProgressListener.NONE : listener;
    }

    /** Starts a phase ("read beats.geojson") of {@code total} units (-1 when unknown). */
    void phase(String task, long total) {
        listener.checkCancelled();
        this.task = task;
        this.total = total;
        emit(0, 0);
        listener.checkCancelled();
    }

    /** Progress within the current phase; throws {@code CancelledException} when cancelled. */
    void step(long done, long items) {
        listener.checkCancelled();
        if (System.nanoTime() - lastEmitNanos >= EMIT_INTERVAL_NANOS) {
            emit(done, items);
        }
    }

    /** The current phase is complete. */
    void finish(long done, long items) {
        emit(done, items);
        listener.checkCancelled();
    }

    /** Throws {@code CancelledException} when the listener was cancelled. */
    void checkCancelled() {
        listener.checkCancelled();
    }

    /** Seconds since this load started. */
    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private void emit(long done, long items) {
        lastEmitNanos = System.nanoTime();
        listener.update(new Progress(task, done, total, items, Duration.ofNanos(lastEmitNanos - startNanos)));
    }
}
