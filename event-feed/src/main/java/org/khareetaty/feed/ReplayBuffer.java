package org.khareetaty.feed;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed's recent events in a ring of fixed capacity, and a cursor per subscriber. A resuming
 * subscriber starts after its {@code since} sequence number if the buffer still holds that part of
 * the stream, else at the oldest buffered event. The publisher never overwrites an event a connected
 * subscriber has not yet taken: it waits (backpressure), so a slow subscriber slows the replay
 * instead of losing events. One monitor guards everything.
 */
final class ReplayBuffer {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayBuffer.class);
    private final FeedMessage[] ring;
    private final int capacity;
    private final Set<Cursor> cursors = new HashSet<>();
    private long head;
    private long lastSeq = -1;
    private boolean closed;
    private boolean publisherWaiting;

    /** One subscriber's place in the stream, and the raw messages queued for it. */
    final class Cursor {
        private long position;
        private final long since;
        private final ArrayDeque<String> raw = new ArrayDeque<>();
        private long lastSeqSent;
        private boolean closed;

        private Cursor(long position, long since, long lastSeqSent) {
            this.position = position;
            this.since = since;
            this.lastSeqSent = lastSeqSent;
        }

        /** The sequence number a heartbeat carries: the last one this subscriber has (or had when it resumed). */
        long heartbeatSeq() {
            synchronized (ReplayBuffer.this) {
                return lastSeqSent;
            }
        }
    }

    ReplayBuffer(int capacity) {
        this.capacity = capacity;
        this.ring = new FeedMessage[capacity];
    }

    /** Adds an event, waiting while a subscriber still needs the slot it would overwrite. */
    synchronized void append(FeedMessage m) throws InterruptedException {
        while (!closed && head >= capacity && slowest() <= head - capacity) {
            publisherWaiting = true;
            wait();
        }
        publisherWaiting = false;
        if (closed) {
            return;
        }
        ring[(int) (head % capacity)] = m;
        head++;
        lastSeq = m.seq();
        notifyAll();
    }

    /**
     * A cursor for a new subscriber: after {@code since} (-1: from now on). Its first heartbeat
     * carries {@code since}, or for a live subscriber the last sequence number published.
     */
    synchronized Cursor subscribe(long since) {
        long start;
        if (since < 0) {
            start = head;
        } else {
            long lo = oldest();
            long hi = head;
            while (lo < hi) {
                long mid = (lo + hi) >>> 1;
                if (at(mid).seq() > since) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            start = lo;
            if (oldest() > 0 && start == oldest() && at(start).seq() > since + 1) {
                LOG.warn(
                        "a subscriber resumes after seq {} but the buffer now starts at seq {}: the events in between are gone",
                        since,
                        at(start).seq());
            }
        }
        Cursor c = new Cursor(start, since, since < 0 ? Math.max(lastSeq, 0) : since);
        cursors.add(c);
        notifyAll();
        return c;
    }

    /** Forgets a cursor (its subscriber left); wakes its sender and the publisher. */
    synchronized void unsubscribe(Cursor c) {
        c.closed = true;
        cursors.remove(c);
        notifyAll();
    }

    /**
     * Takes what is next for {@code c} into {@code out}, waiting up to {@code timeoutNanos}: raw
     * messages first, then up to {@code max} events after the cursor's {@code since}.
     *
     * @return false when the cursor or the buffer is closed; true otherwise (an empty {@code out}
     *         means the wait timed out: time for a heartbeat)
     */
    synchronized boolean take(Cursor c, int max, long timeoutNanos, List<String> out) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (true) {
            if (c.closed || closed) {
                return false;
            }
            while (!c.raw.isEmpty() && out.size() < max) {
                out.add(c.raw.poll());
            }
            if (c.position < oldest()) {
                c.position = oldest();
            }
            while (c.position < head && out.size() < max) {
                FeedMessage m = at(c.position++);
                if (m.seq() > c.since) {
                    out.add(m.text());
                    c.lastSeqSent = Math.max(c.lastSeqSent, m.seq());
                }
            }
            if (!out.isEmpty()) {
                if (publisherWaiting) {
                    notifyAll();
                }
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Queues a message as-is for every connected subscriber (not buffered, not numbered). */
    synchronized int broadcastRaw(String text) {
        for (Cursor c : cursors) {
            c.raw.add(text);
        }
        notifyAll();
        return cursors.size();
    }

    /** True when every connected subscriber has taken every buffered event. */
    synchronized boolean caughtUp() {
        return slowest() >= head;
    }

    synchronized int subscribers() {
        return cursors.size();
    }

    /** Waits until {@code n} subscribers are connected; false if the buffer closed first. */
    synchronized boolean awaitSubscribers(int n) throws InterruptedException {
        while (!closed && cursors.size() < n) {
            wait();
        }
        return !closed;
    }

    /** Wakes and stops everyone. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    private long oldest() {
        return Math.max(0, head - capacity);
    }

    private FeedMessage at(long position) {
        return ring[(int) (position % capacity)];
    }

    private long slowest() {
        long min = Long.MAX_VALUE;
        for (Cursor c : cursors) {
            min = Math.min(min, c.position);
        }
        return min;
    }
}
