package org.khareetaty.app.cli.alerts;

import static org.khareetaty.app.cli.alerts.AlertText.local;
import static org.khareetaty.app.cli.alerts.AlertText.score;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.khareetaty.app.cli.Secrets;
import org.khareetaty.app.cli.StoreOption;
import org.khareetaty.app.cli.Terminal;
import org.khareetaty.app.live.EngineFeed;
import org.khareetaty.core.alert.AlertDecision;
import org.khareetaty.core.alert.AlertEngine;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.khareetaty.core.stream.FeedHealth;
import org.khareetaty.core.stream.FeedHealthListener;
import org.khareetaty.core.stream.FeedState;
import org.khareetaty.core.stream.Rejection;
import org.khareetaty.core.stream.StreamClient;
import org.khareetaty.core.stream.StreamConfig;
import org.khareetaty.core.stream.StreamTls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code khareetaty alerts listen URL}: the headless client. Subscribes to a feed with the
 * {@link StreamClient}, hands every event to the store's {@link AlertEngine} and prints each
 * decision (raised, updated, suppressed, fused, ...) as it is stored: one JSON line with
 * {@code --json}. Feed health goes to standard error. Resumes after the last event the store
 * processed, so a restarted listener neither loses nor repeats an event.
 */
@Command(
        name = "listen",
        mixinStandardHelpOptions = true,
        description = {
            "Subscribe to a live feed, run every event through the alert engine and print each decision.",
            "Resumes after the last event this store processed."
        })
final class AlertsListenCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "URL", description = "The feed, e.g. ws://127.0.0.1:8765/events or wss://...")
    String url;

    @Option(
            names = "--token",
            paramLabel = "T",
            description = "Bearer token (shows in ps: prefer --token-file or $KHAREETATY_FEED_TOKEN).")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", description = "Bearer token on the first line of FILE.")
    Path tokenFile;

    @Option(
            names = "--since",
            paramLabel = "SEQ|all|live",
            description =
                    "Where to start when the store has processed nothing yet: all (what the feed still holds), live "
                            + "(new events only, the default) or a sequence number.")
    String since;

    @Option(
            names = "--trust",
            paramLabel = "KEYSTORE",
            description = "Trust store (PKCS12/JKS) for a wss:// feed with its own certificate.")
    Path trust;

    @Option(
            names = "--trust-password",
            paramLabel = "PW",
            description = "Its password (shows in ps: prefer --trust-password-file or $KHAREETATY_TRUST_PASSWORD).")
    String trustPassword;

    @Option(
            names = "--trust-password-file",
            paramLabel = "FILE",
            description = "The trust store's password on the first line of FILE.")
    Path trustPasswordFile;

    @Option(
            names = "--max-events",
            paramLabel = "N",
            description = "Stop after processing N events (default: run until interrupted).")
    long maxEvents;

    @Option(
            names = "--idle-exit",
            paramLabel = "SECONDS",
            description = "Stop when no event arrived for this long (default: never).")
    long idleExit;

    @Option(names = "--json", description = "Print each decision as a JSON line.")
    boolean json;

    /** How long a stop signal waits for the batch in hand to be stored and the store to close. */
    private static final long STOP_WAIT_SECONDS = 30;

    /**
     * Listens until the feed ends, {@code --max-events} or {@code --idle-exit} says so, or the
     * process is asked to stop (SIGTERM, Ctrl-C). The JVM halts once its shutdown hooks return, so
     * the hook registered here stops the listener and waits until it has stored and printed the batch
     * in hand and closed the engine and then the store.
     */
    @Override
    public Integer call() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        Thread stop = new Thread(
                () -> {
                    done.countDown();
                    try {
                        finished.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "khareetaty-listen-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return listen(done);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it returns now that the store is closed
            }
        }
    }

    private int listen(CountDownLatch done) throws Exception {
        AtomicLong processed = new AtomicLong();
        AtomicReference<StoreException> notDurable = new AtomicReference<>();
        try (Store s = store.openForStream();
                AlertEngine engine = AlertEngine.open(s)) {
            StreamConfig config = config(engine);
            AtomicLong lastEventNanos = new AtomicLong(System.nanoTime());
            EngineFeed.Decided shown = new EngineFeed.Decided() {
                @Override
                public void decided(Event e, List<AlertDecision> decisions) {
                    print(decisions, e);
                    lastEventNanos.set(System.nanoTime());
                    if (maxEvents > 0 && processed.incrementAndGet() >= maxEvents) {
                        done.countDown();
                    }
                }

                @Override
                public void failed(StoreException error) {
                    notDurable.set(error);
                    done.countDown();
                }
            };
            try (StreamClient client = EngineFeed.subscribe(
                    engine, config, shown, health(done), maxEvents > 0 ? maxEvents : Long.MAX_VALUE)) {
                while (!done.await(200, TimeUnit.MILLISECONDS)) {
                    if (idleExit > 0 && System.nanoTime() - lastEventNanos.get() > TimeUnit.SECONDS.toNanos(idleExit)) {
                        break;
                    }
                }
                if (client.failure().isPresent()) {
                    System.err.println("error: "
                            + Terminal.safe(String.valueOf(client.failure().get())));
                    return 1;
                }
            } // closing the client lets the batch in hand be stored
            // and printed once it is on disk
            engine.awaitDurable();
            if (notDurable.get() != null) {
                throw notDurable.get();
            }
            System.err.printf(
                    Locale.ROOT,
                    "stopped after %,d events; resume point %d%n",
                    processed.get(),
                    engine.lastProcessedSeq());
        }
        return 0;
    }

    private StreamConfig config(AlertEngine engine) {
        String t = Secrets.read("--token", token, tokenFile, "KHAREETATY_FEED_TOKEN");
        StreamConfig.Builder c = EngineFeed.config(engine, url, t, startingPoint());
        if (trust != null) {
            String pw = Secrets.read("--trust-password", trustPassword, trustPasswordFile, "KHAREETATY_TRUST_PASSWORD");
            c.tls(StreamTls.trustStore(trust, pw == null ? new char[0] : pw.toCharArray()));
        }
        return c.build();
    }

    private long startingPoint() {
        if (since == null || since.equals("live")) {
            return StreamConfig.LIVE;
        }
        if (since.equals("all")) {
            return 0;
        }
        try {
            return Long.parseLong(since);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--since must be all, live or a sequence number, got '" + since + "'");
        }
    }

    private void print(List<AlertDecision> decisions, Event e) {
        for (AlertDecision d : decisions) {
            if (json) {
                System.out.println(d.toJson());
            } else {
                Terminal.printf(
                        Locale.ROOT,
                        "%s %-12s %s %s alert %s (event %s)%n",
                        local(Instant.now()),
                        d.kind(),
                        d.priority() == null ? "--" : d.priority(),
                        score(d.score()),
                        d.alertId() == null ? "-" : d.alertId(),
                        e.id());
            }
        }
        System.out.flush();
    }

    private static FeedHealthListener health(CountDownLatch done) {
        return new FeedHealthListener() {
            private FeedState last;

            @Override
            public void onHealth(FeedHealth h) {
                if (h.state() != last) {
                    last = h.state();
                    System.err.println("feed: " + h.state().name().toLowerCase(Locale.ROOT)
                            + (h.detail() == null ? "" : " (" + Terminal.safe(h.detail()) + ")"));
                }
                if (h.state() == FeedState.CLOSED) {
                    done.countDown();
                }
            }

            @Override
            public void onRejected(Rejection r) {
                System.err.println("rejected " + r.reason() + ": " + Terminal.safe(r.message()));
            }
        };
    }
}
