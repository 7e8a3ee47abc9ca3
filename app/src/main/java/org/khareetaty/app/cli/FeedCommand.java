package org.khareetaty.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.core.store.Store;
import org.khareetaty.feed.FeedKeystore;
import org.khareetaty.feed.FeedServer;
import org.khareetaty.feed.FeedServerConfig;
import org.khareetaty.feed.RecordedEvents;
import org.khareetaty.feed.ReplayFile;
import org.khareetaty.sample.live.LiveStreamGenerator;
import org.khareetaty.sample.live.LiveStreamSpec;
import org.khareetaty.sample.live.LiveStreamSummary;
import org.khareetaty.sample.live.StoreIncident;
import org.khareetaty.sample.live.StoreIncidents;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty feed}: the live event feed server, and generated streams written to files. */
@Command(
        name = "feed",
        mixinStandardHelpOptions = true,
        description = "The live event feed: serve a replay file or a stream generated from the store over WebSocket; "
                + "write a generated stream to a replay file (docs/feed.md).",
        subcommands = {FeedCommand.Serve.class, FeedCommand.Generate.class})
final class FeedCommand {
    static final String TOKEN_ENV = "KHAREETATY_FEED_TOKEN";
    static final String TLS_PASSWORD_ENV = "KHAREETATY_TLS_PASSWORD";

    /** The range and seed of a stream generated from the store. */
    static final class GeneratedRange {
        @Option(
                names = "--from",
                paramLabel = "DATE",
                description = "First local date of the incidents, YYYY-MM-DD (default: a week before --to).")
        LocalDate from;

        @Option(
                names = "--to",
                paramLabel = "DATE",
                description = "Last local date of the incidents, YYYY-MM-DD (default: the store's last day).")
        LocalDate to;

        @Option(
                names = "--seed",
                defaultValue = "" + LiveStreamSpec.DEFAULT_SEED,
                description = "Generator seed (default ${DEFAULT-VALUE}).")
        long seed;

        /** Reads the incidents (the store is closed again before the feed starts) and says what it read. */
        List<StoreIncident> read(StoreOption store, PrintStream out, boolean quiet) {
            try (Store s = store.open()) {
                StoreIncidents.DayRange range = StoreIncidents.range(s, from, to);
                List<StoreIncident> incidents = StoreIncidents.read(s, range);
                long dayOnly = StoreIncidents.dayOnly(s, range);
                if (incidents.isEmpty()) {
                    throw new IllegalArgumentException("the store at " + s.dir() + " has no incidents with a time of"
                            + " day from " + range.from() + " to " + range.to()
                            + (dayOnly > 0 ? " (" + dayOnly + " known to the day only)" : "")
                            + "; choose another --from/--to");
                }
                if (!quiet) {
                    out.printf(
                            Locale.ROOT,
                            "%,d incidents of %s from %s to %s, seed %d%n",
                            incidents.size(),
                            s.dir(),
                            range.from(),
                            range.to(),
                            seed);
                    if (dayOnly > 0) {
                        out.printf(
                                Locale.ROOT,
                                "%,d incidents known to the day only left out (no time of day to play them at)%n",
                                dayOnly);
                    }
                }
                return incidents;
            }
        }
    }

    @Command(
            name = "serve",
            mixinStandardHelpOptions = true,
            description = {
                "Serve live events at ws://HOST:PORT/events (wss:// with --tls) until Ctrl-C.",
                "Clients resume with ?since=SEQ and, when a token is set, send 'Authorization: Bearer TOKEN'."
            })
    static final class Serve implements Callable<Integer> {
        static final class Source {
            @Option(
                    names = "--replay",
                    paramLabel = "FILE",
                    required = true,
                    description = "Play this JSON-lines event file (docs/events.md; .gz allowed).")
            Path replay;

            @Option(
                    names = "--generate",
                    required = true,
                    description = "Play a stream generated from the incidents in the store.")
            boolean generate;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        @Mixin
        StoreOption store;

        @Mixin
        GeneratedRange range;

        @Option(
                names = "--port",
                paramLabel = "P",
                defaultValue = "8765",
                description = "Port (default ${DEFAULT-VALUE}; 0: any free port).")
        int port;

