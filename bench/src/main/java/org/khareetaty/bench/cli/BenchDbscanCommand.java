package org.khareetaty.bench.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.khareetaty.app.cli.Json;
import org.khareetaty.core.hotspot.Dbscan;
import org.khareetaty.core.hotspot.LocalPlane;
import org.khareetaty.core.progress.ProgressListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code khareetaty bench dbscan}: DBSCAN on N points made from the real 148,636 aggravated-assault
 * locations, each copy moved by up to ~50 m, as in the import benchmark. Times the projection and the
 * clustering, and reports the peak heap in use.
 */
@Command(
        name = "dbscan",
        mixinStandardHelpOptions = true,
        description = {
            "DBSCAN on N points (default 1,000,000) replicated with jitter from the real aggravated-assault file:",
            "time and peak heap. Run with KHAREETATY_JAVA_OPTS=-Xmx512m to check the heap bound."
        })
public final class BenchDbscanCommand implements Callable<Integer> {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "../shared/data",
            description = "Shared data folder (default ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--points", defaultValue = "1000000", description = "Points (default ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--eps-m", defaultValue = "150", description = "eps in metres (default ${DEFAULT-VALUE}).")
    double epsM;

    @Option(names = "--min-pts", defaultValue = "20", description = "minPts (default ${DEFAULT-VALUE}).")
    int minPts;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    /** Runs the benchmark without the main program: {@code java -cp ... BenchDbscanCommand [options]}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchDbscanCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path file = data.resolve("chicago/aggravated_assaults_2010_2019.csv.gz");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the benchmark needs " + file + " (../shared/data); pass --data DIR");
        }
        double[][] real = readLonLat(file);
        double[] lon = new double[points];
        double[] lat = new double[points];
        SplittableRandom random = new SplittableRandom(42);
        int n = real[0].length;
        for (int i = 0; i < points; i++) {
            boolean original = i < n;
            lon[i] = real[0][i % n] + (original ? 0 : random.nextDouble(-0.0006, 0.0006));
            lat[i] = real[1][i % n] + (original ? 0 : random.nextDouble(-0.00045, 0.00045));
        }
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        double[][] xy = LocalPlane.centredOn(lon, lat).project(lon, lat);
        long t1 = System.nanoTime();
        Dbscan.Result r = Dbscan.cluster(xy[0], xy[1], epsM, minPts, ProgressListener.NONE);
        long t2 = System.nanoTime();
        long peakMb = peakHeapBytes() >> 20;
        long cores = 0;
        for (boolean c : r.core()) {
            cores += c ? 1 : 0;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("points", points);
        m.put("eps_m", epsM);
        m.put("min_pts", minPts);
        m.put("clusters", r.clusters());
        m.put("core", cores);
        m.put("noise", r.noise());
        m.put("largest_cluster", Arrays.stream(r.sizes()).max().orElse(0));
        m.put("projection_seconds", (t1 - t0) / 1e9);
        m.put("dbscan_seconds", (t2 - t1) / 1e9);
        m.put("peak_heap_mb", peakMb);
        m.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        m.put("processors", Runtime.getRuntime().availableProcessors());
        if (json) {
            System.out.println(Json.of(m));
        } else {
            System.out.printf(
                    Locale.ROOT,
                    "DBSCAN on %,d points (eps %.0f m, minPts %d): %,d clusters, %,d core, %,d noise; "
                            + "projection %.2f s, DBSCAN %.2f s; peak heap in use %,d MB of %,d MB, %d processors%n",
                    points,
                    epsM,
                    minPts,
                    r.clusters(),
                    cores,
                    r.noise(),
                    (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9,
                    peakMb,
                    Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
        }
        return 0;
    }

    /** Longitude and latitude columns of the Crime Open Database file ({@code date,loc_cat,longitude,latitude,district}). */
    private static double[][] readLonLat(Path file) throws Exception {
        double[] lon = new double[1 << 18];
        double[] lat = new double[1 << 18];
        int n = 0;
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f.length < 4 || f[2].isEmpty() || f[3].isEmpty()) {
                    continue;
                }
                if (n == lon.length) {
                    lon = Arrays.copyOf(lon, n * 2);
                    lat = Arrays.copyOf(lat, n * 2);
                }
                lon[n] = Double.parseDouble(f[2]);
                lat[n] = Double.parseDouble(f[3]);
                n++;
            }
        }
        return new double[][] {Arrays.copyOf(lon, n), Arrays.copyOf(lat, n)};
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
