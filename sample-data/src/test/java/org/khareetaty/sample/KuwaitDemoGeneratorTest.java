package org.khareetaty.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;

/** The default demo data set, generated once for the class and re-read independently. */
class KuwaitDemoGeneratorTest {
    @TempDir
    static Path dir;

    static DemoSummary summary;
    static CityFormatFile file;

    @BeforeAll
    static void generateDefault() throws IOException {
        long started = System.nanoTime();
        summary = KuwaitDemoGenerator.writeDefault(dir.resolve("kuwait_demo.csv"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "default demo: %d rows, %d bytes, %d ms, defects %s%n",
                summary.rowsWritten(), Files.size(summary.output()), millis, summary.defects());
        file = new CityFormatFile(summary.output());
    }

    @Test
    void sameSeedWritesAByteIdenticalFileAndAnotherSeedDoesNot() throws IOException {
        DemoSpec small = new DemoSpec(7, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), 10_000, false);
        DemoSummary first = new KuwaitDemoGenerator(small).write(dir.resolve("a.csv"));
        DemoSummary again = new KuwaitDemoGenerator(small).write(dir.resolve("b.csv"));
        DemoSummary other = new KuwaitDemoGenerator(small.withSeed(8)).write(dir.resolve("c.csv"));
        assertEquals(first.sha256(), again.sha256());
        assertEquals(-1L, Files.mismatch(first.output(), again.output()));
        assertNotEquals(first.sha256(), other.sha256());
        assertEquals(first.sha256(), sha256(first.output()), "summary hash is the hash of the file's bytes");
    }

