package org.khareetaty.core.alert;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.khareetaty.core.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The second half of the engine's group commit: runs each committed batch's release (handing its
 * decisions to their {@link DecisionListener}) once the store has the batch on disk, on a thread of
 * its own, so that the engine decides the next batch while the disk writes this one. The thread
 * takes every batch committed so far, makes them all durable with one {@link Sync#sync()} and runs
 * their releases in the order they were handed in; at 5,000 events a second one fsync covers many
 * batches (docs/alerts.md, Durability). A failed sync fails the release of every batch not yet
 * released, and of every later one: nothing that may not be on disk is ever released.
 */
final class DurableRelease implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DurableRelease.class);
    /** Batches committed and not yet released before {@link #awaitRoom()} holds the engine back. */
    static final int MAX_WAITING = 1_000;

    /** Makes every transaction committed before the call durable ({@code Store.sync()}). */
    @FunctionalInterface
    interface Sync {
        /** @throws StoreException when the store cannot be written to its file */
        void sync();
    }

    /** What is done with one committed batch. */
    interface Release {
        /** The batch is on disk: hand it over. */
        void durable();

        /** The batch may not be on disk and never will be handed over. */
        void failed(StoreException error);
    }

    private final Sync sync;
    private final Thread thread;
    private final ArrayDeque<Release> waiting = new ArrayDeque<>();
    /** Batches taken by the thread and not yet released. */
    private int inHand;

    private StoreException failure;
    private boolean closing;

    /** Starts the durability thread, named {@code name}, with {@code sync} as the way to the disk. */
    DurableRelease(Sync sync, String name) {
        this.sync = sync;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Hands over a batch committed before this call, to be released after the next sync; fails it at
     * once when a sync failed before.
     */
    void after(Release r) {
        StoreException failed;
        synchronized (this) {
            failed = failure;
            if (failed == null) {
                if (closing) {
                    throw new IllegalStateException("the durability thread is stopped");
                }
                waiting.add(r);
                notifyAll();
                return;
            }
        }
        r.failed(failed);
    }

    /** The failure of an earlier sync, thrown: nothing is to be committed on a store that cannot reach its file. */
    synchronized void check() {
        if (failure != null) {
            throw new StoreException(failure.getMessage(), failure);
        }
    }

    /** Waits while {@link #MAX_WAITING} batches wait for the disk (a disk slower than the feed holds the engine back). */
    synchronized void awaitRoom() throws InterruptedException {
        while (waiting.size() >= MAX_WAITING && failure == null) {
            wait();
        }
    }

    /** Waits until every batch handed over before this call has been released (or its listener told it failed). */
    synchronized void awaitReleased() throws InterruptedException {
        while ((!waiting.isEmpty() || inHand > 0) && thread.isAlive()) {
            wait();
        }
    }

    /** Releases what waits, after a last sync, and stops the thread. */
    @Override
    public void close() {
        synchronized (this) {
            closing = true;
            notifyAll();
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            List<Release> batch;
            synchronized (this) {
                while (waiting.isEmpty() && !closing) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // only close() stops this thread, once nothing waits
                    }
                }
                if (waiting.isEmpty()) {
                    notifyAll();
                    return;
                }
                batch = new ArrayList<>(waiting);
                waiting.clear();
                inHand = batch.size();
                notifyAll();
            }
            // every batch taken was committed before it was handed over: this sync covers them all
            try {
                sync.sync();
            } catch (RuntimeException e) {
                fail(batch, e);
                return;
            }
            for (Release r : batch) {
                try {
                    r.durable();
                } catch (RuntimeException e) {
                    LOG.error("A listener failed on decisions that are stored: {}", e.toString(), e);
                }
            }
            synchronized (this) {
                inHand = 0;
                notifyAll();
            }
        }
    }

    private void fail(List<Release> batch, RuntimeException e) {
        StoreException error = e instanceof StoreException s
                ? s
                : new StoreException("Cannot write the store to its file: " + e.getMessage(), e);
        List<Release> failed = new ArrayList<>(batch);
        synchronized (this) {
            failure = error;
            failed.addAll(waiting);
            waiting.clear();
            inHand = failed.size();
            notifyAll();
        }
        LOG.error("{}; the decisions of {} batches are not shown", error.getMessage(), failed.size());
        for (Release r : failed) {
            try {
                r.failed(error);
            } catch (RuntimeException x) {
                LOG.error("A listener failed on a sync failure: {}", x.toString(), x);
            }
        }
        synchronized (this) {
            inHand = 0;
            notifyAll();
        }
    }
}
