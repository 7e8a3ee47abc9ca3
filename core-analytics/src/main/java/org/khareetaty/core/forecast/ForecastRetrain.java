package org.khareetaty.core.forecast;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.khareetaty.core.progress.CancelledException;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;

/**
 * The daily retrain: after an import completes, {@link StoredForecasts#refresh} refits the stored
 * forecasts it made stale, on a background thread of its own, reporting to a {@link ProgressListener}
 * and stoppable with {@link #cancel} (a cancelled retrain stores nothing more: the runs refitted before
 * the cancel are kept, the others stay stale). The window starts one after each import; {@code khareetaty
 * import} starts one and waits for it.
 */
public final class ForecastRetrain {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CompletableFuture<List<StoredRun>> result = new CompletableFuture<>();
    private final long startedNanos = System.nanoTime();
    private volatile long finishedNanos;

    private ForecastRetrain() {}

    /** True when a stored forecast of {@code store} is stale (an import completed after it was made). */
    public static boolean needed(Store store) {
        return StoredForecasts.list(store).stream().anyMatch(StoredRun::stale);
    }

    /** Starts the refresh of {@code store}'s stale forecasts on a new daemon thread. */
    public static ForecastRetrain start(Store store, ProgressListener progress) {
        ForecastRetrain r = new ForecastRetrain();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void update(Progress p) {
                progress.update(p);
            }

            @Override
            public boolean isCancelled() {
                return r.cancelled.get() || progress.isCancelled();
            }
        };
        Thread t = new Thread(
                () -> {
                    try {
                        List<StoredRun> runs = StoredForecasts.refresh(store, listener);
                        r.finishedNanos = System.nanoTime();
                        r.result.complete(runs);
                    } catch (RuntimeException | Error e) {
                        r.finishedNanos = System.nanoTime();
                        r.result.completeExceptionally(e);
                    }
                },
                "forecast-retrain");
        t.setDaemon(true);
        t.start();
        return r;
    }

    /** Asks the retrain to stop at the next series. */
    public void cancel() {
        cancelled.set(true);
    }

    /** True once it finished, failed or stopped. */
    public boolean isDone() {
        return result.isDone();
    }

    /**
     * Waits for the retrain and returns the runs refitted; throws {@link CancelledException} when it was
     * cancelled, and its failure when it failed.
     */
    public List<StoredRun> await() throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw (Error) e.getCause();
        }
    }

    /** Seconds from the start to the end (or to now while it runs). */
    public double seconds() {
        long end = result.isDone() ? finishedNanos : System.nanoTime();
        return (end - startedNanos) / 1e9;
    }
}
