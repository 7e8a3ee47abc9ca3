package org.khareetaty.sample.live;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventCodec;

/**
 * Makes a realistic multi-source live stream from a store's incidents (docs/feed.md, "The generated
 * stream"), deterministic for a {@link LiveStreamSpec}: the same seed and incidents give the same
 * events, byte for byte once written.
 *
 * <ul>
 *   <li>Every incident becomes one CAD call ({@code cad-ID}), sent 30 s to 10 min after it.</li>
 *   <li>By category ({@link CategoryProfile}), a share gets a CCTV or panic-button event within 150 m
 *       and from 3 min before to 8 min after it; grave violence and weapons offences a gunshot
 *       detection within 60 m and 1 min.</li>
 *   <li>A share is reported by 2 to 5 citizens' phones, each within 25 m of the incident, 10-50 m
 *       apart, within 5 min of the first report, a quarter of them naming another type.</li>
 *   <li>Gunshot false positives make the real share of gunshot alerts
 *       {@link LiveStreamSpec#CHICAGO_OIG_GUNSHOT_PRECISION 9.1%} (Chicago OIG, 2021).</li>
 *   <li>Background: CCTV motion and counts, accidental panic presses, vague citizen reports; and the
 *       filed report of half the incidents 20 min to 3 h later.</li>
 * </ul>
 *
 * Each event carries its ground truth in {@code sim_role} and {@code sim_incident} ({@link EventRole}).
 */
public final class LiveStreamGenerator {
    private final LiveStreamSpec spec;

    public LiveStreamGenerator(LiveStreamSpec spec) {
        if (spec == null) {
            throw new IllegalArgumentException("stream spec is required; use LiveStreamSpec.defaults()");
        }
        this.spec = spec;
    }

    /** The spec. */
    public LiveStreamSpec spec() {
        return spec;
    }

    /**
     * The stream made from {@code incidents}, lazily, in send order, numbered from 1. Memory holds the
     * incidents and about a day of events.
     */
    public Iterator<Event> stream(List<StoreIncident> incidents) {
        List<StoreIncident> sorted = new ArrayList<>(incidents);
        sorted.sort(Comparator.comparing(StoreIncident::occurredAt).thenComparingLong(StoreIncident::id));
        return new LiveStream(spec, sorted);
    }

    /**
     * Writes the stream as a JSON-lines replay file (gzip when the name ends with {@code .gz}),
     * creating parent folders and replacing an existing file.
     */
    public LiveStreamSummary write(List<StoreIncident> incidents, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        MessageDigest sha = sha256();
        EventCodec codec = EventCodec.standard();
        Map<String, Long> bySource = new TreeMap<>();
        Map<String, Long> byRole = new TreeMap<>();
        long events = 0;
        Instant first = null;
        Instant last = null;
        try (OutputStream file = new DigestOutputStream(Files.newOutputStream(out), sha);
                OutputStream body =
                        out.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(file, 1 << 16) : file;
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), 1 << 16)) {
            Iterator<Event> it = stream(incidents);
            while (it.hasNext()) {
                Event e = it.next();
                w.write(codec.encode(e));
                w.write('\n');
                events++;
                bySource.merge(e.source().wire(), 1L, Long::sum);
                byRole.merge(String.valueOf(e.attributes().get("sim_role")), 1L, Long::sum);
                if (first == null) {
                    first = e.sentAt();
                }
                last = e.sentAt();
            }
        }
        return new LiveStreamSummary(
                out,
                incidents.size(),
                events,
                bySource,
                byRole,
                first,
                last,
                HexFormat.of().formatHex(sha.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
