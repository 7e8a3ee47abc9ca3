package org.khareetaty.core.etl;

import java.io.IOException;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.khareetaty.core.taxonomy.Classification;

/**
 * Runs an {@link IncidentWriter} on a thread of its own, so the reading thread parses, checks and
 * geo-resolves the next rows while this one inserts and commits (on two cores the two halves
 * take about the same time). Rows travel in chunks through a small bounded queue, which keeps
 * memory flat: the reader waits when the writer falls behind.
 */
final class WriterThread implements AutoCloseable {
    private static final int CHUNK = 1000;
    private static final List<Item> END = List.of();

    private sealed interface Item permits Loaded, Rejected, Duplicate {}

    private record Loaded(LoadedIncident row) implements Item {}

    private record Rejected(long line, String raw, RejectReason reason, String message) implements Item {}

    private record Duplicate(long line, String raw, long key) implements Item {}

    private final BlockingQueue<List<Item>> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean aborted;
    private List<Item> chunk = new ArrayList<>(CHUNK);

    WriterThread(IncidentWriter writer) {
        thread = new Thread(() -> drain(writer), "khareetaty-import-writer");
        thread.setDaemon(true);
        thread.start();
    }

    void loaded(
            long line,
            long key,
            SourceIncident s,
            ZonedDateTime t,
            Classification k,
            String[] zones,
            String mismatch,
            String timeFlag,
            String placeFlag,
            long[] cells)
            throws SQLException, IOException {
        add(new Loaded(new LoadedIncident(line, key, s, t, k, zones, mismatch, timeFlag, placeFlag, cells)));
    }

    void rejected(long line, String raw, RejectReason reason, String message) throws SQLException, IOException {
        add(new Rejected(line, raw, reason, message));
    }

    void duplicate(long line, String raw, long key) throws SQLException, IOException {
        add(new Duplicate(line, raw, key));
    }

    /** Hands over what is left, waits until everything is written and committed, and rethrows a failure. */
    void finish() throws SQLException, IOException {
        handOver(chunk);
        handOver(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the import was being written", e);
        }
        rethrow();
    }

    private void add(Item item) throws SQLException, IOException {
        chunk.add(item);
        if (chunk.size() == CHUNK) {
            handOver(chunk);
            chunk = new ArrayList<>(CHUNK);
        }
    }

    private void handOver(List<Item> items) throws SQLException, IOException {
        try {
            while (!queue.offer(items, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
        rethrow();
    }

    private void rethrow() throws SQLException, IOException {
        Throwable t = failure;
        if (t instanceof SQLException e) {
            throw e;
        }
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    private void drain(IncidentWriter w) {
        try {
            while (!aborted) {
                List<Item> items = queue.take();
                if (items == END) {
                    w.flush();
                    return;
                }
                for (Item item : items) {
                    if (item instanceof Loaded l) {
                        w.add(l.row());
                        if (w.full()) {
                            w.flush();
                        }
                    } else if (item instanceof Rejected r) {
                        w.reject(r.line(), r.raw(), r.reason(), r.message());
                    } else if (item instanceof Duplicate d) {
                        w.duplicate(d.line(), d.raw(), d.key());
                    }
                }
            }
        } catch (Throwable t) {
            failure = t;
            queue.clear();
        }
    }

    /** Stops the writer after the chunk it is writing (without interrupting H2's file I/O) and waits for it. */
    @Override
    public void close() {
        if (thread.isAlive()) {
            aborted = true;
            queue.clear();
            queue.offer(END);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
