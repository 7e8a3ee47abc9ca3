package org.khareetaty.app.ui.hotspots;

import javafx.concurrent.Task;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;

/**
 * A long analysis (DBSCAN, Gi*) as a background task: the analysis reports to a
 * {@link ProgressListener} whose updates become the task's progress, and {@link #stop} cancels it
 * the way the analyses expect (the listener says cancelled, the work throws
 * {@link org.khareetaty.core.progress.CancelledException} at its next check). The thread is never
 * interrupted: H2 closes its file when a thread reading it is.
 */
public final class AnalysisTask<T> extends Task<T> {
    /** The analysis, reporting to the listener it is given. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressListener progress) throws Exception;
    }

    private final Work<T> work;
    private volatile boolean stopped;

    public AnalysisTask(Work<T> work) {
        this.work = work;
    }

    @Override
    protected T call() throws Exception {
        return work.run(new ProgressListener() {
            @Override
            public void update(Progress p) {
                double f = p.fraction();
                updateProgress(Double.isNaN(f) ? -1 : f, 1);
            }

            @Override
            public boolean isCancelled() {
                return stopped;
            }
        });
    }

    /** Asks the analysis to stop at its next check; the task then fails with a CancelledException. */
    public void stop() {
        stopped = true;
    }

    /** Whether {@link #stop} was called. */
    public boolean stopped() {
        return stopped;
    }
}
