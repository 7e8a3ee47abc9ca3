package org.khareetaty.feed;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.khareetaty.core.etl.CsvReader;
import org.khareetaty.core.etl.CsvRow;
import org.khareetaty.core.etl.MalformedRowException;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventCodec;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.testing.SharedData;

/**
 * Real Chicago incidents (the 25,000-row portal sample) as CAD calls: one event per row with
 * coordinates, in time order, sent 45 s after the incident, numbered from 1.
 */
final class ChicagoCalls {
    private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("M/d/yyyy H:mm", Locale.ROOT);
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    private ChicagoCalls() {}

    private static List<Event> all;

    /** The first {@code n} calls in time order. */
    static synchronized List<Event> first(int n) throws IOException {
        if (all == null) {
            all = read();
        }
        return all.subList(0, Math.min(n, all.size()));
    }

    private static List<Event> read() throws IOException {
        Path file = SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz");
        List<Event> calls = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8));
                CsvReader csv = new CsvReader(r)) {
            CsvRow header = next(csv);
            List<String> h = List.of(header.fields());
            int id = h.indexOf("id");
            int date = h.indexOf("date");
            int type = h.indexOf("primary_type");
            int lat = h.indexOf("latitude");
            int lon = h.indexOf("longitude");
            int beat = h.indexOf("beat");
            csv.expectColumns(h.size());
            CsvRow row;
            while ((row = next(csv)) != null) {
                String[] f = row.fields();
                if (f.length != h.size() || f[lat].isEmpty() || f[lon].isEmpty()) {
                    continue;
                }
                Instant occurred =
                        LocalDateTime.parse(f[date], PORTAL).atZone(CHICAGO).toInstant();
                calls.add(new Event(
                        "cad-" + f[id],
                        0,
                        EventSource.CAD,
                        f[type].toLowerCase(Locale.ROOT).replace(' ', '_'),
                        occurred,
                        occurred.plusSeconds(45),
                        Double.parseDouble(f[lat]),
                        Double.parseDouble(f[lon]),
                        0.8,
                        "dispatcher-" + f[beat],
                        Map.of("beat", f[beat])));
            }
        }
        calls.sort(Comparator.comparing(Event::sentAt).thenComparing(Event::id));
        List<Event> out = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            out.add(calls.get(i).withSeq(i + 1));
        }
        return List.copyOf(out);
    }

    private static CsvRow next(CsvReader csv) throws IOException {
        while (true) {
            try {
                return csv.next();
            } catch (MalformedRowException e) {
                // the portal sample has none; skip if it ever does
            }
        }
    }

    /** Writes events as a JSON-lines replay file. */
    static Path write(Path file, List<Event> events) throws IOException {
        EventCodec codec = EventCodec.standard();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Event e : events) {
                w.write(codec.encode(e));
                w.newLine();
            }
        }
        return file;
    }
}
