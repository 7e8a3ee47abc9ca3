package org.khareetaty.app.live;

import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.khareetaty.core.alert.AlertEngine;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.store.Store;
import org.khareetaty.feed.FeedServer;
import org.khareetaty.feed.FeedServerConfig;
import org.khareetaty.feed.RecordedEvents;
import org.khareetaty.sample.live.LiveStreamGenerator;
import org.khareetaty.sample.live.LiveStreamSpec;
import org.khareetaty.sample.live.StoreIncident;
import org.khareetaty.sample.live.StoreIncidents;

/**
 * The workstation's demo feed: a {@link FeedServer} in this process, on 127.0.0.1 with a random
 * token, playing the stream generated from the store's last week of incidents
 * ({@link LiveStreamGenerator}, as {@code khareetaty feed serve --generate}) moved to now and sped
 * up. Events the store's engine already processed (an earlier demo run) are left out and the rest
 * numbered after its resume point, so starting the demo again goes on where it stopped.
 */
public final class DemoFeed implements AutoCloseable {
    /**
     * A week of Kuwait demo incidents at this speed gives a few alerts a minute, with a P1 every
     * few minutes: an hour of the stream per two minutes.
     */
    public static final double DEFAULT_SPEED = 30;

    private final FeedServer server;
    private final String token;
    private final int incidents;
    private final StoreIncidents.DayRange range;

    private DemoFeed(FeedServer server, String token, int incidents, StoreIncidents.DayRange range) {
        this.server = server;
        this.token = token;
        this.incidents = incidents;
        this.range = range;
    }

    /**
     * Reads the store's incidents and starts serving (off the JavaFX thread: it reads the store).
     * Playing starts when the first subscriber connects.
     *
     * @param speed playback speed (1 real time)
     * @throws IllegalArgumentException when the store has no incidents
     * @throws IOException when no port can be opened on 127.0.0.1
     */
    public static DemoFeed start(Store store, AlertEngine engine, double speed) throws IOException {
        StoreIncidents.DayRange range = StoreIncidents.range(store, null, null);
        List<StoreIncident> incidents = StoreIncidents.read(store, range);
        if (incidents.isEmpty()) {
            throw new IllegalArgumentException(
                    "The store at " + store.dir() + " has no incidents to generate a demo feed from: "
                            + "import incidents first (File > Import incidents)");
        }
        Iterator<Event> generated = new LiveStreamGenerator(LiveStreamSpec.defaults()).stream(incidents);
        long after = Math.max(0, engine.lastProcessedSeq());
        RecordedEvents input = new RecordedEvents() {
            private long seq = after;

            @Override
            public Event next() {
                while (generated.hasNext()) {
                    Event e = generated.next();
                    if (!engine.alreadyProcessed(e.id())) {
                        return e.withSeq(++seq);
                    }
                }
                return null;
            }
        };
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        FeedServerConfig config = FeedServerConfig.defaults()
                .withHost("127.0.0.1")
                .withPort(0)
                .withToken(token)
                .withSpeed(speed)
                .withRetime(true)
                .withWaitForSubscribers(1);
        return new DemoFeed(FeedServer.start(config, input), token, incidents.size(), range);
    }

    /** Where to subscribe. */
    public URI url() {
        return server.url();
    }

    /** The bearer token the feed requires (random for each start; never stored). */
    public String token() {
        return token;
    }

    /** Incidents the stream is generated from. */
    public int incidents() {
        return incidents;
    }

    /** Their days. */
    public StoreIncidents.DayRange range() {
        return range;
    }

    /** Events published so far. */
    public long published() {
        return server.published();
    }

    @Override
    public void close() {
        server.close();
    }
}
