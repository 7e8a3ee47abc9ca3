package org.khareetaty.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The largest heap in use (live and not yet collected) seen every 10 ms while it runs: an upper
 * bound on what the work needs; the JVM's -Xmx is the hard bound.
 */
public final class HeapSampler implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile long peak;
    private volatile boolean done;

    public HeapSampler() {
        thread = new Thread(
                () -> {
                    while (!done) {
                        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                        try {
                            Thread.sleep(10);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The peak so far, in MB. */
    public long peakMb() {
        return Math.max(peak, memory.getHeapMemoryUsage().getUsed()) >> 20;
    }

    /** Heap in use after a full collection, in MB: what is live. */
    public static long liveMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    @Override
    public void close() {
        done = true;
    }
}
