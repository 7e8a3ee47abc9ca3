package org.khareetaty.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.khareetaty.core.error.KhareetatyException;
import org.khareetaty.core.etl.Flag;
import org.khareetaty.core.etl.ImportException;
import org.khareetaty.core.etl.ImportOptions;
import org.khareetaty.core.etl.ImportResult;
import org.khareetaty.core.etl.ImportUndo;
import org.khareetaty.core.etl.Importer;
import org.khareetaty.core.etl.Mapping;
import org.khareetaty.core.etl.Profiles;
import org.khareetaty.core.etl.WatchFolder;
import org.khareetaty.core.forecast.ForecastRetrain;
import org.khareetaty.core.forecast.StoredRun;
import org.khareetaty.core.report.NextDayBoxes;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.taxonomy.Taxonomy;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khareetaty import}: loads incident files, or watches a staging folder. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import incident CSV files (.csv or .csv.gz) into the store.",
            "Every row is loaded, rejected with a reason, or counted as a duplicate: read = loaded + rejected + duplicates.",
            "An import is all or nothing; rejected rows can be exported with 'khareetaty rejected export'.",
            "A file already imported (same SHA-256) is not read again unless --again is given."
        },
        subcommands = ImportCommand.Undo.class)
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to import.")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--profile",
            paramLabel = "P",
            description = "Force a profile instead of detecting it: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ProfileNames.class)
    String profile;

    @Option(
            names = "--mapping",
            paramLabel = "FILE",
            description = "Mapping file for a CSV no profile knows (see docs/mapping.md).")
    Path mapping;

    @Option(
            names = "--time-floor",
            paramLabel = "DATE",
            description = "Reject incidents before this date (default ${DEFAULT-VALUE}).",
            defaultValue = "1990-01-01")
    LocalDate timeFloor;

    @Option(
            names = "--bbox",
            paramLabel = "W,S,E,N",
            description = "The study area as a lon/lat bounding box: points outside are rejected; kept in the store "
                    + "for every later import (a new --bbox replaces it).",
            split = ",")
    List<Double> bbox;

    @Option(
            names = "--edge-tolerance",
            paramLabel = "METRES",
            defaultValue = "25",
            description = "Keep points up to this far outside the primary boundary layer's edge, with the nearest "
                    + "zone (default ${DEFAULT-VALUE}; 0 keeps none).")
    double edgeTolerance;

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            description = "The files' encoding, e.g. windows-1252 (default: UTF-8, or a detected Windows-1252).")
    java.nio.charset.Charset encoding;

    @Option(
            names = "--taxonomy",
            paramLabel = "FILE",
            description = "Offense taxonomy CSV (default: STORE/taxonomy.csv if present, else the built-in one).")
    Path taxonomy;

    @Option(
            names = "--watch",
            paramLabel = "DIR",
            description = "Import files dropped into DIR, moving them to DIR/archive or DIR/failed.")
    Path watch;

    @Option(names = "--once", description = "With --watch: import what is in DIR now, then exit.")
    boolean once;

    @Option(
            names = "--interval",
            paramLabel = "SECONDS",
            defaultValue = "2",
            description = "With --watch: seconds between scans (default ${DEFAULT-VALUE}).")
    double interval;

    @Option(
            names = "--geocode-fallback",
            paramLabel = "LON,LAT",
            description = "Reject the rows at exactly this point as geocode_fallback: a point an import reported as a "
                    + "likely geocoder fallback (many addresses at one point). May be repeated.")
    List<String> geocodeFallbacks = new ArrayList<>();

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Option(
            names = "--accept-rejections",
            description =
                    "Keep an import even when its detected profile rejects more than half the rows for one reason.")
    boolean acceptRejections;

    @Option(
            names = "--again",
            description = "Import a file even when an earlier import had the same SHA-256 (its records then count as "
                    + "duplicates, unless that import was undone).")
    boolean again;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar.")
    boolean quiet;

    @Option(
            names = "--no-forecast-refresh",
            description =
                    "Do not refit the stored forecasts the import made stale (the daily retrain, otherwise run"
                            + " after a successful import and timed apart from it); 'khareetaty forecast refresh' does it later.")
    boolean noForecastRefresh;

    @Override
    public Integer call() throws Exception {
        if (files.isEmpty() && watch == null) {
            throw new IllegalArgumentException("name at least one FILE to import, or --watch DIR");
        }
        // a mapping or --bbox that is wrong is reported before a store is opened, or created
        ImportOptions options = options(store.resolve());
        try (Store s = store.open()) {
            Importer importer = new Importer(s);
            TerminalProgress bar = TerminalProgress.onStderr(quiet);
            if (watch != null) {
                return watchFolder(importer, options, bar);
            }
            List<Map<String, Object>> results = new ArrayList<>();
            int failures = 0;
            for (Path file : files) {
                try {
                    ImportResult r = importer.importFile(file, options, bar);
                    bar.done();
                    results.add(asMap(r));
                    if (!json) {
                        print(System.out, r);
                    }
                } catch (ImportException e) {
                    bar.done();
                    failures++;
                    System.err.println("error: " + e.getMessage());
                }
            }
            if (failures == 0 && !noForecastRefresh && (ForecastRetrain.needed(s) || NextDayBoxes.needed(s))) {
                Map<String, Object> refresh = refreshForecasts(s, bar);
                results.get(results.size() - 1).put("forecast_refresh", refresh);
            }
            if (json) {
                System.out.println(Json.of(results.size() == 1 ? results.get(0) : results));
            }
            return failures == 0 ? 0 : 1;
        }
    }

    /**
     * The daily retrain after the import (not in its seconds or rows/s): the runs refitted and its seconds;
     * a failure is reported, not fatal (the import is kept).
     */
    private Map<String, Object> refreshForecasts(Store s, TerminalProgress bar) throws InterruptedException {
        Map<String, Object> m = new LinkedHashMap<>();
        if (ForecastRetrain.needed(s)) {
            refit(s, bar, m);
        }
        if (NextDayBoxes.needed(s)) {
            m.put("forecast_boxes", nextDayBoxes(s, bar));
        }
        return m;
    }

    /** The stale stored forecasts refitted: the runs and the seconds into {@code m}. */
    private void refit(Store s, TerminalProgress bar, Map<String, Object> m) throws InterruptedException {
        ForecastRetrain retrain = ForecastRetrain.start(s, bar);
        try {
            List<StoredRun> runs = retrain.await();
            bar.done();
            m.put("runs", runs.stream().map(StoredRun::scope).toList());
            if (!json) {
                System.out.printf(
                        Locale.ROOT,
                        "stored forecasts refitted: %s (%.1f s, after the import)%n",
                        String.join(", ", runs.stream().map(StoredRun::scope).toList()),
                        retrain.seconds());
            }
        } catch (KhareetatyException | IllegalArgumentException e) {
            bar.done();
            m.put("error", e.getMessage());
            System.err.println("warning: the import is kept, but its stored forecasts were not refitted: "
                    + e.getMessage() + " (run: khareetaty forecast refresh)");
        }
        m.put("seconds", retrain.seconds());
    }

    /**
     * Tomorrow's forecast boxes ({@link NextDayBoxes}) of every choice a report or briefing kept boxes of, so
     * the next one reads them; a failure is reported, not fatal.
     */
    private Map<String, Object> nextDayBoxes(Store s, TerminalProgress bar) {
        Map<String, Object> m = new LinkedHashMap<>();
        long start = System.nanoTime();
        try {
            List<NextDayBoxes.Made> made = NextDayBoxes.make(s, bar);
            bar.done();
            m.put("made", made.stream().map(ImportCommand::asMap).toList());
            if (!json) {
                for (NextDayBoxes.Made b : made) {
                    System.out.printf(
                            Locale.ROOT,
                            "forecast boxes of %s made and kept for reports and briefings: %.1f%% of the area, %s, %d"
                                    + " cells (%.1f s, after the import)%n",
                            b.day(),
                            b.coverage(),
                            b.categories().isEmpty() ? "all categories" : String.join(", ", b.categories()),
                            b.cells(),
                            (System.nanoTime() - start) / 1e9);
                }
            }
        } catch (KhareetatyException | IllegalArgumentException e) {
            bar.done();
            m.put("error", e.getMessage());
            System.err.println("warning: the import is kept, but tomorrow's forecast boxes were not made: "
                    + e.getMessage() + " (a report asking for them makes them)");
        }
        m.put("seconds", (System.nanoTime() - start) / 1e9);
        return m;
    }

    private static Map<String, Object> asMap(NextDayBoxes.Made b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("day", b.day().toString());
        m.put("coverage", b.coverage());
        m.put("categories", b.categories());
        m.put("cells", b.cells());
        return m;
    }

    private int watchFolder(Importer importer, ImportOptions options, TerminalProgress bar) throws Exception {
        WatchFolder folder = new WatchFolder(importer, watch, options);
        java.util.function.Consumer<WatchFolder.Outcome> report = o -> {
            bar.done();
            if (o.result() != null) {
                if (json) {
                    System.out.println(Json.of(asMap(o.result())));
                } else {
                    print(System.out, o.result());
                    System.out.println("  moved to " + o.movedTo());
                }
            } else {
                System.err.println("error: " + o.failure() + "\n  moved to " + o.movedTo());
            }
        };
        if (once) {
            folder.drain(bar, report);
        } else {
            System.err.println("watching " + watch.toAbsolutePath() + " (Ctrl+C to stop)");
            folder.watch((long) (interval * 1000), bar, report);
        }
        return 0;
    }

    private ImportOptions options(Path storeDir) {
        ImportOptions o = ImportOptions.defaults()
                .withProfile(profile)
                .withTimeFloor(timeFloor)
                .withEncoding(encoding)
                .withAgain(again)
                .withAcceptRejections(acceptRejections)
                .withEdgeMetres(edgeTolerance(edgeTolerance));
        if (mapping != null) {
            o = o.withMapping(Mapping.read(mapping));
        }
        if (bbox != null) {
            o = o.withBbox(bbox(bbox));
        }
        if (!geocodeFallbacks.isEmpty()) {
            List<org.khareetaty.core.etl.Sentinel> points = new ArrayList<>(o.sentinels());
            geocodeFallbacks.forEach(p -> points.add(geocodeFallback(p)));
            o = o.withSentinels(points);
        }
        Path stored = storeDir.resolve("taxonomy.csv");
        if (taxonomy != null) {
            o = o.withTaxonomy(Taxonomy.read(taxonomy));
        } else if (java.nio.file.Files.isRegularFile(stored)) {
            o = o.withTaxonomy(Taxonomy.read(stored));
        }
        return o;
    }

    /** A {@code --geocode-fallback} point, longitude,latitude. */
    static org.khareetaty.core.etl.Sentinel geocodeFallback(String point) {
        String[] parts = point.split(",");
        try {
            double lon = Double.parseDouble(parts[0].strip());
            double lat = Double.parseDouble(parts[1].strip());
            if (parts.length == 2 && Math.abs(lon) <= 180 && Math.abs(lat) <= 90) {
                return org.khareetaty.core.etl.Sentinel.geocodeFallback(lon, lat);
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new IllegalArgumentException("--geocode-fallback takes longitude,latitude in degrees as the import "
                + "summary prints them, e.g. -87.6298,41.8781; got " + point);
    }

    /** The {@code --edge-tolerance}, checked: 0 to 1,000 metres. */
    static double edgeTolerance(double metres) {
        if (!(metres >= 0 && metres <= 1000)) {
            throw new IllegalArgumentException("--edge-tolerance takes metres from 0 (keep no point outside the study "
                    + "area) to 1000, e.g. 25; got " + metres);
        }
        return metres;
    }

    /** The {@code --bbox} west,south,east,north, checked for order and ranges. */
    static Envelope bbox(List<Double> b) {
        String problem = null;
        if (b.size() != 4) {
            problem = b.size() + " numbers, not 4";
        } else if (!(Math.abs(b.get(0)) <= 180) || !(Math.abs(b.get(2)) <= 180)) {
            problem = "west " + b.get(0) + " or east " + b.get(2) + " is not a longitude (-180..180)";
        } else if (!(Math.abs(b.get(1)) <= 90)) {
            problem = "south " + b.get(1) + " is not a latitude (-90..90)";
        } else if (!(Math.abs(b.get(3)) <= 90)) {
            problem = "north " + b.get(3) + " is not a latitude (-90..90)";
        } else if (b.get(0) >= b.get(2)) {
            problem = "west is not less than east";
        } else if (b.get(1) >= b.get(3)) {
            problem = "south is not less than north";
        }
        if (problem != null) {
            throw new IllegalArgumentException("--bbox takes west,south,east,north in degrees, e.g. "
                    + "-87.95,41.64,-87.52,42.03; got "
                    + b.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))
                    + ": " + problem);
        }
        return new Envelope(b.get(0), b.get(2), b.get(1), b.get(3));
    }

    static Map<String, Object> asMap(ImportResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file().toString());
        if (r.repeatOf() != null) {
            m.put("repeat_of", r.repeatOf());
        }
        m.put("profile", r.profile());
        m.put("profile_why", r.why());
        m.put("encoding", r.encoding());
        m.put("read", r.counts().read());
        m.put("loaded", r.counts().loaded());
        m.put("rejected", r.counts().rejected());
        m.put("duplicates", r.counts().duplicates());
        m.put("rejected_by_reason", r.rejectedByReason());
        m.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
        m.put("rows_per_second", Math.round(r.rowsPerSecond()));
        m.put("zone_mismatches", r.counts().mismatched());
        m.put("flagged", r.flagged());
        m.put("study_area", r.studyArea());
        if (r.warning() != null) {
            m.put("warning", r.warning());
        }
        m.put("blank_lines", r.blankLines());
        m.put("import_id", r.importId());
        m.put("sha256", r.sha256());
        return m;
    }

    static void print(PrintStream out, ImportResult r) {
        if (r.repeatOf() != null) {
            System.err.printf(
                    Locale.ROOT,
                    "warning: %s was already imported: %s. Nothing loaded; give --again to import it anyway, "
                            + "or undo that import first ('khareetaty import undo ID').%n",
                    r.file(),
                    r.repeatOf());
            return;
        }
        var n = r.counts();
        out.printf(Locale.ROOT, "%s (profile %s, import #%d)%n", r.file(), r.profile(), r.importId());
        out.printf(Locale.ROOT, "  profile %s: %s%n", r.profile(), r.why());
        if (!"UTF-8".equals(r.encoding())) {
            out.printf(Locale.ROOT, "  encoding %s%n", r.encoding());
        }
        out.printf(Locale.ROOT, "  study area: %s%n", r.studyArea());
        if (r.warning() != null) {
            System.err.printf(Locale.ROOT, "warning: %s: %s%n", r.file(), r.warning());
        }
        out.printf(
                Locale.ROOT,
                "  read %,d = loaded %,d + rejected %,d + duplicates %,d%n",
                n.read(),
                n.loaded(),
                n.rejected(),
                n.duplicates());
        r.rejectedByReason().forEach((k, v) -> out.printf(Locale.ROOT, "    rejected %-24s %,d%n", k, v));
        if (n.mismatched() > 0) {
            out.printf(
                    Locale.ROOT,
                    "  loaded but flagged: %,d rows whose own zone fields disagree with the map%n",
                    n.mismatched());
        }
        r.flagged()
                .forEach(
                        (k, v) -> out.printf(Locale.ROOT, "  loaded but flagged %-26s %,d%s%n", k, v, Flag.meaning(k)));
        out.printf(Locale.ROOT, "  %.1f s, %,.0f rows/s%n", r.seconds(), r.rowsPerSecond());
    }

    /** Profile names for the help text. */
    static final class ProfileNames extends ArrayList<String> {
        ProfileNames() {
            super(Profiles.names());
        }
    }

    /** {@code khareetaty import undo ID}. */
    @Command(
            name = "undo",
            mixinStandardHelpOptions = true,
            description = {
                "Undo a complete import: remove its incidents, rejected rows, dedup keys and aggregates.",
                "The import log keeps it as 'undone', with who and when; its file can then be imported again."
            })
    static final class Undo implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Parameters(paramLabel = "ID", description = "The import ('khareetaty stats' lists them).")
        long importId;

        @Option(names = "--actor", paramLabel = "NAME", description = "Who undoes it (default: the login name).")
        String actor;

        @Override
        public Integer call() {
            try (Store s = store.open()) {
                ImportUndo.Undone u =
                        ImportUndo.undo(s, importId, actor != null ? actor : System.getProperty("user.name"));
                System.out.printf(
                        Locale.ROOT,
                        "import #%d (%s) undone by %s: %,d incidents removed, with its rejected rows, dedup keys and "
                                + "aggregates%n",
                        u.importId(),
                        u.file(),
                        u.actor(),
                        u.incidents());
            }
            return 0;
        }
    }
}
