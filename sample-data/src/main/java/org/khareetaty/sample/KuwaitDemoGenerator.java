package org.khareetaty.sample;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the Kuwait demo incident file in the city format ({@link CityFormat}): realistic incidents
 * inside the real governorate polygons, plus a few hundred deliberately defective rows
 * ({@link DefectKind}), deterministic for a {@link DemoSpec}: the same spec gives a byte-identical
 * file on any machine and JDK.
 *
 * <p>The model: points from population-weighted clusters around real neighbourhoods
 * ({@link PlaceSampler}); times from daily, weekly, yearly and Ramadan rhythms with a slight trend
 * ({@link IncidentClock}); near-repeat follow-ups for burglary, theft and vehicle theft
 * ({@link NearRepeatProcess}). Rows are in time order; defect rows sit among them.
 *
 * <p>Incidents are held in memory while they are sorted (about 200 bytes each) and the file is
 * streamed. The default spec (120,000 incidents) takes a second or two. Instances are immutable and
 * may be shared; each {@link #write(Path)} call is independent.
 */
public final class KuwaitDemoGenerator {
    private final DemoSpec spec;

    /** A generator for the given spec. */
    public KuwaitDemoGenerator(DemoSpec spec) {
        if (spec == null) {
            throw new IllegalArgumentException("demo spec is required; use DemoSpec.defaults()");
        }
        this.spec = spec;
    }

    /**
     * Writes the default demo data set ({@link DemoSpec#defaults()}) to {@code out}, gzip-compressed
     * when the file name ends with {@code .gz}.
     */
    public static DemoSummary writeDefault(Path out) throws IOException {
        boolean gzip = out.getFileName() != null && out.getFileName().toString().endsWith(".gz");
        return new KuwaitDemoGenerator(DemoSpec.defaults().withGzip(gzip)).write(out);
    }

    /** The spec this generator writes. */
    public DemoSpec spec() {
        return spec;
    }

    /**
     * Writes the file (creating parent folders, replacing an existing file) and says what it wrote.
     *
     * @throws IOException           when the file cannot be written
     * @throws IllegalStateException when the bundled governorate polygons are missing from the classpath
     */
    public DemoSummary write(Path out) throws IOException {
        GovernoratePolygons polygons = GovernoratePolygons.bundled();
        PlaceSampler places =
                new PlaceSampler(KuwaitAreas.all(), polygons, new DemoRandom(spec.seed(), "micro-places"));
        IncidentClock clock = new IncidentClock(spec.start(), spec.end());
        IncidentProcess process = new IncidentProcess(clock, places, new IncidentDescriptions());
        List<Incident> incidents = process.simulate(spec.incidents(), new DemoRandom(spec.seed(), "incidents"));
        DefectPlanter planter = new DefectPlanter(process, polygons);
        List<DefectPlanter.PlannedDefect> plan =
                planter.plan(incidents.size(), new DemoRandom(spec.seed(), "defect-plan"));

        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        MessageDigest sha256 = sha256();
        EnumMap<DefectKind, Integer> defects = new EnumMap<>(DefectKind.class);
        try (OutputStream file =
                        new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16), sha256);
                OutputStream body = spec.gzip() ? new GZIPOutputStream(file, 1 << 16) : file;
                Writer writer = new BufferedWriter(new OutputStreamWriter(body, UTF_8), 1 << 16)) {
            writeRows(writer, incidents, plan, planter, defects);
        }
        return new DemoSummary(
                incidents.size() + (long) plan.size(),
                incidents.size(),
                defects,
                out,
                HexFormat.of().formatHex(sha256.digest()));
    }

    private void writeRows(
            Writer writer,
            List<Incident> incidents,
            List<DefectPlanter.PlannedDefect> plan,
            DefectPlanter planter,
            EnumMap<DefectKind, Integer> defects)
            throws IOException {
        DemoRandom defectRows = new DemoRandom(spec.seed(), "defect-rows");
        writer.write(CityFormat.HEADER);
        writer.write('\n');
        int next = 0;
        for (int row = 0; row < incidents.size(); row++) {
            writer.write(CityFormat.row(incidents.get(row)));
            writer.write('\n');
            while (next < plan.size() && plan.get(next).afterRow() == row) {
                DefectPlanter.PlannedDefect defect = plan.get(next++);
                writer.write(planter.line(defect, incidents, defectRows));
                writer.write('\n');
                defects.merge(defect.kind(), 1, Integer::sum);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256, which every Java SE platform must provide", e);
        }
    }
}
