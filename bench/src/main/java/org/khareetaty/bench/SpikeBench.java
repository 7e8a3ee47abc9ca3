package org.khareetaty.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.khareetaty.core.alert.AlertDecision;
import org.khareetaty.core.alert.AlertEngine;
import org.khareetaty.core.alert.AlertType;
import org.khareetaty.core.alert.DecisionKind;
import org.khareetaty.core.alert.config.AlertConfig;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.EventSource;
import org.khareetaty.core.geo.GreatCircle;
import org.khareetaty.core.geo.H3Cells;
import org.khareetaty.core.store.Store;

/**
 * The alert engine's spike term measured on real incidents replayed at their own times, with spikes
 * planted into them (the design of outbreak-detection evaluations, as {@code forecast.spike.SpikeBacktest}:
 * Buckeridge et al. 2005): each stored incident of a period becomes one CAD call; each planted spike is
 * {@code size} extra incidents at distinct spots of one cell, evenly over 45 minutes from a random
 * time, in a cell where a real incident of the period happened. Reports the false alarms (spike
 * alerts not at a planted spike, per cell-month, the cells being those holding an incident of the
 * period) and the detection (share of planted spikes that raised a spike alert within two hours, and
 * the delay from the spike's first incident to the alert). Each expectation runs on its own copy of
 * the source store, so the hour-of-week expectation reads the same history.
 */
public final class SpikeBench {
    private static final Pattern CELL = Pattern.compile("window of cell ([0-9a-f]+)");
    private static final long PLANT_SPAN_MS = 45 * 60_000L;
    private static final long DETECT_WITHIN_MS = 2 * 3_600_000L;

    /**
     * How the run's incident alerts (sensor, correlated, anomaly) grouped the real incidents behind
     * their events: what the session radius is for.
     *
     * @param incidents      incidents replayed (real and planted)
     * @param alerted        incidents with an event in an incident alert
     * @param alerts         incident alerts raised
     * @param correlated     of those, correlated at their last decision
     * @param split          incidents whose events are in two or more alerts
     * @param extraAlerts    alerts beyond the first of each incident (duplicates)
     * @param merged         alerts holding the events of two or more incidents
     */
    public record Grouping(
            int incidents, int alerted, int alerts, int correlated, int split, int extraAlerts, int merged) {}

    /** One run's figures. */
    public record Run(
            String expectation,
            String sources,
            int resolution,
            int events,
            int cells,
            double months,
            int falseAlarms,
            double falseAlarmsPerCellMonth,
            int planted,
            int detected,
            double detectedShare,
            double medianDelayMinutes,
            double meanDelayMinutes,
            double openSeconds,
            double seconds,
            Grouping grouping) {}

    private record Plant(long cell, long start, List<Event> events) {}

    private final Path source;
    private final Path work;
    private final BenchIncidents incidents;

    /** Reads the incidents of the store at {@code source}; its copies go under {@code work}. */
    public SpikeBench(Path source, Path work) {
        this.source = source;
        this.work = work;
        try (Store s = Store.open(source)) {
            this.incidents = BenchIncidents.read(s);
        }
    }

    /**
     * Replays the incidents from {@code from} to {@code to} (UTC days, both included) with
     * {@code plants} planted spikes of {@code size} incidents (deterministic for {@code seed}) through an
     * engine configured by the defaults, {@code toml}, and the expectation {@code expectation}.
     */
    public Run run(String expectation, String toml, LocalDate from, LocalDate to, int plants, int size, long seed) {
        return run(expectation, toml, from, to, plants, size, seed, false);
    }

