package org.khareetaty.app.map.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.geo.basemap.TileId;
import org.khareetaty.geo.basemap.TileSourceException;

/**
 * The online source against a real HTTP tile server on 127.0.0.1 (never the internet): User-Agent,
 * the disk cache and HTTP revalidation, at most two requests at once, and backing off when refused.
 */
class OnlineTileSourceTest {
    static final byte[] TILE = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    static final byte[] NEWER = {(byte) 0x89, 'P', 'N', 'G', 4, 5, 6};
    static final TileId KUWAIT_CITY = new TileId(12, 2593, 1698);

    @TempDir
    Path dir;

    HttpServer server;
    final ConcurrentLinkedQueue<HttpExchangeRecord> requests = new ConcurrentLinkedQueue<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger maxInFlight = new AtomicInteger();
    volatile int status = 200;
    volatile String cacheControl = "max-age=3600";
    volatile String etag = "\"v1\"";
    volatile byte[] body = TILE;
    volatile long delayMillis;
    volatile String retryAfter;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    record HttpExchangeRecord(String path, String userAgent, String ifNoneMatch) {}

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/tiles/", this::serve);
        server.start();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void serve(HttpExchange ex) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            requests.add(new HttpExchangeRecord(
                    ex.getRequestURI().getPath(),
                    ex.getRequestHeaders().getFirst("User-Agent"),
                    ex.getRequestHeaders().getFirst("If-None-Match")));
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            if (cacheControl != null) {
                ex.getResponseHeaders().add("Cache-Control", cacheControl);
            }
            if (retryAfter != null) {
                ex.getResponseHeaders().add("Retry-After", retryAfter);
            }
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            if (status == 200 && etag != null && etag.equals(inm)) {
                ex.getResponseHeaders().add("ETag", etag);
                ex.sendResponseHeaders(304, -1);
            } else if (status == 200) {
                if (etag != null) {
                    ex.getResponseHeaders().add("ETag", etag);
                }
                ex.getResponseHeaders().add("Content-Type", "image/png");
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            } else {
                ex.sendResponseHeaders(status, -1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
            ex.close();
        }
    }

    OnlineTileSource source() {
        BasemapSettings s = BasemapSettings.defaults()
                .withOnline(true)
                .withOnlineUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/tiles/{z}/{x}/{y}.png")
                .withCacheDir(dir.resolve("cache"))
                .withContact("mailto:analyst@police.example");
        OnlineTileSource o = OnlineTileSource.of(s, BasemapSettings.OSM_ATTRIBUTION);
        return new OnlineTileSource(s.onlineUrl(), BasemapSettings.OSM_ATTRIBUTION, o.cache(), o.userAgent(), clock);
    }

    @Test
    void identifiesItselfAndAsksForZoomColumnRow() {
        assertArrayEquals(TILE, source().tile(KUWAIT_CITY).orElseThrow());
        HttpExchangeRecord r = requests.poll();
        assertEquals("/tiles/12/2593/1698.png", r.path());
        assertTrue(
                r.userAgent().matches("KhareetatyWorkstation/\\S+ \\(\\+mailto:analyst@police\\.example\\)"),
                r.userAgent());
    }

    @Test
    void showsACachedTileWithoutAskingUntilItExpires() {
        OnlineTileSource s = source();
        s.tile(KUWAIT_CITY);
        clock.advance(Duration.ofMinutes(59));
        assertArrayEquals(TILE, s.tile(KUWAIT_CITY).orElseThrow());
        assertArrayEquals(
                TILE, source().tile(KUWAIT_CITY).orElseThrow(), "the cache is on disk: a new session uses it");
        assertEquals(1, requests.size(), "one request for three views within max-age");
    }

    @Test
    void revalidatesAnExpiredTileWithItsEtagAndKeepsItOnNotModified() {
        OnlineTileSource s = source();
        s.tile(KUWAIT_CITY);
        clock.advance(Duration.ofMinutes(61));
        assertArrayEquals(TILE, s.tile(KUWAIT_CITY).orElseThrow());
        List<HttpExchangeRecord> all = new ArrayList<>(requests);
        assertEquals(2, all.size());
        assertEquals("\"v1\"", all.get(1).ifNoneMatch(), "conditional request");
        clock.advance(Duration.ofMinutes(30));
        s.tile(KUWAIT_CITY);
        assertEquals(2, requests.size(), "304 made it fresh for another max-age");
        etag = "\"v2\"";
        body = NEWER;
        clock.advance(Duration.ofHours(2));
        assertArrayEquals(NEWER, s.tile(KUWAIT_CITY).orElseThrow(), "a changed tile replaces the cached one");
    }

    @Test
    void honoursExpiresAndAWeekWithoutHeaders() {
        cacheControl = null;
        etag = null;
        OnlineTileSource s = source();
        s.tile(KUWAIT_CITY);
        clock.advance(Duration.ofDays(6));
        s.tile(KUWAIT_CITY);
        assertEquals(1, requests.size());
        clock.advance(Duration.ofDays(2));
        s.tile(KUWAIT_CITY);
        assertEquals(2, requests.size(), "no caching header: fresh for 7 days");
    }

    @Test
    void neverHasMoreThanTwoRequestsInFlight() throws Exception {
        delayMillis = 150;
        OnlineTileSource s = source();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<byte[]>>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                TileId t = new TileId(12, 2590 + i, 1698);
                futures.add(pool.submit(() -> s.tile(t)));
            }
            for (Future<Optional<byte[]>> f : futures) {
                assertArrayEquals(TILE, f.get().orElseThrow());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(8, requests.size());
        assertEquals(OnlineTileSource.MAX_CONNECTIONS, maxInFlight.get());
    }

    @Test
    void showsStaleTilesWhenTheServerIsGoneAndNamesTheProblemOtherwise() {
        OnlineTileSource s = source();
        s.tile(KUWAIT_CITY);
        server.stop(0);
        server = null;
        clock.advance(Duration.ofDays(30));
        assertArrayEquals(TILE, s.tile(KUWAIT_CITY).orElseThrow(), "offline: the stale copy");
        TileSourceException e = assertThrows(TileSourceException.class, () -> s.tile(new TileId(12, 2594, 1698)));
        assertTrue(
                e.getMessage().contains("12/2594/1698") && e.getMessage().contains("cannot reach 127.0.0.1"),
                e.getMessage());
    }

    @Test
    void backsOffWhenTheServerRefuses() {
        status = 429;
        retryAfter = "120";
        OnlineTileSource s = source();
        assertThrows(TileSourceException.class, () -> s.tile(KUWAIT_CITY));
        assertThrows(TileSourceException.class, () -> s.tile(new TileId(12, 2594, 1698)));
        assertEquals(1, requests.size(), "no request during Retry-After");
        status = 200;
        clock.advance(Duration.ofSeconds(121));
        assertArrayEquals(TILE, s.tile(KUWAIT_CITY).orElseThrow());
        assertEquals(2, requests.size());
    }

    @Test
    void hasNoTilesBeyondZoomNineteenAndTreats404AsNoTile() {
        OnlineTileSource s = source();
        assertEquals(Optional.empty(), s.tile(new TileId(20, 0, 0)));
        assertEquals(0, requests.size());
        status = 404;
        assertEquals(Optional.empty(), s.tile(KUWAIT_CITY));
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
