package org.khareetaty.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.GZIPInputStream;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventCodec;
import org.khareetaty.core.event.EventFrame;
import org.khareetaty.core.event.Frame;
import org.khareetaty.core.event.RejectedMessage;

/**
 * A JSON-lines event file (docs/events.md; {@code .gz} read transparently) to replay. {@link #open}
 * checks the whole file first, so a bad line stops the feed before it starts, with the file, line
 * and reason: every line must be a valid event (recorded times are not checked against the clock)
 * or a heartbeat (skipped), and sequence numbers must increase. Blank lines are skipped.
 */
public final class ReplayFile implements RecordedEvents {
    /** A codec that validates recorded events whatever their time: the future check needs a live clock. */
    private static final EventCodec FILE_CODEC = new EventCodec(
            Clock.fixed(Instant.parse("9999-01-01T00:00:00Z"), ZoneOffset.UTC),
            EventCodec.DEFAULT_MAX_BYTES,
            Duration.ZERO);

    private final Path file;
    private final Summary summary;
    private BufferedReader reader;
    private long line;

    /**
     * What the file holds.
     *
     * @param events    event lines
     * @param firstSeq  the first sequence number
     * @param lastSeq   the last sequence number
     * @param firstSent the first recorded {@code sent_at}
     * @param lastSent  the last recorded {@code sent_at}
     */
    public record Summary(long events, long firstSeq, long lastSeq, Instant firstSent, Instant lastSent) {
        /** The recorded span from the first to the last send. */
        public Duration span() {
            return events == 0 ? Duration.ZERO : Duration.between(firstSent, lastSent);
        }
    }

    private ReplayFile(Path file, Summary summary) {
        this.file = file;
        this.summary = summary;
    }

    /**
     * Checks the file and opens it for playing.
     *
     * @throws ReplayFileException naming the file and line of the first bad line, or an empty file
     * @throws IOException         when it cannot be read
     */
    public static ReplayFile open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ReplayFileException("replay file " + file + " does not exist");
        }
        long events = 0;
        long firstSeq = -1;
        long lastSeq = -1;
        Instant firstSent = null;
        Instant lastSent = null;
        try (BufferedReader r = reader(file)) {
            String text;
            long n = 0;
            while ((text = r.readLine()) != null) {
                n++;
                Event e = parse(file, n, text);
                if (e == null) {
                    continue;
                }
                if (events > 0 && e.seq() <= lastSeq) {
                    throw new ReplayFileException(file + " line " + n + ": event " + e.id() + " has seq " + e.seq()
                            + ", not above the previous event's " + lastSeq + " (sequence numbers must increase)");
                }
                if (events == 0) {
                    firstSeq = e.seq();
                    firstSent = e.sentAt();
                }
                lastSeq = e.seq();
                lastSent = e.sentAt();
                events++;
            }
        }
        if (events == 0) {
            throw new ReplayFileException("replay file " + file + " holds no events");
        }
        return new ReplayFile(file, new Summary(events, firstSeq, lastSeq, firstSent, lastSent));
    }

    /** What the file holds. */
    public Summary summary() {
        return summary;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    @Override
    public Event next() throws IOException {
        if (reader == null) {
            reader = reader(file);
        }
        String text;
        while ((text = reader.readLine()) != null) {
            line++;
            Event e = parse(file, line, text);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
    }

    private static Event parse(Path file, long n, String text) {
        if (text.isBlank()) {
            return null;
        }
        Frame f;
        try {
            f = FILE_CODEC.decode(text);
        } catch (RejectedMessage r) {
            throw new ReplayFileException(file + " line " + n + ": " + r.reason() + ": " + r.getMessage());
        }
        return f instanceof EventFrame ef ? ef.event() : null;
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
