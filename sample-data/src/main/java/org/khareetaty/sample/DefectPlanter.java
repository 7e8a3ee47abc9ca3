package org.khareetaty.sample;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Plans and writes the deliberately defective rows: where each goes (after which clean row) and
 * what it looks like. Every defect row carries exactly one {@link DefectKind}; apart from the
 * duplicates, each is built from a fresh incident so it never shadows a clean one.
 */
final class DefectPlanter {
    /** Keeps a later duplicate this many rows after its original, when the file is long enough. */
    static final int DUPLICATE_GAP = 100;

    private static final List<String> UNKNOWN_TYPES =
            List.of("arson", "kidnapping", "begging", "smuggling", "bribery", "forgery", "absconding");
    private static final List<String> RE_REPORTED =
            List.of(" (second caller)", " - re-entered by night shift", " (duplicate report)", " - updated");
    /** Sea, Kuwait Bay, southern Iraq and eastern Saudi Arabia: outside every governorate polygon. */
    private static final List<LatLon> ABROAD = List.of(
            new LatLon(29.30, 48.45),
            new LatLon(29.05, 48.40),
            new LatLon(29.42, 47.90),
            new LatLon(29.45, 47.98),
            new LatLon(30.51, 47.78),
            new LatLon(30.11, 47.72),
            new LatLon(28.43, 45.96),
            new LatLon(28.42, 48.49));
    /** The governorate a confused clerk writes instead: a neighbour (often the real administrative one). */
    private static final Map<String, String> NEIGHBOUR = Map.of(
            "Capital",
            "Hawally",
            "Hawally",
            "Capital",
            "Al Farwaniyah",
            "Capital",
            "Mubarak Al-Kabeer",
            "Hawally",
            "Al Ahmadi",
            "Mubarak Al-Kabeer",
            "Al Jahra",
            "Al Farwaniyah");

    private final IncidentProcess process;
    private final GovernoratePolygons polygons;
    private final WeightedTable typeMix;

    DefectPlanter(IncidentProcess process, GovernoratePolygons polygons) {
        this.process = process;
        this.polygons = polygons;
        double[] shares = new double[IncidentType.values().length];
        for (IncidentType type : IncidentType.values()) {
            shares[type.ordinal()] = type.share();
        }
        this.typeMix = new WeightedTable(shares);
    }

    /** A defect: its kind, the clean row (0-based, in time order) it follows, the row it copies if a duplicate. */
    record PlannedDefect(DefectKind kind, int afterRow, int sourceRow) {}

    /**
     * Where the defects of a file with {@code rows} clean rows go, in file order. An exact duplicate
     * comes straight after the row it repeats, before any other defect planted there.
     */
    List<PlannedDefect> plan(int rows, DemoRandom random) {
        List<PlannedDefect> plan = new ArrayList<>();
        for (DefectKind kind : DefectKind.values()) {
            for (int i = 0; i < kind.countFor(rows); i++) {
                plan.add(place(kind, rows, random));
            }
        }
        plan.sort(Comparator.comparingInt(PlannedDefect::afterRow)
                .thenComparingInt(d -> d.kind() == DefectKind.DUPLICATE_EXACT ? 0 : 1));
        return plan;
    }

    private PlannedDefect place(DefectKind kind, int rows, DemoRandom random) {
        if (kind == DefectKind.DUPLICATE_LATER && rows > DUPLICATE_GAP) {
            int after = DUPLICATE_GAP + random.below(rows - DUPLICATE_GAP);
            return new PlannedDefect(kind, after, random.below(after - DUPLICATE_GAP + 1));
        }
        int after = random.below(rows);
        return new PlannedDefect(kind, after, kind == DefectKind.DUPLICATE_LATER ? 0 : after);
    }

    /** The defective line (no line end) for a planned defect. */
    String line(PlannedDefect defect, List<Incident> incidents, DemoRandom random) {
        Incident anchor = incidents.get(defect.afterRow());
        if (defect.kind() == DefectKind.DUPLICATE_EXACT) {
            return CityFormat.row(anchor);
        }
        if (defect.kind() == DefectKind.DUPLICATE_LATER) {
            Incident source = incidents.get(defect.sourceRow());
            return CityFormat.row(
                    CityFormat.timestamp(source.localSecond()),
                    source.type().code(),
                    source.at(),
                    source.area().governorate(),
                    source.area().name(),
                    source.description() + random.pick(RE_REPORTED));
        }
        IncidentType type = IncidentType.values()[typeMix.sample(random)];
        return corrupt(defect.kind(), process.at(type, anchor.localSecond(), random), random);
    }

