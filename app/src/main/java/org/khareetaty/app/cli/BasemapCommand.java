package org.khareetaty.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.khareetaty.core.store.Store;
import org.khareetaty.geo.basemap.Basemap;
import org.khareetaty.geo.basemap.BasemapContent;
import org.khareetaty.geo.basemap.BasemapGenerator;
import org.khareetaty.geo.basemap.BasemapOptions;
import org.khareetaty.geo.basemap.BasemapPreview;
import org.khareetaty.geo.basemap.GenerationResult;
import org.khareetaty.geo.basemap.LabelLanguage;
import org.khareetaty.geo.basemap.MBTilesSource;
import org.khareetaty.geo.basemap.MBTilesWriter;
import org.khareetaty.geo.basemap.StoreBasemap;
import org.khareetaty.geo.basemap.TileFolderSource;
import org.khareetaty.geo.basemap.TileFolderWriter;
import org.khareetaty.geo.basemap.TileSink;
import org.khareetaty.geo.basemap.TileSource;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code khareetaty basemap}: the offline basemap drawn from the store's boundary layers. */
@Command(
        name = "basemap",
        mixinStandardHelpOptions = true,
        description = "The offline basemap: tiles drawn from the store's boundary layers (docs/basemap.md).",
        subcommands = {BasemapCommand.Generate.class, BasemapCommand.Preview.class})
final class BasemapCommand {

    @Command(
            name = "generate",
            mixinStandardHelpOptions = true,
            description = {
                "Draw the boundary layers as 256-pixel Web Mercator PNG tiles into an MBTiles file",
                "(default: basemap.mbtiles in the store, which the map shows) and/or z/x/y folders.",
                "Deeper zooms than written are drawn on demand by the map. Files written with --out name",
                "the zones in their tiles; the store's own file does not (the map names them above its fills)."
            })
    static final class Generate implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(
                names = {"-o", "--out"},
                paramLabel = "FILE.mbtiles|DIR",
                description =
                        "Where to write: a .mbtiles file or a z/x/y folder; repeat for both (default: the store's basemap).")
        List<Path> out = new ArrayList<>();

        @Option(
                names = "--min-zoom",
                defaultValue = "" + BasemapOptions.DEFAULT_MIN_ZOOM,
                paramLabel = "Z",
                description = "Shallowest zoom (default ${DEFAULT-VALUE}).")
        int minZoom;

        @Option(
                names = "--max-zoom",
                defaultValue = "" + BasemapOptions.DEFAULT_MAX_ZOOM,
                paramLabel = "Z",
                description = "Deepest zoom (default ${DEFAULT-VALUE}; each zoom more takes about four times as long).")
        int maxZoom;

        @Option(
                names = "--layers",
                split = ",",
                paramLabel = "NAME",
                description = "Boundary layers to draw (default: all; the primary layer always).")
        List<String> layers = new ArrayList<>();

        @Option(
                names = "--labels",
                defaultValue = "en",
                paramLabel = "en|ar",
                description =
                        "Label language: en (names) or ar (name_ar of the attributes) (default ${DEFAULT-VALUE}).")
        String labels;

        @Option(
                names = "--attribution",
                paramLabel = "TEXT",
                description = "Credit for the boundary data (default: from the layers' source files).")
        String attribution;

        @Option(names = "--json", description = "Print the result as JSON.")
        boolean json;

        @Option(
                names = {"-q", "--quiet"},
                description = "No progress bar.")
        boolean quiet;