        @Option(
                names = "--host",
                paramLabel = "ADDRESS",
                defaultValue = "127.0.0.1",
                description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
        String host;

        @Option(
                names = "--speed",
                paramLabel = "X",
                defaultValue = "1",
                description =
                        "Playback speed: 1 real time, 60 a minute per second, 0 or max as fast as the subscribers take it (default ${DEFAULT-VALUE}).")
        String speed;

        @Option(
                names = "--token",
                paramLabel = "T",
                description =
                        "Require 'Authorization: Bearer T' (shows in ps: prefer --token-file or $" + TOKEN_ENV + ").")
        String token;

        @Option(
                names = "--token-file",
                paramLabel = "FILE",
                description = "Require the bearer token on the first line of FILE.")
        Path tokenFile;

        @Option(
                names = "--no-auth",
                description = "Serve an open feed: anyone who reaches the port may subscribe (no token).")
        boolean noAuth;

        @Option(
                names = "--allow-origin",
                paramLabel = "ORIGIN",
                description = "Let web pages of ORIGIN (e.g. https://console.example) subscribe; repeatable. "
                        + "Upgrades from any other web page are refused.")
        List<String> allowedOrigins = new java.util.ArrayList<>();

        @Option(
                names = "--tls",
                paramLabel = "KEYSTORE",
                description = "Serve wss:// with this PKCS12 or JKS keystore.")
        Path keystore;

        @Option(
                names = "--tls-password",
                paramLabel = "PW",
                description =
                        "Keystore password (shows in ps: prefer --tls-password-file or $" + TLS_PASSWORD_ENV + ").")
        String tlsPassword;

        @Option(
                names = "--tls-password-file",
                paramLabel = "FILE",
                description = "Keystore password on the first line of FILE.")
        Path tlsPasswordFile;

        @Option(
                names = "--heartbeat",
                paramLabel = "SECONDS",
                defaultValue = "5",
                description = "Heartbeat to a subscriber sent nothing for this long (default ${DEFAULT-VALUE}).")
        double heartbeatSeconds;

        @Option(
                names = "--buffer",
                paramLabel = "N",
                defaultValue = "50000",
                description = "Events kept for clients resuming with since= (default ${DEFAULT-VALUE}).")
        int buffer;

        @Option(
                names = "--wait-for",
                paramLabel = "N",
                defaultValue = "0",
                description = "Start playing once N subscribers are connected (default: at once).")
        int waitFor;

        @Option(names = "--keep-times", description = "Send the recorded occurred_at instead of moving events to now.")
        boolean keepTimes;

        @Option(names = "--exit-when-done", description = "Stop once the input is played and every subscriber has it.")
        boolean exitWhenDone;

        @Option(
                names = {"-q", "--quiet"},
                description = "No progress lines.")
        boolean quiet;

        @Override
        public Integer call() throws Exception {
            FeedServerConfig cfg = FeedServerConfig.defaults()
                    .withHost(host)
                    .withPort(port)
                    .withSpeed(Arguments.checked(() -> FeedServerConfig.parseSpeed(speed)))
                    .withToken(token())
                    .withAllowedOrigins(allowedOrigins)
                    .withRetime(!keepTimes)
                    .withHeartbeatInterval(Duration.ofMillis(Math.round(heartbeatSeconds * 1000)))
                    .withBufferCapacity(buffer)
                    .withWaitForSubscribers(waitFor);
            if (keystore != null) {
                String pw = Secrets.read("--tls-password", tlsPassword, tlsPasswordFile, TLS_PASSWORD_ENV);
                if (pw == null) {
                    throw Arguments.usage(
                            "--tls needs the keystore password: --tls-password-file FILE or $" + TLS_PASSWORD_ENV);
                }
                cfg = cfg.withKeystore(new FeedKeystore(keystore, pw.toCharArray()));
            }
            String what;
            RecordedEvents input;
            if (source.replay != null) {
                ReplayFile file = ReplayFile.open(source.replay);
                ReplayFile.Summary s = file.summary();
                what = String.format(
                        Locale.ROOT,
                        "replaying %s (%,d events, seq %d..%d, recorded over %s)",
                        source.replay,
                        s.events(),
                        s.firstSeq(),
                        s.lastSeq(),
                        human(s.span()));
                input = file;
            } else {
                List<StoreIncident> incidents = range.read(store, System.out, quiet);
                input = RecordedEvents.of(
                        new LiveStreamGenerator(LiveStreamSpec.defaults().withSeed(range.seed)).stream(incidents));
                what = String.format(Locale.ROOT, "playing a stream generated from %,d incidents", incidents.size());
            }
            FeedServer server;
            try {
                server = FeedServer.start(cfg, input);
            } catch (IOException e) {
                input.close();
                System.err.println("error: " + e.getMessage() + " (choose another --port)");
                return 1;
            }
            Thread stop = new Thread(server::close, "feed-shutdown");
            Runtime.getRuntime().addShutdownHook(stop);
            System.out.printf(
                    Locale.ROOT,
                    "feed at %s: %s at %s%s%s%n",
                    server.url(),
                    what,
                    cfg.speed() == 0 ? "full speed" : cfg.speed() + "x",
                    cfg.token() != null ? "; bearer token required" : "",
                    waitFor > 0 ? "; waiting for " + waitFor + " subscriber(s)" : "");
            if (!exitWhenDone) {
                System.out.println("Ctrl-C stops.");
            }
            try {
                return serve(server);
            } finally {
                server.close();
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException e) {
                    // Ctrl-C: the JVM is shutting down and runs the hook itself
                }
            }
        }

