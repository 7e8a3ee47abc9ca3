package org.khareetaty.core.progress;

/**
 * Receives progress from long work (imports, boundary loads, analytics) and can cancel it. The
 * terminal progress bar and the UI's task both implement it. Implementations must be thread safe:
 * work may report from a background thread.
 */
public interface ProgressListener {
    /** A listener that shows nothing and never cancels. */
    ProgressListener NONE = p -> {};

    /** Called now and then with the latest state; must return quickly. */
    void update(Progress progress);

    /** True once the user asked to stop; the work then throws {@link CancelledException}. */
    default boolean isCancelled() {
        return false;
    }

    /** Throws {@link CancelledException} if this listener was cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