        @Override
        public Integer call() {
            BasemapOptions options = BasemapOptions.defaults()
                    .withZooms(minZoom, maxZoom)
                    .withLanguage(language(labels))
                    .withLayers(new LinkedHashSet<>(layers))
                    .withAttribution(attribution);
            Path storeDir = store.resolve();
            List<Path> targets = out.isEmpty() ? List.of(Basemap.file(storeDir)) : out;
            if (out.isEmpty()) {
                // the store's own file is the window's: it names the zones above its fills, not in the tiles
                options = options.withoutLabels();
            }
            List<TileSink> sinks = new ArrayList<>();
            for (Path p : targets) {
                sinks.add(
                        p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mbtiles")
                                ? new MBTilesWriter(p)
                                : new TileFolderWriter(p));
            }
            TerminalProgress bar = TerminalProgress.onStderr(quiet);
            GenerationResult r;
            try (Store s = store.open()) {
                BasemapContent content = StoreBasemap.content(s, options.layers());
                r = new BasemapGenerator(options).generate(content, sinks, bar);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            } finally {
                bar.done();
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put(
                        "outputs",
                        targets.stream().map(p -> p.toAbsolutePath().toString()).toList());
                m.put("tiles", r.tiles());
                m.put("plain_tiles", r.plainTiles());
                m.put("tiles_by_zoom", r.tilesByZoom());
                m.put("min_zoom", r.info().minZoom());
                m.put("max_zoom", r.info().maxZoom());
                m.put("bounds", r.info().boundsText());
                m.put("attribution", r.info().attribution());
                m.put("seconds", r.seconds());
                System.out.println(Json.of(m));
            } else {
                for (Path p : targets) {
                    System.out.printf(Locale.ROOT, "%s%n", p.toAbsolutePath());
                }
                System.out.printf(
                        Locale.ROOT,
                        "  %,d tiles, zooms %d..%d (%,d plain land or background), %.1f s%n",
                        r.tiles(),
                        r.info().minZoom(),
                        r.info().maxZoom(),
                        r.plainTiles(),
                        r.seconds());
                System.out.printf(
                        Locale.ROOT,
                        "  bounds %s; attribution \"%s\"%n",
                        r.info().boundsText(),
                        r.info().attribution());
            }
            return 0;
        }

        private static LabelLanguage language(String code) {
            return switch (code.toLowerCase(Locale.ROOT)) {
                case "en", "english" -> LabelLanguage.ENGLISH;
                case "ar", "arabic" -> LabelLanguage.ARABIC;
                default -> throw new IllegalArgumentException("--labels must be en or ar, not '" + code + "'");
            };
        }
    }

    @Command(
            name = "preview",
            mixinStandardHelpOptions = true,
            description = {
                "Stitch basemap tiles of one zoom into a PNG picture, with the attribution, to check the look.",
                "Reads --source (an MBTiles file or z/x/y folder), else the store's basemap (drawn on demand if not generated)."
            })
    static final class Preview implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Option(
                names = "--source",
                paramLabel = "FILE.mbtiles|DIR",
                description = "Tiles to show (default: the store's basemap).")
        Path source;

        @Option(names = "--zoom", required = true, paramLabel = "Z", description = "Zoom.")
        int zoom;

        @Option(
                names = "--at",
                split = ",",
                paramLabel = "LON,LAT",
                description = "Centre (default: the middle of the basemap).")
        List<Double> at = new ArrayList<>();

        @Option(
                names = "--tiles",
                defaultValue = "4x3",
                paramLabel = "COLSxROWS",
                description = "Tiles across and down (default ${DEFAULT-VALUE}).")
        String tiles;

        @Option(
                names = {"-o", "--out"},
                required = true,
                paramLabel = "FILE.png",
                description = "The picture to write.")
        Path out;

        @Override
        public Integer call() throws Exception {
            String[] cr = tiles.toLowerCase(Locale.ROOT).split("x");
            if (cr.length != 2 || !cr[0].matches("\\d{1,2}") || !cr[1].matches("\\d{1,2}")) {
                throw new IllegalArgumentException("--tiles must look like 4x3, not '" + tiles + "'");
            }
            if (!at.isEmpty() && at.size() != 2) {
                throw new IllegalArgumentException("--at must be LON,LAT");
            }
            if (source != null) {
                try (TileSource s =
                        Files.isDirectory(source) ? TileFolderSource.open(source) : MBTilesSource.open(source)) {
                    write(s, Integer.parseInt(cr[0]), Integer.parseInt(cr[1]));
                }
            } else {
                try (Store st = store.open();
                        TileSource s = StoreBasemap.open(st)) {
                    write(s, Integer.parseInt(cr[0]), Integer.parseInt(cr[1]));
                } catch (IllegalStateException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }
            System.out.println(out.toAbsolutePath());
            return 0;
        }

        private void write(TileSource s, int cols, int rows) throws java.io.IOException {
            Envelope b = s.info().bounds();
            double lon = !at.isEmpty() ? at.get(0) : b != null ? b.centre().x : 0;
            double lat = !at.isEmpty() ? at.get(1) : b != null ? b.centre().y : 0;
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(BasemapPreview.mosaic(s, zoom, lon, lat, cols, rows), "png", out.toFile());
        }
    }
}