        /** The token clients must send; null for an open feed, which must be asked for with --no-auth. */
        private String token() {
            String t = Secrets.read("--token", token, tokenFile, TOKEN_ENV);
            if (noAuth && (token != null || tokenFile != null)) {
                throw Arguments.usage("--no-auth serves an open feed: give it without --token or --token-file");
            }
            if (noAuth) {
                return null;
            }
            if (t == null) {
                throw Arguments.usage("the feed needs a token: --token-file FILE or $" + TOKEN_ENV
                        + "; for an open feed that anyone reaching the port may read, give --no-auth");
            }
            return t;
        }

        private int serve(FeedServer server) throws InterruptedException {
            long lastReport = System.nanoTime();
            boolean announcedEnd = false;
            while (true) {
                Thread.sleep(200);
                if (server.inputDone() && !announcedEnd) {
                    announcedEnd = true;
                    if (server.inputFailure().isPresent()) {
                        System.err.println("error: the input failed after " + server.published() + " events: "
                                + server.inputFailure().get());
                        server.close();
                        return 1;
                    }
                    System.out.printf(
                            Locale.ROOT,
                            "input played: %,d events published%s%n",
                            server.published(),
                            exitWhenDone ? "" : "; still serving the buffer and heartbeats");
                }
                if (exitWhenDone && server.drained()) {
                    server.close();
                    System.out.printf(
                            Locale.ROOT,
                            "done: %,d events published, %,d messages sent%n",
                            server.published(),
                            server.sent());
                    return 0;
                }
                if (!quiet && System.nanoTime() - lastReport > 10_000_000_000L) {
                    lastReport = System.nanoTime();
                    System.out.printf(
                            Locale.ROOT,
                            "%,d events published, %,d messages sent, %d subscriber(s)%n",
                            server.published(),
                            server.sent(),
                            server.subscribers());
                }
            }
        }
    }

    @Command(
            name = "generate",
            mixinStandardHelpOptions = true,
            description = {
                "Write a stream generated from the incidents in the store to a JSON-lines replay file (.gz: compressed):",
                "a CAD call per incident, corroborating sensor/CCTV/citizen events, gunshot false positives, noise (docs/feed.md)."
            })
    static final class Generate implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Mixin
        GeneratedRange range;

        @Option(
                names = {"--out", "-o"},
                paramLabel = "FILE",
                required = true,
                description = "The replay file to write.")
        Path out;

        @Option(names = "--json", description = "Print the summary as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            List<StoreIncident> incidents = range.read(store, System.out, json);
            LiveStreamSummary s =
                    new LiveStreamGenerator(LiveStreamSpec.defaults().withSeed(range.seed)).write(incidents, out);
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", s.file().toAbsolutePath().toString());
                m.put("incidents", s.incidents());
                m.put("events", s.events());
                m.put("by_source", s.bySource());
                m.put("by_role", s.byRole());
                m.put("gunshot_precision", s.gunshotPrecision());
                m.put("first_sent", String.valueOf(s.firstSent()));
                m.put("last_sent", String.valueOf(s.lastSent()));
                m.put("seed", range.seed);
                m.put("sha256", s.sha256());
                System.out.println(Json.of(m));
                return 0;
            }
            System.out.printf(
                    Locale.ROOT,
                    "wrote %,d events to %s (%s .. %s)%n",
                    s.events(),
                    s.file(),
                    s.firstSent(),
                    s.lastSent());
            System.out.printf(Locale.ROOT, "  by source: %s%n", s.bySource());
            System.out.printf(Locale.ROOT, "  by role:   %s (ground truth in sim_role)%n", s.byRole());
            System.out.printf(
                    Locale.ROOT,
                    "  gunshot alerts with a real incident: %.1f%% (Chicago OIG 2021: 9.1%%)%n",
                    100 * s.gunshotPrecision());
            System.out.printf(Locale.ROOT, "  sha256 %s%n", s.sha256());
            return 0;
        }
    }

    static String human(Duration d) {
        if (d.toDays() >= 2) {
            return d.toDays() + " days";
        }
        if (d.toHours() >= 2) {
            return d.toHours() + " h";
        }
        return d.toSeconds() + " s";
    }
}
