package org.khareetaty.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import org.khareetaty.core.store.Store;
import org.khareetaty.feed.FeedServer;
import org.khareetaty.feed.FeedServerConfig;

/**
 * The feed side of {@code khareetaty bench stream}, run as its own process (a separate JVM on the
 * same machine, as a real feed would be): a {@link FeedServer} on 127.0.0.1 playing events made
 * from a store's incidents ({@link BenchEventStream}, live clock) at a fixed rate
 * ({@link PacedEvents}), retimed so that they look live, starting when one subscriber is connected.
 * Prints the feed's URL on the first line of standard output and serves until its standard input
 * is closed (the benchmark closing it, or ending).
 *
 * <p>Arguments: {@code STORE RATE EVENTS SEED}.
 */
public final class StreamBenchFeed {
    private StreamBenchFeed() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: StreamBenchFeed STORE RATE EVENTS SEED");
            System.exit(2);
        }
        Path from = Path.of(args[0]);
        double rate = Double.parseDouble(args[1]);
        long events = Long.parseLong(args[2]);
        long seed = Long.parseLong(args[3]);
        BenchIncidents incidents;
        try (Store s = Store.open(from)) {
            incidents = BenchIncidents.read(s);
        }
        Instant start = Instant.now();
        PacedEvents paced =
                new PacedEvents(new BenchEventStream(incidents, seed, true, start, rate), start, rate, events);
        FeedServerConfig config =
                FeedServerConfig.defaults().withSpeed(1).withRetime(true).withWaitForSubscribers(1);
        try (FeedServer server = FeedServer.start(config, paced)) {
            System.out.println(server.url());
            System.out.flush();
            waitForEndOfInput(System.in);
        }
    }

    private static void waitForEndOfInput(InputStream in) {
        try {
            while (in.read() >= 0) {
                // the benchmark writes nothing; closing the pipe is the signal to stop
            }
        } catch (IOException e) {
            // the benchmark is gone: stop too
        }
    }
}
