package org.khareetaty.app.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.khareetaty.core.store.Store;

/**
 * Runs every store call of the workstation off the JavaFX thread, on a small pool of daemon
 * threads (the core's query classes open a connection of their own per call); the result (or the
 * error, shown in the status line) comes back on the JavaFX thread. {@link #running()} counts the
 * jobs under way for the busy indicator.
 */
public final class StoreTasks implements AutoCloseable {
    private final Store store;
    private final ExecutorService pool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper(this, "lastError", "");

    public StoreTasks(Store store) {
        this.store = store;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "store-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The store. Its methods must not be called on the JavaFX thread. */
    public Store store() {
        return store;
    }

    /** Jobs under way. */
    public ReadOnlyIntegerProperty running() {
        return running.getReadOnlyProperty();
    }

    /** The message of the last job that failed. */
    public ReadOnlyStringProperty lastError() {
        return lastError.getReadOnlyProperty();
    }

    /** Runs {@code work} in the background; {@code done} gets the result on the JavaFX thread. */
    public <T> Task<T> submit(String what, java.util.concurrent.Callable<T> work, Consumer<T> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        return submit(what, task, done);
    }

    /** Runs {@code work} in the background; {@code done} gets the result, {@code failed} the error, on the JavaFX thread. */
    public <T> Task<T> submit(
            String what, java.util.concurrent.Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = submit(what, work, done);
        task.exceptionProperty().addListener((o, a, e) -> {
            if (e != null) {
                failed.accept(e);
            }
        });
        return task;
    }

    /** Runs a prepared task in the background; {@code done} gets its value on the JavaFX thread. */
    public <T> Task<T> submit(String what, Task<T> task, Consumer<T> done) {
        task.setOnSucceeded(e -> {
            running.set(running.get() - 1);
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.set(running.get() - 1);
            Throwable t = task.getException();
            lastError.set(org.khareetaty.app.ui.i18n.Messages.text(
                    "task.failed",
                    what,
                    t == null ? org.khareetaty.app.ui.i18n.Messages.text("task.unknownError") : t.getMessage()));
            if (t != null && !(t instanceof RuntimeException && t.getMessage() != null)) {
                t.printStackTrace();
            }
        });
        task.setOnCancelled(e -> running.set(running.get() - 1));
        onFx(() -> running.set(running.get() + 1));
        pool.execute(task);
        return task;
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /**
     * Lets the jobs under way finish (for up to 30 s) and stops the threads. Never interrupts a job:
     * H2 closes its file when a thread reading it is interrupted.
     */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