    /**
     * As {@link #run(String, String, LocalDate, LocalDate, int, int, long)}; with {@code multiSource}
     * every incident, real or planted, is reported as the alert bench's multi-source stream reports one
     * (a CAD call; for a quarter a gunshot sensor up to 250 m off on each axis, a camera, phones; some
     * records entries; sensor false positives and camera noise: {@link BenchEventStream}), in the order
     * the events are sent.
     */
    public Run run(
            String expectation,
            String toml,
            LocalDate from,
            LocalDate to,
            int plants,
            int size,
            long seed,
            boolean multiSource) {
        Path dir = work.resolve("spikes-" + expectation + "-" + System.nanoTime());
        copy(source, dir);
        try (Store store = Store.open(dir)) {
            String line = "[spike]\nexpectation = \"" + expectation + "\"\n";
            String all = toml.contains("[spike]") ? toml.replace("[spike]\n", line) : line + toml;
            Files.writeString(dir.resolve(AlertConfig.FILE_NAME), all);
            AlertConfig config = AlertConfig.forStore(dir);
            int res = config.windows().cellResolution();
            long a = from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            long b = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            List<Event> events = new ArrayList<>();
            Set<Long> cells = new HashSet<>();
            int first = -1;
            for (int i = 0; i < incidents.size(); i++) {
                long t = incidents.millis()[i];
                if (t >= a && t < b) {
                    first = first < 0 ? i : first;
                    cells.add(H3Cells.h3()
                            .latLngToCell(incidents.lat()[i], incidents.lon()[i], res));
                    events.add(event(
                            "r" + i,
                            t,
                            incidents.lat()[i],
                            incidents.lon()[i],
                            incidents.type()[i]));
                }
            }
            if (events.isEmpty()) {
                throw new IllegalArgumentException("The store at " + source + " has no incidents from " + from + " to "
                        + to + ": choose days it holds");
            }
            List<Plant> planted = plant(events.size(), first, a, b, plants, size, res, seed);
            for (Plant p : planted) {
                events.addAll(p.events());
            }
            int incidentCount = events.size();
            if (multiSource) {
                events = multiSource(events, seed);
                events.sort(Comparator.comparing(Event::sentAt).thenComparing(Event::id));
            } else {
                events.sort(Comparator.comparing(Event::occurredAt).thenComparing(Event::id));
            }
            GroupingCount grouping = new GroupingCount(multiSource);
            long opening = System.nanoTime();
            long start;
            Map<Long, Long> spikeAlerts = new HashMap<>();
            int falseAlarms = 0;
            long[] delays = new long[planted.size()];
            Arrays.fill(delays, -1);
            try (AlertEngine engine = AlertEngine.open(store, config)) {
                start = System.nanoTime();
                long seq = 0;
                for (Event e : events) {
                    Event s = e.withSeq(++seq);
                    for (AlertDecision d : engine.process(s, s.sentAt())) {
                        grouping.add(d);
                        if (d.type() != AlertType.SPIKE || spikeAlerts.containsKey(d.alertId())) {
                            continue;
                        }
                        long cell = cellOf(d);
                        long t = s.occurredAt().toEpochMilli();
                        spikeAlerts.put(d.alertId(), cell);
                        int k = plantAt(planted, cell, t);
                        if (k < 0) {
                            falseAlarms++;
                        } else if (delays[k] < 0) {
                            delays[k] = t - planted.get(k).start();
                        }
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double openSeconds = (start - opening) / 1e9;
            double months = (b - a) / 86_400_000.0 / 30.4375;
            long[] found = Arrays.stream(delays).filter(x -> x >= 0).sorted().toArray();
            return new Run(
                    expectation,
                    multiSource ? "multi" : "cad",
                    res,
                    events.size(),
                    cells.size(),
                    months,
                    falseAlarms,
                    falseAlarms / (cells.size() * months),
                    planted.size(),
                    found.length,
                    planted.isEmpty() ? Double.NaN : (double) found.length / planted.size(),
                    found.length == 0 ? Double.NaN : found[found.length / 2] / 60_000.0,
                    found.length == 0
                            ? Double.NaN
                            : Arrays.stream(found).average().orElse(0) / 60_000.0,
                    openSeconds,
                    seconds,
                    grouping.of(incidentCount));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The incidents of {@code cadCalls} (one CAD call each) reported by the multi-source stream. */
    private static List<Event> multiSource(List<Event> cadCalls, long seed) {
        List<Event> byTime = new ArrayList<>(cadCalls);
        byTime.sort(Comparator.comparing(Event::occurredAt).thenComparing(Event::id));
        int n = byTime.size();
        long[] t = new long[n];
        double[] lat = new double[n];
        double[] lon = new double[n];
        String[] type = new String[n];
        String[] category = new String[n];
        for (int i = 0; i < n; i++) {
            Event e = byTime.get(i);
            t[i] = e.occurredAt().toEpochMilli();
            lat[i] = e.lat();
            lon[i] = e.lon();
            type[i] = e.type();
            category[i] = "violent";
        }
        BenchIncidents incidents = new BenchIncidents(t, lat, lon, type, category);
        return new BenchEventStream(incidents, seed, false, Instant.EPOCH, 1000).firstIncidents(n);
    }

    /** Counts, from the decisions, which incidents each incident alert holds. */
    private static final class GroupingCount {
        private final boolean multiSource;
        private final Map<Long, Set<String>> incidentsOf = new HashMap<>();
        private final Map<Long, AlertType> lastType = new HashMap<>();
        private int raised;

        GroupingCount(boolean multiSource) {
            this.multiSource = multiSource;
        }

        void add(AlertDecision d) {
            AlertType type = d.type();
            if (d.alertId() == null
                    || (type != AlertType.SENSOR && type != AlertType.CORRELATED && type != AlertType.ANOMALY)) {
                return;
            }
            if (d.kind() == DecisionKind.RAISED) {
                raised++;
            }
            lastType.put(d.alertId(), type);
            Set<String> of = incidentsOf.computeIfAbsent(d.alertId(), k -> new HashSet<>());
            for (String id : d.events()) {
                String incident = incidentOf(id);
                if (incident != null) {
                    of.add(incident);
                }
            }
        }

        /** The incident an event reports: its own id for a CAD-only run; null for noise. */
        private String incidentOf(String eventId) {
            if (!multiSource) {
                return eventId;
            }
            String[] parts = eventId.split("-");
            return parts[0].equals("gsfp") || parts[0].equals("mo") ? null : parts[1];
        }

        Grouping of(int incidents) {
            Map<String, Integer> alertsOf = new HashMap<>();
            int merged = 0;
            for (Set<String> held : incidentsOf.values()) {
                merged += held.size() > 1 ? 1 : 0;
                held.forEach(i -> alertsOf.merge(i, 1, Integer::sum));
            }
            int split = 0;
            int extra = 0;
            for (int k : alertsOf.values()) {
                split += k > 1 ? 1 : 0;
                extra += k - 1;
            }
            int correlated = (int) lastType.values().stream()
                    .filter(t -> t == AlertType.CORRELATED)
                    .count();
            return new Grouping(incidents, alertsOf.size(), raised, correlated, split, extra, merged);
        }
    }

    private static int plantAt(List<Plant> planted, long cell, long t) {
        for (int k = 0; k < planted.size(); k++) {
            Plant p = planted.get(k);
            if (p.cell() == cell && t >= p.start() && t <= p.start() + DETECT_WITHIN_MS) {
                return k;
            }
        }
        return -1;
    }

    private static long cellOf(AlertDecision d) {
        Matcher m = CELL.matcher(d.reason());
        if (!m.find()) {
            throw new IllegalStateException("a spike decision without its cell: " + d.reason());
        }
        return Long.parseUnsignedLong(m.group(1), 16);
    }

    /** Spikes in the cells of random real incidents of the period, at random times of it, 60 m apart or more. */
    private List<Plant> plant(int count, int first, long a, long b, int plants, int size, int res, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Plant> out = new ArrayList<>();
        for (int p = 0; p < plants; p++) {
            int i = first + random.nextInt(count);
            long cell = H3Cells.h3().latLngToCell(incidents.lat()[i], incidents.lon()[i], res);
            long start = a + (long) (random.nextDouble() * (b - a - PLANT_SPAN_MS));
            List<double[]> spots = new ArrayList<>();
            double lat = incidents.lat()[i];
            double lon = incidents.lon()[i];
            for (int tries = 0; spots.size() < size && tries < 10_000; tries++) {
                double north = (random.nextDouble() - 0.5) * 1000;
                double east = (random.nextDouble() - 0.5) * 1000;
                double[] s = {
                    lat + north / GreatCircle.METRES_PER_DEGREE,
                    lon + east / (GreatCircle.METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)))
                };
                if (H3Cells.h3().latLngToCell(s[0], s[1], res) == cell && farFromAll(s, spots)) {
                    spots.add(s);
                }
            }
            List<Event> events = new ArrayList<>();
            for (int k = 0; k < spots.size(); k++) {
                long t = start + (spots.size() == 1 ? 0 : PLANT_SPAN_MS * k / (spots.size() - 1));
                events.add(event("plant" + p + "-" + k, t, spots.get(k)[0], spots.get(k)[1], "assault"));
            }
            out.add(new Plant(cell, start, events));
        }
        return out;
    }

    private static boolean farFromAll(double[] s, List<double[]> spots) {
        for (double[] o : spots) {
            if (GreatCircle.metres(s[0], s[1], o[0], o[1]) < 60) {
                return false;
            }
        }
        return true;
    }

    private static Event event(String id, long t, double lat, double lon, String type) {
        Instant at = Instant.ofEpochMilli(t);
        return new Event(id, 0, EventSource.CAD, type, at, at.plusSeconds(60), lat, lon, 0.9, null, Map.of());
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else if (!p.getFileName().toString().equals(AlertConfig.FILE_NAME)) {
                    Files.copy(p, q, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the store " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /** A run as a JSON-ready map. */
    public static Map<String, Object> asMap(Run r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("expectation", r.expectation());
        m.put("sources", r.sources());
        m.put("resolution", r.resolution());
        m.put("events", r.events());
        m.put("cells", r.cells());
        m.put("months", r.months());
        m.put("false_alarms", r.falseAlarms());
        m.put("false_alarms_per_cell_month", r.falseAlarmsPerCellMonth());
        m.put("planted", r.planted());
        m.put("detected", r.detected());
        m.put("detected_share", r.detectedShare());
        m.put("median_delay_minutes", r.medianDelayMinutes());
        m.put("mean_delay_minutes", r.meanDelayMinutes());
        m.put("open_seconds", r.openSeconds());
        m.put("seconds", r.seconds());
        Grouping g = r.grouping();
        m.put("incidents", g.incidents());
        m.put("incidents_alerted", g.alerted());
        m.put("incident_alerts", g.alerts());
        m.put("correlated_alerts", g.correlated());
        m.put("incidents_split", g.split());
        m.put("duplicate_alerts", g.extraAlerts());
        m.put("alerts_merging_incidents", g.merged());
        return m;
    }

    /** A run as a line of the table in docs/benchmarks.md. */
    public static String row(Run r) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | r%d | %,d | %,d | %d | %.4f | %d / %d = %.1f%% | %.0f | %.0f | %,d | %,d | %,d | %,d | %,d "
                        + "| %.1f s + %.1f s |",
                r.expectation(),
                r.sources(),
                r.resolution(),
                r.events(),
                r.cells(),
                r.falseAlarms(),
                r.falseAlarmsPerCellMonth(),
                r.detected(),
                r.planted(),
                100 * r.detectedShare(),
                r.medianDelayMinutes(),
                r.meanDelayMinutes(),
                r.grouping().alerts(),
                r.grouping().correlated(),
                r.grouping().alerted(),
                r.grouping().extraAlerts(),
                r.grouping().merged(),
                r.openSeconds(),
                r.seconds());
    }
}
