package org.khareetaty.app.map.tiles;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.khareetaty.geo.basemap.TileId;
import org.khareetaty.geo.basemap.TileSource;
import org.khareetaty.geo.basemap.TileSourceException;
import org.khareetaty.geo.basemap.TilesetInfo;

/**
 * Tiles from an online XYZ tile server (OpenStreetMap's by default), used only when the analyst
 * turns it on. Follows OpenStreetMap's tile usage policy: a User-Agent naming the program, its
 * version and a contact; tiles cached on disk as the HTTP caching headers say, and revalidated
 * with a conditional request when stale; at most {@value #MAX_CONNECTIONS} requests at once; only
 * the tiles the map asks for, never a prefetch of an area; and when the server refuses (429, 5xx)
 * no request for a while (its Retry-After, else a minute), cached tiles shown meanwhile.
 */
public final class OnlineTileSource implements TileSource {
    /** Requests in flight at most (the policy's limit for parallel downloads). */
    public static final int MAX_CONNECTIONS = 2;
    /** OpenStreetMap's standard layer goes to zoom 19. */
    public static final int MAX_ZOOM = 19;

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration BACK_OFF = Duration.ofMinutes(1);

    private final String urlTemplate;
    private final TilesetInfo info;
    private final TileCache cache;
    private final String userAgent;
    private final HttpClient http;
    private final Semaphore connections = new Semaphore(MAX_CONNECTIONS, true);
    private final Clock clock;
    private volatile Instant quietUntil = Instant.MIN;

    /**
     * A source for the server at {@code urlTemplate} ({z}, {x}, {y}), credited {@code attribution},
     * caching in {@code cache}, identifying itself as {@code userAgent}.
     */
    public OnlineTileSource(String urlTemplate, String attribution, TileCache cache, String userAgent, Clock clock) {
        this.urlTemplate = urlTemplate;
        this.cache = cache;
        this.userAgent = userAgent;
        this.clock = clock;
        this.info = new TilesetInfo(
                URI.create(urlTemplate.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"))
                        .getHost(),
                "online tiles from " + urlTemplate,
                attribution,
                "png",
                0,
                MAX_ZOOM,
                null,
                "");
        this.http = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The source the settings describe, caching under the settings' cache folder, per server host. */
    public static OnlineTileSource of(BasemapSettings settings, String attribution) {
        String host = URI.create(settings.onlineUrl()
                        .replace("{z}", "0")
                        .replace("{x}", "0")
                        .replace("{y}", "0"))
                .getHost();
        return new OnlineTileSource(
                settings.onlineUrl(),
                attribution,
                new TileCache(settings.cacheDir().resolve(host)),
                UserAgent.of(settings.contact()),
                Clock.systemUTC());
    }

    @Override
    public Optional<byte[]> tile(TileId tile) {
        if (tile.z() > MAX_ZOOM) {
            return Optional.empty();
        }
        Optional<CachedTile> cached = cache.get(tile);
        Instant now = clock.instant();
        if (cached.isPresent() && cached.get().isFresh(now)) {
            return Optional.of(cached.get().bytes());
        }
        if (now.isBefore(quietUntil)) {
            return staleOrFail(tile, cached, "the server asked to wait until " + quietUntil);
        }
        try {
            connections.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return cached.map(CachedTile::bytes);
        }
        try {
            return fetch(tile, cached);
        } finally {
            connections.release();
        }
    }

    private Optional<byte[]> fetch(TileId tile, Optional<CachedTile> cached) {
        URI uri = uri(tile);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("User-Agent", userAgent)
                .header("Accept", "image/png,image/*");
        cached.map(CachedTile::etag).ifPresent(etag -> request.header("If-None-Match", etag));
        cached.map(CachedTile::lastModified).ifPresent(lm -> request.header("If-Modified-Since", lm));
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return staleOrFail(tile, cached, "cannot reach " + uri.getHost() + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return cached.map(CachedTile::bytes);
        }
        Instant now = clock.instant();
        int status = response.statusCode();
        if (status == 200) {
            CachedTile fresh = new CachedTile(
                    response.body(),
                    HttpFreshness.expires(response.headers(), now),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
            cache.put(tile, fresh);
            return Optional.of(fresh.bytes());
        }
        if (status == 304 && cached.isPresent()) {
            cache.refresh(tile, cached.get(), HttpFreshness.expires(response.headers(), now));
            return Optional.of(cached.get().bytes());
        }
        if (status == 404) {
            return Optional.empty();
        }
        if (status == 429 || status == 418 || status >= 500) {
            Duration wait = response.headers()
                    .firstValue("Retry-After")
                    .map(OnlineTileSource::seconds)
                    .orElse(BACK_OFF);
            quietUntil = now.plus(wait);
        }
        return staleOrFail(tile, cached, uri + " answered HTTP " + status);
    }

    private Optional<byte[]> staleOrFail(TileId tile, Optional<CachedTile> cached, String why) {
        if (cached.isPresent()) {
            return Optional.of(cached.get().bytes());
        }
        throw new TileSourceException("No online tile " + tile + ": " + why
                + ". Turn the online basemap off in the settings to use the offline basemap.");
    }

    private static Duration seconds(String retryAfter) {
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(retryAfter.strip())));
        } catch (NumberFormatException e) {
            return BACK_OFF;
        }
    }

    URI uri(TileId tile) {
        return URI.create(urlTemplate
                .replace("{z}", Integer.toString(tile.z()))
                .replace("{x}", Long.toString(tile.x()))
                .replace("{y}", Long.toString(tile.y())));
    }

    @Override
    public TilesetInfo info() {
        return info;
    }

    /** The User-Agent sent. */
    public String userAgent() {
        return userAgent;
    }

    /** The disk cache. */
    public TileCache cache() {
        return cache;
    }

    @Override
    public void close() {
        // the JDK client's connections close when idle; nothing else is held
    }
}