    private String corrupt(DefectKind kind, Incident fresh, DemoRandom random) {
        String time = CityFormat.timestamp(fresh.localSecond());
        String type = fresh.type().code();
        String lat = CityFormat.coordinate(fresh.at().lat());
        String lon = CityFormat.coordinate(fresh.at().lon());
        String governorate = fresh.area().governorate();
        String zone = fresh.area().name();
        String description = CityFormat.field(fresh.description());
        return switch (kind) {
            case MISSING_COORDINATES ->
                switch (random.below(3)) {
                    case 0 -> raw(time, type, "", "", governorate, zone, description);
                    case 1 -> raw(time, type, lat, "", governorate, zone, description);
                    default -> raw(time, type, "", lon, governorate, zone, description);
                };
            case NON_NUMERIC_COORDINATES ->
                switch (random.below(5)) {
                    case 0 -> raw(time, type, "N/A", "N/A", governorate, zone, description);
                    case 1 -> raw(time, type, lat + "N", lon + "E", governorate, zone, description);
                    case 2 -> raw(time, type, arabicIndic(lat), arabicIndic(lon), governorate, zone, description);
                    case 3 ->
                        raw(
                                time,
                                type,
                                '"' + lat.replace('.', ',') + '"',
                                '"' + lon.replace('.', ',') + '"',
                                governorate,
                                zone,
                                description);
                    default ->
                        raw(
                                time,
                                type,
                                degreesMinutes(fresh.at().lat(), 'N'),
                                degreesMinutes(fresh.at().lon(), 'E'),
                                governorate,
                                zone,
                                description);
                };
            case SWAPPED_LAT_LON -> raw(time, type, lon, lat, governorate, zone, description);
            case NULL_ISLAND -> {
                String zero = random.pick(List.of("0", "0.0", "0.00000"));
                yield raw(time, type, zero, zero, governorate, zone, description);
            }
            case OUTSIDE_KUWAIT -> {
                LatLon abroad = abroad(random);
                yield raw(
                        time,
                        type,
                        CityFormat.coordinate(abroad.lat()),
                        CityFormat.coordinate(abroad.lon()),
                        governorate,
                        zone,
                        description);
            }
            case UNPARSEABLE_TIMESTAMP ->
                raw(badTimestamp(fresh.localSecond(), random), type, lat, lon, governorate, zone, description);
            case FUTURE_TIMESTAMP ->
                raw(futureTimestamp(fresh.localSecond()), type, lat, lon, governorate, zone, description);
            case BROKEN_QUOTE ->
                raw(
                        time,
                        type,
                        lat,
                        lon,
                        governorate,
                        zone,
                        '"' + fresh.description().replace("\"", ""));
            case TOO_FEW_COLUMNS -> String.join(",", time, type, lat, lon, governorate);
            case TOO_MANY_COLUMNS -> raw(time, type, lat, lon, governorate, zone, withComma(fresh));
            case GOVERNORATE_MISMATCH -> raw(time, type, lat, lon, NEIGHBOUR.get(governorate), zone, description);
            case UNKNOWN_INCIDENT_TYPE ->
                raw(time, random.pick(UNKNOWN_TYPES), lat, lon, governorate, zone, description);
            case DUPLICATE_EXACT, DUPLICATE_LATER -> throw new IllegalArgumentException(kind + " is not a corruption");
        };
    }

    private static String raw(String... fields) {
        return String.join(",", fields);
    }

    /** An unquoted description that still holds a comma: the row splits into eight or more columns. */
    private static String withComma(Incident fresh) {
        String text = fresh.description().replace("\"", "");
        return text.indexOf(',') >= 0 ? text : text + ", " + fresh.area().name();
    }

    private LatLon abroad(DemoRandom random) {
        while (true) {
            LatLon base = random.pick(ABROAD);
            LatLon candidate = LatLon.rounded(
                    base.lat() + 0.04 * (random.uniform() - 0.5), base.lon() + 0.04 * (random.uniform() - 0.5));
            if (polygons.governorateAt(candidate.lat(), candidate.lon()).isEmpty()) {
                return candidate;
            }
        }
    }

    private static String badTimestamp(long localSecond, DemoRandom random) {
        LocalDateTime t = IncidentClock.dateTime(localSecond);
        return switch (random.below(3)) {
            case 0 -> "2024-13-45 25:61:00";
            // a clerk's hand-typed form: 14/03/2024 9pm
            case 1 ->
                String.format(
                        java.util.Locale.ROOT,
                        "%02d/%02d/%04d %d%s",
                        t.getDayOfMonth(),
                        t.getMonthValue(),
                        t.getYear(),
                        t.getHour() % 12 == 0 ? 12 : t.getHour() % 12,
                        t.getHour() < 12 ? "am" : "pm");
            default -> CityFormat.timestamp(t).replaceFirst("^(\\d{4})-\\d{2}-\\d{2}", "$1-02-30");
        };
    }

    private static String futureTimestamp(long localSecond) {
        LocalDateTime t = IncidentClock.dateTime(localSecond);
        if (t.getMonthValue() == 2 && t.getDayOfMonth() == 29) {
            t = t.minusDays(1); // 2099 is not a leap year
        }
        return CityFormat.timestamp(t.withYear(2099));
    }

    private static String arabicIndic(String decimal) {
        StringBuilder out = new StringBuilder(decimal.length());
        for (char c : decimal.toCharArray()) {
            out.append(c == '.' ? '\u066B' : Character.isDigit(c) ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }

    private static String degreesMinutes(double value, char hemisphere) {
        int degrees = (int) value;
        double minutes = (value - degrees) * 60;
        return String.format(java.util.Locale.ROOT, "%d\u00B0%.1f'%c", degrees, minutes, hemisphere);
    }
}
