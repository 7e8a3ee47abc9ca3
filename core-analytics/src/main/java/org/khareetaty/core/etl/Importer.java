package org.khareetaty.core.etl;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.khareetaty.core.geo.BoundaryIndex;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.geo.StudyAreaEdge;
import org.khareetaty.core.hexgrid.GoldAggregates;
import org.khareetaty.core.progress.CancelledException;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.ImportCounts;
import org.khareetaty.core.store.ImportLog;
import org.khareetaty.core.store.SecondaryIndexes;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StoreException;
import org.khareetaty.core.store.segment.SegmentFormat;
import org.khareetaty.core.taxonomy.Classification;

/**
 * Imports incident files into a store: detect the profile, parse, validate, normalise,
 * geo-resolve against every boundary layer, H3 r6..r10, and store. Every row ends in exactly one
 * place (loaded, rejected with a reason, or duplicate). An import is all or nothing: its rows are
 * committed in batches under a {@code running} import, and removed again if it fails, is
 * cancelled, or its process dies ({@link ImportLog}). The import's drill-down aggregates are
 * stored in the transaction that completes it ({@link GoldAggregates#addImport}).
 */
public final class Importer {
    private static final long PROGRESS_EVERY_ROWS = 4096;
    private final Store store;
    private final Consumer<PointCounts> addressedPoints;

    public Importer(Store store) {
        this(store, counts -> {});
    }

    /**
     * An importer that hands {@code addressedPoints} the counts per point that the writer kept of each
     * import's addressed incidents, before {@link GeocodeFallbacks#find} uses them (for the test that
     * they equal an SQL recount).
     */
    Importer(Store store, Consumer<PointCounts> addressedPoints) {
        this.store = store;
        this.addressedPoints = addressedPoints;
    }

    /**
     * Imports one file.
     *
     * @throws ImportException when the file cannot be imported at all (the store is left unchanged)
     * @throws CancelledException when the listener cancelled (the store is left unchanged)
     */
    public ImportResult importFile(Path file, ImportOptions options, ProgressListener progress) {
        return store.exclusively(() -> {
            if (!options.again()) {
                ImportResult repeat = repeat(file);
                if (repeat != null) {
                    return repeat;
                }
            }
            ImportResult result = run(file, options, progress);
            refreshAggregates(file, result);
            return result;
        });
    }

