package org.khareetaty.core.etl;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.khareetaty.core.geo.StudyAreaEdge;
import org.khareetaty.core.taxonomy.Taxonomy;
import org.locationtech.jts.geom.Envelope;

/**
 * How to run an import.
 *
 * @param profile   a built-in profile name to force, or null to detect it from the header
 * @param mapping   a mapping for a CSV no built-in profile reads, or null
 * @param timeFloor incidents before this date are rejected
 * @param bbox      a bounding box (lon/lat) the points must lie in, or null
 * @param taxonomy  offense type to category and severity
 * @param sentinels placeholder locations to reject
 * @param batchSize rows per committed batch
 * @param encoding  the file's declared encoding ({@code --encoding}), or null: the mapping's, else
 *                  UTF-8 or a detected Windows-1252 ({@link SourceFile})
 * @param again     import a file even when an earlier complete import had the same SHA-256
 *                  ({@code --again}); without it such a file is a {@link ImportResult#repeatOf repeat}
 * @param acceptRejections keep an import whose detected profile rejected more than half the rows
 *                  for one reason ({@code --accept-rejections}); without it such an import is
 *                  refused ({@link ClaimCheck})
 * @param edgeMetres how far outside the primary layer's outer edge a point may lie and still be kept,
 *                  with the nearest zone ({@link org.khareetaty.core.geo.StudyAreaEdge}); 0 keeps none
 * @param segment   write the incidents as one columnar segment beside the store (issue 14, not yet
 *                  read by the product: for the benchmarks) instead of the {@code incidents} table
 */
public record ImportOptions(
        String profile,
        Mapping mapping,
        LocalDate timeFloor,
        Envelope bbox,
        Taxonomy taxonomy,
        List<Sentinel> sentinels,
        int batchSize,
        Charset encoding,
        boolean again,
        boolean acceptRejections,
        double edgeMetres,
        boolean segment) {

    /** The default floor: records before 1990 are taken as data-entry errors. */
    public static final LocalDate DEFAULT_TIME_FLOOR = LocalDate.of(1990, 1, 1);

    /** Detect the profile, built-in taxonomy, default floor, no bounding box. */
    public static ImportOptions defaults() {
        return new ImportOptions(
                null,
                null,
                DEFAULT_TIME_FLOOR,
                null,
                Taxonomy.builtIn(),
                Sentinel.KNOWN,
                5000,
                null,
                false,
                false,
                StudyAreaEdge.DEFAULT_METRES,
                false);
    }

    public ImportOptions withProfile(String p) {
        return edit(b -> b.profile = p);
    }

    public ImportOptions withMapping(Mapping m) {
        return edit(b -> b.mapping = m);
    }

    public ImportOptions withTimeFloor(LocalDate d) {
        return edit(b -> b.timeFloor = d);
    }

    public ImportOptions withBbox(Envelope e) {
        return edit(b -> b.bbox = e);
    }

    public ImportOptions withEncoding(Charset e) {
        return edit(b -> b.encoding = e);
    }

    public ImportOptions withAgain(boolean a) {
        return edit(b -> b.again = a);
    }

    public ImportOptions withAcceptRejections(boolean a) {
        return edit(b -> b.acceptRejections = a);
    }

    /** The placeholder locations to reject, e.g. {@link Sentinel#KNOWN} and the analyst's geocoder fallbacks. */
    public ImportOptions withSentinels(List<Sentinel> s) {
        return edit(b -> b.sentinels = List.copyOf(s));
    }

    public ImportOptions withTaxonomy(Taxonomy t) {
        return edit(b -> b.taxonomy = t);
    }

    /** How far outside the study area's edge a point is kept, in metres ({@code --edge-tolerance}). */
    public ImportOptions withEdgeMetres(double m) {
        return edit(b -> b.edgeMetres = m);
    }

    /** Writes the incidents as one columnar segment instead of the {@code incidents} table. */
    public ImportOptions withSegment(boolean s) {
        return edit(b -> b.segment = s);
    }

    /** Rows per committed batch. */
    public ImportOptions withBatchSize(int rows) {
        return edit(b -> b.batchSize = rows);
    }

    private ImportOptions edit(Consumer<Fields> change) {
        Fields f = new Fields(this);
        change.accept(f);
        return f.options();
    }

    /** The options' fields as variables, so that each wither changes one and copies the rest. */
    private static final class Fields {
        String profile;
        Mapping mapping;
        LocalDate timeFloor;
        Envelope bbox;
        Taxonomy taxonomy;
        List<Sentinel> sentinels;
        int batchSize;
        Charset encoding;
        boolean again;
        boolean acceptRejections;
        double edgeMetres;
        boolean segment;

        Fields(ImportOptions o) {
            profile = o.profile;
            mapping = o.mapping;
            timeFloor = o.timeFloor;
            bbox = o.bbox;
            taxonomy = o.taxonomy;
            sentinels = o.sentinels;
            batchSize = o.batchSize;
            encoding = o.encoding;
            again = o.again;
            acceptRejections = o.acceptRejections;
            edgeMetres = o.edgeMetres;
            segment = o.segment;
        }

        ImportOptions options() {
            return new ImportOptions(
                    profile,
                    mapping,
                    timeFloor,
                    bbox,
                    taxonomy,
                    sentinels,
                    batchSize,
                    encoding,
                    again,
                    acceptRejections,
                    edgeMetres,
                    segment);
        }
    }
}
