package org.khareetaty.geo.basemap;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.khareetaty.core.progress.CancelledException;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.locationtech.jts.geom.Envelope;

/**
 * Generates a basemap: every 256-pixel Web Mercator tile of the zoom range over the study area
 * plus a margin, drawn by {@link TileRenderer} and written, in a fixed order (zoom, row, column),
 * to one or more {@link TileSink}s. The output depends only on the content and the options, not
 * on the number of threads.
 */
public final class BasemapGenerator {
    private static final long EMIT_NANOS = 100_000_000L;

    private final BasemapOptions options;

    public BasemapGenerator(BasemapOptions options) {
        this.options = options;
    }

    /** The tile ranges generated for {@code content}, one per zoom. */
    public List<WebMercator.TileRange> ranges(BasemapContent content) {
        Envelope w = content.worldExtent();
        double pad = options.margin() * Math.max(w.getWidth(), w.getHeight());
        Envelope covered = new Envelope(w);
        covered.expandBy(pad);
        List<WebMercator.TileRange> ranges = new ArrayList<>();
        for (int z = options.minZoom(); z <= options.maxZoom(); z++) {
            ranges.add(WebMercator.tilesCovering(covered, z));
        }
        return ranges;
    }

    /** The tile set's metadata for {@code content}. */
    public TilesetInfo info(BasemapContent content) {
        String credit = options.attribution() != null ? options.attribution() : content.attribution();
        List<String> layers = content.layers().stream().map(BasemapLayer::name).toList();
        Envelope w = content.worldExtent();
        double pad = options.margin() * Math.max(w.getWidth(), w.getHeight());
        Envelope covered = new Envelope(w);
        covered.expandBy(pad);
        Envelope bounds = new Envelope(
                WebMercator.lon(covered.getMinX()),
                WebMercator.lon(covered.getMaxX()),
                WebMercator.lat(covered.getMaxY()),
                WebMercator.lat(covered.getMinY()));
        return new TilesetInfo(
                "Khareetaty basemap (" + String.join(", ", layers) + ")",
                "Boundary layers " + String.join(", ", layers) + " drawn for offline use",
                credit,
                "png",
                options.minZoom(),
                options.maxZoom(),
                bounds,
                fingerprint(content.fingerprint()));
    }

    /** The fingerprint a basemap of these options over layers of fingerprint {@code layersFingerprint} carries. */
    public String fingerprint(String layersFingerprint) {
        return layersFingerprint + "/" + options.fingerprintPart();
    }

    /**
     * Draws and writes every tile. The sinks are begun, filled and finished; on failure or
     * cancellation they are aborted and the exception is rethrown.
     *
     * @throws CancelledException when {@code listener} cancels
     */
    public GenerationResult generate(BasemapContent content, List<TileSink> sinks, ProgressListener listener) {
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener;
        long start = System.nanoTime();
        TileRenderer renderer = new TileRenderer(content, options.style(), options.language(), options.labels());
        TilesetInfo info = info(content);
        List<WebMercator.TileRange> ranges = ranges(content);
        long total = ranges.stream().mapToLong(WebMercator.TileRange::count).sum();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "basemap-render");
            t.setDaemon(true);
            return t;
        });
        try {
            sinks.forEach(s -> s.begin(info));
            long done = 0;
            long plain = 0;
            long lastEmit = 0;
            Map<Integer, Long> byZoom = new TreeMap<>();
            for (WebMercator.TileRange range : ranges) {
                String task = "basemap zoom " + range.z() + " of " + options.minZoom() + ".." + options.maxZoom();
                progress.update(new Progress(task, done, total, done, Duration.ofNanos(System.nanoTime() - start)));
                Deque<Future<List<Rendered>>> window = new ArrayDeque<>();
                long row = range.minY();
                while (row <= range.maxY() || !window.isEmpty()) {
                    while (row <= range.maxY() && window.size() < 2 * options.threads()) {
                        long y = row++;
                        window.add(pool.submit(() -> renderRow(renderer, range, y)));
                    }
                    for (Rendered r : await(window.poll())) {
                        progress.checkCancelled();
                        for (TileSink s : sinks) {
                            s.put(r.tile, r.png);
                        }
                        done++;
                        plain += r.plain ? 1 : 0;
                        byZoom.merge(range.z(), 1L, Long::sum);
                    }
                    if (System.nanoTime() - lastEmit > EMIT_NANOS) {
                        lastEmit = System.nanoTime();
                        progress.update(new Progress(task, done, total, done, Duration.ofNanos(lastEmit - start)));
                    }
                }
            }
            sinks.forEach(TileSink::finish);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            progress.update(new Progress("basemap", done, total, done, elapsed));
            return new GenerationResult(done, plain, byZoom, info, elapsed.toNanos() / 1e9);
        } catch (RuntimeException e) {
            sinks.forEach(TileSink::abort);
            throw e;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Rendered(TileId tile, byte[] png, boolean plain) {}

    private static List<Rendered> renderRow(TileRenderer renderer, WebMercator.TileRange range, long y) {
        List<Rendered> row = new ArrayList<>();
        for (long x = range.minX(); x <= range.maxX(); x++) {
            TileId t = new TileId(range.z(), x, y);
            boolean plain = renderer.plainColour(t).isPresent();
            row.add(new Rendered(t, renderer.png(t), plain));
        }
        return row;
    }

    private static List<Rendered> await(Future<List<Rendered>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("Drawing a basemap tile failed: " + e.getCause(), e.getCause());
        }
    }
}