    @Test
    void gzipOutputIsDeterministicAndHoldsTheSameRows() throws IOException {
        DemoSpec small = new DemoSpec(7, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), 5_000, true);
        DemoSummary first = new KuwaitDemoGenerator(small).write(dir.resolve("a.csv.gz"));
        DemoSummary again = new KuwaitDemoGenerator(small).write(dir.resolve("b.csv.gz"));
        DemoSummary plain = new KuwaitDemoGenerator(small.withGzip(false)).write(dir.resolve("plain.csv"));
        assertEquals(first.sha256(), again.sha256());
        assertEquals(sha256(first.output()), first.sha256());
        assertEquals(CityFormatFile.readLines(plain.output()), CityFormatFile.readLines(first.output()));
    }

    @Test
    void defaultSpecHasOverHundredThousandIncidentsAcrossBothYears() {
        assertEquals(CityFormat.HEADER, file.header);
        assertTrue(summary.incidents() >= 100_000, () -> "incidents " + summary.incidents());
        assertEquals(summary.rowsWritten(), file.dataLines);
        assertEquals(summary.incidents() + summary.defectRows(), summary.rowsWritten());
        assertEquals(summary.incidents(), file.clean.size(), "clean rows the re-read finds");
        Map<Integer, Long> byYear =
                file.clean.stream().collect(Collectors.groupingBy(r -> r.time().getYear(), Collectors.counting()));
        assertEquals(Set.of(2024, 2025), byYear.keySet());
        assertTrue(byYear.get(2025) > byYear.get(2024), "slight upward trend: " + byYear);
        assertTrue(byYear.get(2025) < byYear.get(2024) * 1.15, "only a slight trend: " + byYear);
    }

    @Test
    void everyCleanRowHasAnAllowedTypeAndLiesInsideTheGovernorateItNames() throws IOException {
        Map<String, PreparedGeometry> polygons = CityFormatFile.polygons();
        GeometryFactory factory = new GeometryFactory();
        List<String> outside = file.clean.stream()
                .filter(r ->
                        !polygons.get(r.governorate()).covers(factory.createPoint(new Coordinate(r.lon(), r.lat()))))
                .map(Object::toString)
                .limit(5)
                .toList();
        assertEquals(List.of(), outside);
        assertTrue(file.clean.stream().allMatch(r -> CityFormatFile.TYPES.contains(r.type())));
        assertTrue(file.clean.stream()
                .allMatch(r -> !r.zone().isEmpty() && !r.description().isEmpty()));
        assertTrue(file.clean.stream().anyMatch(r -> r.description().contains(",")), "some descriptions need quoting");
        assertTrue(
                file.clean.stream().anyMatch(r -> r.description().matches(".*[\\u0600-\\u06FF].*")),
                "some descriptions carry an Arabic phrase");
        assertEquals(
                6,
                file.clean.stream()
                        .map(CityFormatFile.Row::governorate)
                        .distinct()
                        .count());
    }

    @Test
    void plantedDefectCountsMatchWhatAnIndependentReReadFinds() {
        assertEquals(summary.defects(), Map.copyOf(file.defects));
        assertTrue(summary.defects().values().stream().allMatch(n -> n > 0), "every kind planted");
        assertTrue(summary.defectRows() >= 300 && summary.defectRows() <= 600, () -> "defects " + summary.defectRows());
    }

    @Test
    void mostIncidentsLieInTheCoastalStripAndJahra() {
        // Kuwait Bay to Fahaheel plus Jahra: roughly lat 29.05..29.40, lon 47.60..48.15
        long urban = file.clean.stream()
                .filter(r -> r.lat() > 29.05 && r.lat() < 29.40 && r.lon() > 47.60 && r.lon() < 48.15)
                .count();
        assertTrue(urban > 0.95 * file.clean.size(), () -> "urban share " + urban + " / " + file.clean.size());
    }

    @Test
    void trafficAndTheftAreCommonWeaponsAndRobberyRare() {
        Map<String, Long> byType =
                file.clean.stream().collect(Collectors.groupingBy(CityFormatFile.Row::type, Collectors.counting()));
        double n = file.clean.size();
        assertAll(
                () -> assertTrue(byType.get("traffic_offense") / n > 0.15, byType::toString),
                () -> assertTrue(byType.get("theft") / n > 0.12, byType::toString),
                () -> assertTrue(byType.get("weapons_possession") / n < 0.02, byType::toString),
                () -> assertTrue(byType.get("robbery") / n < 0.03, byType::toString),
                () -> assertEquals(16, byType.size()));
    }

    @Test
    void eveningShareFarExceedsEarlyMorningShare() {
        long evening = file.clean.stream()
                .filter(r -> r.time().getHour() >= 19 && r.time().getHour() < 23)
                .count();
        long early = file.clean.stream()
                .filter(r -> r.time().getHour() >= 3 && r.time().getHour() < 7)
                .count();
        assertTrue(evening > 3 * early, () -> "19-23h " + evening + " vs 03-07h " + early);
    }

    @Test
    void leisureOffencesRiseAndWorkdayOffencesFallOnFridayAndSaturday() {
        Set<String> leisure = Set.of("assault", "harassment", "public_disturbance", "vandalism", "drug_possession");
        Set<String> workday = Set.of("fraud", "cybercrime", "traffic_offense");
        double leisureRatio = weekendToWeekdayDailyRatio(r -> leisure.contains(r.type()));
        double workdayRatio = weekendToWeekdayDailyRatio(r -> workday.contains(r.type()));
        assertTrue(leisureRatio > 1.15, () -> "leisure Fri/Sat vs Sun-Thu daily mean " + leisureRatio);
        assertTrue(workdayRatio < 0.85, () -> "workday Fri/Sat vs Sun-Thu daily mean " + workdayRatio);
    }

    private static double weekendToWeekdayDailyRatio(Predicate<CityFormatFile.Row> which) {
        Set<DayOfWeek> weekend = Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        long[] counts = new long[2];
        for (CityFormatFile.Row row : file.clean) {
            if (which.test(row)) {
                counts[weekend.contains(row.time().getDayOfWeek()) ? 1 : 0]++;
            }
        }
        // 2024-2025 has 209 Fridays+Saturdays and 522 other days
        long weekendDays = LocalDate.of(2024, 1, 1)
                .datesUntil(LocalDate.of(2026, 1, 1))
                .filter(d -> weekend.contains(d.getDayOfWeek()))
                .count();
        long weekdays = ChronoUnit.DAYS.between(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1)) - weekendDays;
        return (counts[1] / (double) weekendDays) / (counts[0] / (double) weekdays);
    }

    /**
     * Knox test (Knox 1964; as used for near repeats by Johnson &amp; Bowers 2004): burglary pairs close
     * in space (200 m) and time (7 days) against the same points with their times shuffled.
     */
    @Test
    void burglariesNearRepeatFarMoreThanShuffledTimesPredict() {
        List<CityFormatFile.Row> burglaries =
                file.clean.stream().filter(r -> r.type().equals("burglary")).toList();
        double[] lat = burglaries.stream().mapToDouble(CityFormatFile.Row::lat).toArray();
        double[] lon = burglaries.stream().mapToDouble(CityFormatFile.Row::lon).toArray();
        long[] time = burglaries.stream()
                .mapToLong(r -> r.time().toEpochSecond(ZoneOffset.UTC))
                .toArray();
        long observed = closePairs(lat, lon, time);
        Random shuffle = new Random(1);
        double shuffledSum = 0;
        int rounds = 5;
        for (int round = 0; round < rounds; round++) {
            long[] shuffled = time.clone();
            for (int i = shuffled.length - 1; i > 0; i--) {
                int j = shuffle.nextInt(i + 1);
                long swap = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = swap;
            }
            shuffledSum += closePairs(lat, lon, shuffled);
        }
        double expected = shuffledSum / rounds;
        double ratio = observed / expected;
        System.out.printf(
                "Knox: %d burglaries, %d close pairs observed, %.1f expected, ratio %.1f%n",
                burglaries.size(), observed, expected, ratio);
        assertTrue(ratio > 2.0, () -> "observed " + observed + " close pairs vs " + expected + " when shuffled");
    }

    private static long closePairs(double[] lat, double[] lon, long[] time) {
        Integer[] order = new Integer[time.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingLong(i -> time[i]));
        long pairs = 0;
        for (int a = 0; a < order.length; a++) {
            int i = order[a];
            for (int b = a + 1; b < order.length && time[order[b]] - time[i] <= 7 * 86_400L; b++) {
                int j = order[b];
                double north = (lat[j] - lat[i]) * 111_320;
                double east = (lon[j] - lon[i]) * 111_320 * Math.cos(Math.toRadians(lat[i]));
                if (north * north + east * east <= 200 * 200) {
                    pairs++;
                }
            }
        }
        return pairs;
    }

    @Test
    void everyAreaCentreLiesInTheGovernoratePolygonItIsLabelledWith() throws IOException {
        Map<String, PreparedGeometry> polygons = CityFormatFile.polygons();
        GeometryFactory factory = new GeometryFactory();
        List<String> wrong = new ArrayList<>();
        for (Area area : KuwaitAreas.all()) {
            if (!polygons.get(area.governorate()).covers(factory.createPoint(new Coordinate(area.lon(), area.lat())))) {
                wrong.add(area.name());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aOneDaySpecWithFiftyIncidentsStillPlantsOneDefectOfEachKind() throws IOException {
        LocalDate day = LocalDate.of(2025, 2, 25);
        DemoSummary tiny =
                new KuwaitDemoGenerator(new DemoSpec(3, day, day, 50, false)).write(dir.resolve("t/tiny.csv"));
        CityFormatFile reread = new CityFormatFile(tiny.output());
        assertEquals(50, tiny.incidents());
        assertEquals(tiny.defects(), Map.copyOf(reread.defects));
        assertTrue(tiny.defects().values().stream().allMatch(n -> n == 1), tiny.defects()::toString);
        assertTrue(reread.clean.stream().allMatch(r -> r.time().toLocalDate().equals(day)));
    }

    @Test
    void rejectsASpecWhoseEndIsBeforeItsStartOrWithNoIncidents() {
        LocalDate day = LocalDate.of(2024, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> new DemoSpec(1, day, day.minusDays(1), 10, false));
        assertThrows(IllegalArgumentException.class, () -> new DemoSpec(1, day, day, 0, false));
    }

    private static String sha256(Path path) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
