package org.khareetaty.core.forecast.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.khareetaty.core.error.KhareetatyException;
import org.khareetaty.core.etl.CsvReader;
import org.khareetaty.core.etl.CsvRow;
import org.khareetaty.core.etl.MalformedRowException;
import org.khareetaty.core.forecast.CrimeOpenDatabaseFile;

/**
 * Incidents as a day and a location, sorted by day (the input of every {@link RiskMethod}). The day is
 * the local calendar day as an epoch day. {@link #read(Path)} reads a Crime Open Database file the way
 * protocol B does (the day is the first ten characters of {@code date}); {@link StoreRiskIncidents}
 * reads the store.
 *
 * @param day epoch day of each incident, ascending
 * @param lon longitude, degrees
 * @param lat latitude, degrees
 * @param place the kind of place ({@link PlaceKind}'s ordinal)
 */
public record RiskIncidents(int[] day, double[] lon, double[] lat, byte[] place) {
    /** Checks the columns have one length; sorts nothing (use {@link #sorted}). */
    public RiskIncidents {
        if (day.length != lon.length || day.length != lat.length || day.length != place.length) {
            throw new IllegalArgumentException("day, lon, lat and place differ in length");
        }
    }

    /** Incidents whose kind of place is unknown ({@link PlaceKind#OTHER}). */
    public RiskIncidents(int[] day, double[] lon, double[] lat) {
        this(day, lon, lat, unknownPlaces(day.length));
    }

    private static byte[] unknownPlaces(int n) {
        byte[] out = new byte[n];
        Arrays.fill(out, (byte) PlaceKind.OTHER.ordinal());
        return out;
    }

    /** The incidents ordered by day (stable: same-day incidents keep their order), kinds of place unknown. */
    public static RiskIncidents sorted(int[] day, double[] lon, double[] lat) {
        return sorted(day, lon, lat, unknownPlaces(day.length));
    }

    /** The incidents ordered by day (stable: same-day incidents keep their order). */
    public static RiskIncidents sorted(int[] day, double[] lon, double[] lat, byte[] place) {
        Integer[] order = IntStream.range(0, day.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(i -> day[i]));
        int[] d = new int[day.length];
        double[] x = new double[day.length];
        double[] y = new double[day.length];
        byte[] p = new byte[day.length];
        for (int k = 0; k < order.length; k++) {
            d[k] = day[order[k]];
            x[k] = lon[order[k]];
            y[k] = lat[order[k]];
            p[k] = place[order[k]];
        }
        return new RiskIncidents(d, x, y, p);
    }

    /** The first {@code n} incidents (those before {@code day()[n]}, the array being sorted). */
    public RiskIncidents first(int n) {
        return new RiskIncidents(
                Arrays.copyOf(day, n), Arrays.copyOf(lon, n), Arrays.copyOf(lat, n), Arrays.copyOf(place, n));
    }

    /** Number of incidents. */
    public int size() {
        return day.length;
    }

    /** First day of the data (an epoch day); fails when there are no incidents. */
    public int firstDay() {
        return day[0];
    }

    /** Last day of the data (an epoch day). */
    public int lastDay() {
        return day[day.length - 1];
    }

    /** Index of the first incident dated {@code epochDay} or later (the size when none). */
    public int indexOfDay(int epochDay) {
        int lo = 0;
        int hi = day.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (day[mid] < epochDay) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Reads a plain or gzip CSV with {@code date} (starting {@code YYYY-MM-DD}), {@code longitude} and
     * {@code latitude} columns; a row without them is an error naming the file and line.
     */
    public static RiskIncidents read(Path file) {
        Columns c = new Columns();
        try (InputStream in = CrimeOpenDatabaseFile.open(file);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CsvReader csv = new CsvReader(reader)) {
            CsvRow header = csv.next();
            if (header == null) {
                throw new KhareetatyException(file + " is empty: expected a header with date, longitude, latitude");
            }
            int date = column(header, "date", file);
            int lon = column(header, "longitude", file);
            int lat = column(header, "latitude", file);
            int place = optionalColumn(header, "loc_cat");
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                c.add(row, date, lon, lat, place, file);
            }
        } catch (IOException | MalformedRowException e) {
            throw new KhareetatyException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (c.size == 0) {
            throw new KhareetatyException(file + " has no rows");
        }
        return sorted(
                Arrays.copyOf(c.day, c.size),
                Arrays.copyOf(c.lon, c.size),
                Arrays.copyOf(c.lat, c.size),
                Arrays.copyOf(c.place, c.size));
    }

    private static final class Columns {
        int[] day = new int[1024];
        double[] lon = new double[1024];
        double[] lat = new double[1024];
        byte[] place = new byte[1024];
        int size;

        void add(CsvRow row, int date, int x, int y, int kind, Path file) {
            String[] f = row.fields();
            if (f.length <= Math.max(date, Math.max(x, y)) || f[date].length() < 10) {
                throw new KhareetatyException(
                        file + " line " + row.line() + ": no date, longitude or latitude in '" + row.raw() + "'");
            }
            if (size == day.length) {
                day = Arrays.copyOf(day, size * 2);
                lon = Arrays.copyOf(lon, size * 2);
                lat = Arrays.copyOf(lat, size * 2);
                place = Arrays.copyOf(place, size * 2);
            }
            place[size] = (byte)
                    PlaceKind.of(kind >= 0 && kind < f.length ? f[kind] : null).ordinal();
            try {
                day[size] = (int) LocalDate.parse(f[date].substring(0, 10)).toEpochDay();
                lon[size] = Double.parseDouble(f[x].strip());
                lat[size] = Double.parseDouble(f[y].strip());
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new KhareetatyException(file + " line " + row.line() + ": date '" + f[date] + "', longitude '"
                        + f[x] + "' or latitude '" + f[y] + "' is not a day and two numbers");
            }
            size++;
        }
    }

    private static int optionalColumn(CsvRow header, String name) {
        String[] f = header.fields();
        for (int i = 0; i < f.length; i++) {
            if (f[i].strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int column(CsvRow header, String name, Path file) {
        return CrimeOpenDatabaseFile.column(
                header, name, file, "protocol B reads the Crime Open Database form date,...,longitude,latitude");
    }
}