    /**
     * The result of a file whose SHA-256 an earlier complete import had, not read again, or null.
     * Hashing first costs one read of the file's bytes (about 0.5 GB/s), a small part of an import.
     */
    private ImportResult repeat(Path file) {
        String sha = SourceFile.sha256Of(file);
        try (Connection c = store.connect();
                var ps = c.prepareStatement("SELECT id, file_name, started_at, loaded FROM imports "
                        + "WHERE file_sha256 = ? AND status = 'complete' ORDER BY id FETCH FIRST 1 ROW ONLY")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return ImportResult.repeat(
                        file,
                        sha,
                        String.format(
                                java.util.Locale.ROOT,
                                "import #%d (%s, %s UTC, %,d loaded)",
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getObject(3, java.time.OffsetDateTime.class)
                                        .withOffsetSameInstant(java.time.ZoneOffset.UTC)
                                        .toLocalDateTime()
                                        .withNano(0)
                                        .toString()
                                        .replace('T', ' '),
                                rs.getLong(4)));
            }
        } catch (SQLException e) {
            throw new StoreException(
                    "The store failed while looking for earlier imports of " + file + ": " + e.getMessage(), e);
        }
    }

    /** Compacts the drill-down aggregates after an import, and aggregates any import an older version left out. */
    private void refreshAggregates(Path file, ImportResult result) {
        try (Connection c = store.connect()) {
            GoldAggregates.catchUp(c);
        } catch (SQLException e) {
            throw new StoreException(
                    "Import #" + result.importId() + " of " + file + " is complete, but the drill-down aggregates "
                            + "could not be brought up to date: " + e.getMessage()
                            + ". Run 'khareetaty aggregates refresh'.",
                    e);
        }
    }

    private ImportResult run(Path file, ImportOptions options, ProgressListener progress) {
        long started = System.nanoTime();
        try (SourceFile src = SourceFile.open(file, options);
                CsvReader csv = new CsvReader(src.reader());
                Connection c = store.connect()) {
            Header header = readHeader(file, csv);
            csv.expectColumns(header.size());
            Profile profile = Profiles.choose(header, options.profile(), options.mapping(), file);
            String why = Profiles.why(profile, options.profile(), options.mapping());
            RowParser parser = profile.bind(header, file);
            c.setAutoCommit(false);
            BoundaryIndex boundaries = BoundaryIndex.load(c).gridded();
            StudyArea area = StudyArea.of(c, boundaries, options.bbox());
            StudyAreaEdge edge = StudyAreaEdge.load(c, boundaries, options.edgeMetres());
            LongSet keys = loadKeys(c);
            long importId = ImportLog.start(c, file.getFileName().toString(), profile.name(), profile.source());
            boolean bulk = SecondaryIndexes.bulkLoad(incidents(c), src.estimatedLines());
            if (bulk) {
                SecondaryIndexes.dropForBulkLoad(c);
            }
            Run run = new Run(
                    file, src, csv, header, parser, profile, options, boundaries, area, edge, keys, progress, started);
            IncidentSink sink = null;
            try (IncidentWriter writer = new IncidentWriter(
                            c,
                            importId,
                            profile.source(),
                            boundaries,
                            sink = sink(c, importId, profile.source(), boundaries, options),
                            options.batchSize());
                    WriterThread output = new WriterThread(writer)) {
                run.rows(output);
                output.finish();
                if (options.profile() == null && options.mapping() == null && !options.acceptRejections()) {
                    String refusal = run.claimCheck.refusal(profile.name(), why, run.read, run.rejectedByReason);
                    if (refusal != null) {
                        throw new ImportException(file, 0, refusal);
                    }
                }
                flagFallbacks(writer, run.flagged);
                for (PlaceholderTimes.Found f : writer.takeDownPlaceholderTimes()) {
                    run.flagged.merge(Flag.PLACEHOLDER_TIME + f.time(), (long) f.rows(), Long::sum);
                }
                ImportCounts counts = run.counts();
                if (counts.read() == 0) {
                    throw new ImportException(file, 1, "header only: the file holds no data rows");
                }
                String sha = src.sha256();
                if (bulk) {
                    SecondaryIndexes.ensure(c);
                }
                writer.incidents().complete();
                ImportLog.complete(c, importId, sha, counts);
                ImportLog.flagged(c, importId, run.flagged);
                area.save(c, importId);
                area.record(c, importId);
                GoldAggregates.addImport(c, importId, writer.aggregates());
                c.commit();
                return new ImportResult(
                        importId,
                        file,
                        profile.name(),
                        why,
                        src.encoding(),
                        sha,
                        counts,
                        run.rejectedByReason,
                        run.flagged,
                        run.blankLines,
                        (System.nanoTime() - started) / 1e9,
                        null,
                        area.describe(),
                        area.warning());
            } catch (RuntimeException | SQLException | IOException e) {
                c.rollback();
                String status = e instanceof CancelledException ? "cancelled" : "failed";
                ImportLog.rollBack(c, importId, status, e.getMessage(), false);
                if (bulk) {
                    SecondaryIndexes.ensure(c);
                }
                discard(sink, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("The store failed while importing " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException(file, 0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Finds and flags the import's likely geocoder fallbacks ({@link GeocodeFallbacks}) from the counts
     * per point its writer kept, which no frame holds once this returns.
     */
    private void flagFallbacks(IncidentWriter writer, Map<String, Long> flagged) throws SQLException, IOException {
        PointCounts points = writer.takeAddressedPoints();
        addressedPoints.accept(points);
        for (GeocodeFallbacks.Stack stack : GeocodeFallbacks.find(writer.incidents(), points)) {
            flagged.merge(stack.code(), stack.incidents(), Long::sum);
            GeocodeFallbacks.mark(writer.incidents(), stack);
        }
    }

    /** Where the import's incidents go: the store's table, or a segment beside it ({@link ImportOptions#segment}). */
    private IncidentSink sink(
            Connection c, long importId, String source, BoundaryIndex boundaries, ImportOptions options)
            throws SQLException, IOException {
        return options.segment()
                ? new SegmentIncidents(c, importId, source, boundaries, segments(store))
                : new TableIncidents(c, importId, source, boundaries);
    }

    /** Removes what a failed import's sink wrote beside the store, keeping the failure as the error. */
    private static void discard(IncidentSink sink, Exception failure) {
        if (sink == null) {
            return;
        }
        try {
            sink.discard();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** The folder of a store's incident segments. */
    static Path segments(Store store) {
        return SegmentFormat.folder(store.dir());
    }

    private static Header readHeader(Path file, CsvReader csv) throws IOException {
        try {
            CsvRow first = csv.next();
            while (first != null && first.raw().isBlank()) {
                first = csv.next();
            }
            if (first == null) {
                throw new ImportException(file, 0, "the file is empty: no header and no rows");
            }
            return Header.of(first.fields());
        } catch (MalformedRowException e) {
            throw new ImportException(file, e.line(), "the header line has broken quoting: " + e.raw());
        }
    }

    /** The incidents the store holds (H2 keeps a table's row count: no scan). */
    private static long incidents(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM incidents")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static LongSet loadKeys(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            long n;
            try (ResultSet rs =
                    s.executeQuery("SELECT COALESCE(SUM(loaded), 0) FROM imports WHERE status = 'complete'")) {
                rs.next();
                n = rs.getLong(1);
            }
            LongSet keys = new LongSet((int) Math.min(Integer.MAX_VALUE / 4, n + 100_000));
            try (ResultSet rs = s.executeQuery("SELECT keys FROM dedup_journal")) {
                while (rs.next()) {
                    keys.addAll(rs.getBytes(1));
                }
            }
            return keys;
        }
    }

    /** The state of one running import. */
    private static final class Run {
        final Path file;
        final SourceFile src;
        final CsvReader csv;
        final Header header;
        final RowParser parser;
        final Profile profile;
        final ImportOptions options;
        final LongSet keys;
        final ProgressListener progress;
        final long started;
        final RowChecks checks;
        /** The mapping's count column, or null. */
        final OffenceCount count;

        final ZoneClaims claims;
        final SortedMap<String, Long> rejectedByReason = new TreeMap<>();
        final SortedMap<String, Long> flagged = new TreeMap<>();
        final ClaimCheck claimCheck = new ClaimCheck();
        long read;
        long loaded;
        long rejected;
        long duplicates;
        long mismatched;
        long blankLines;

        Run(
                Path file,
                SourceFile src,
                CsvReader csv,
                Header header,
                RowParser parser,
                Profile profile,
                ImportOptions options,
                BoundaryIndex boundaries,
                StudyArea area,
                StudyAreaEdge edge,
                LongSet keys,
                ProgressListener progress,
                long started) {
            this.file = file;
            this.src = src;
            this.csv = csv;
            this.header = header;
            this.parser = parser;
            this.profile = profile;
            this.options = options;
            this.keys = keys;
            this.progress = progress;
            this.started = started;
            this.checks = new RowChecks(
                    options.timeFloor(), Instant.now(), area.bbox(), boundaries, edge, options.sentinels());
            this.claims = new ZoneClaims(boundaries);
            this.count = OffenceCount.of(options.mapping(), header, file);
        }

        void rows(WriterThread writer) throws IOException, SQLException {
            while (true) {
                CsvRow row;
                try {
                    row = csv.next();
                } catch (MalformedRowException e) {
                    read++;
                    reject(writer, e.line(), e.raw(), RejectReason.MALFORMED_ROW, e.getMessage());
                    continue;
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw new ImportException(
                            file,
                            read + 2,
                            "bytes that are not " + src.encoding() + " (" + e.getMessage()
                                    + "), at or just after this line: give the file's encoding with --encoding; "
                                    + "nothing was imported",
                            e);
                } catch (java.io.EOFException | java.util.zip.ZipException e) {
                    throw new ImportException(
                            file,
                            read + 2,
                            "the gzip stream ends early or is corrupt (" + e.getMessage()
                                    + "): the file is truncated; nothing was imported",
                            e);
                }
                if (row == null) {
                    break;
                }
                if (row.raw().isBlank()) {
                    blankLines++;
                    continue;
                }
                read++;
                row(writer, row);
                if (read % PROGRESS_EVERY_ROWS == 0) {
                    report();
                }
            }
            report();
        }

        private void row(WriterThread writer, CsvRow row) throws SQLException, IOException {
            if (row.fields().length != header.size()) {
                reject(
                        writer,
                        row.line(),
                        row.raw(),
                        RejectReason.MALFORMED_ROW,
                        "the row has " + row.fields().length + " columns, the header has " + header.size());
                return;
            }
            try {
                // the order of the checks is the order docs/import.md gives
                SourceIncident s = parser.parse(row);
                RowChecks.range(s);
                RowChecks.fields(s);
                int offences = count == null ? 1 : count.of(row);
                ZonedDateTime t = checks.time(s);
                RowChecks.Place place = checks.place(s.lon(), s.lat());
                String[] zones = place.zones();
                long key = DedupKey.of(profile.source(), profile.identity(), s, t.toInstant());
                if (!keys.add(key)) {
                    duplicates++;
                    writer.duplicate(row.line(), row.raw(), key);
                    return;
                }
                Classification k = options.taxonomy().classify(s.offenseType());
                String mismatch = claims.mismatches(s.claims(), zones);
                if (mismatch != null) {
                    mismatched++;
                }
                if (s.time().precision() == TimePrecision.DAY) {
                    flagged.merge(Flag.DATE_ONLY, 1L, Long::sum);
                }
                for (String field : RowChecks.cut(s)) {
                    flagged.merge(Flag.TEXT_CUT + field, 1L, Long::sum);
                }
                String timeFlag = RowChecks.offsetFlag(s, t);
                if (timeFlag != null) {
                    flagged.merge(Flag.OFFSET_DISAGREES_WITH_ZONE, 1L, Long::sum);
                }
                if (place.flag() != null) {
                    flagged.merge(Flag.SNAPPED_TO_EDGE, 1L, Long::sum);
                }
                writer.loaded(
                        row.line(),
                        key,
                        s,
                        t,
                        k,
                        zones,
                        mismatch,
                        timeFlag,
                        place.flag(),
                        H3Cells.cells(s.lat(), s.lon()));
                loaded++;
                if (offences > 1) {
                    flagged.merge(Flag.COUNT_EXPANDED, 1L, Long::sum);
                    flagged.merge(Flag.COUNT_EXTRA, offences - 1L, Long::sum);
                }
                for (int copy = 1; copy < offences; copy++) {
                    long copyKey = DedupKey.copy(key, copy);
                    keys.add(copyKey);
                    writer.loaded(
                            row.line(),
                            copyKey,
                            s,
                            t,
                            k,
                            zones,
                            mismatch,
                            timeFlag,
                            place.flag(),
                            H3Cells.cells(s.lat(), s.lon()));
                }
            } catch (RowRejection r) {
                reject(writer, row.line(), row.raw(), r.reason(), r.getMessage());
            }
        }

        private void reject(WriterThread writer, long line, String raw, RejectReason reason, String message)
                throws SQLException, IOException {
            rejected++;
            rejectedByReason.merge(reason.code(), 1L, Long::sum);
            claimCheck.rejected(reason, line, raw, message);
            writer.rejected(line, raw, reason, message);
        }

        private void report() {
            progress.update(new Progress(
                    "import " + file.getFileName(),
                    src.bytesRead(),
                    src.size(),
                    read,
                    Duration.ofNanos(System.nanoTime() - started)));
            progress.checkCancelled();
        }

        ImportCounts counts() {
            return new ImportCounts(read, loaded, rejected, duplicates, mismatched);
        }
    }

    /** Rejected rows of an import by reason, as stored. */
    public static Map<String, Long> rejectedByReason(Connection c, long importId) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (var ps =
                c.prepareStatement("SELECT reason, COUNT(*) FROM rejected_rows WHERE import_id = ? GROUP BY reason")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }
}
