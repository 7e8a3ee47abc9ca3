package org.khareetaty.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.khareetaty.app.ui.WorkstationWindow;
import org.khareetaty.app.ui.map.HexagonLayer;

/**
 * The workstation's two benchmarks, driven inside the real window: start-up to an interactive map
 * (JVM start to the first hexagons drawn, and to the KPIs), and the frame time while panning with
 * many hexagons shown (an {@link AnimationTimer} moves the map a few pixels every frame and records
 * the interval between frames; JavaFX caps frames at 60 per second).
 */
public final class UiBench {
    /** What was measured. */
    public record Figures(
            double secondsToWindow,
            double secondsToMap,
            double secondsToKpis,
            int hexagons,
            int frames,
            double medianFrameMs,
            double p95FrameMs,
            double fps,
            long fullRedraws,
            double medianRedrawMs) {
        public Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seconds_to_window", secondsToWindow);
            m.put("seconds_to_map", secondsToMap);
            m.put("seconds_to_kpis", secondsToKpis);
            m.put("hexagons", hexagons);
            m.put("frames", frames);
            m.put("median_frame_ms", medianFrameMs);
            m.put("p95_frame_ms", p95FrameMs);
            m.put("fps_median", fps);
            m.put("full_redraws", fullRedraws);
            m.put("median_redraw_ms", medianRedrawMs);
            return m;
        }
    }

    private final int res;
    private final double panSeconds;
    private final CompletableFuture<Figures> result = new CompletableFuture<>();
    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private long launched = System.currentTimeMillis();
    private double toWindow;
    private double toMap;
    private double toKpis;

    /**
     * @param res        resolution of the whole-area hexagons panned over
     * @param panSeconds how long to pan
     */
    public UiBench(int res, double panSeconds) {
        this.res = res;
        this.panSeconds = panSeconds;
    }

    /** The figures, once measured. */
    public CompletableFuture<Figures> result() {
        return result;
    }

    /** Marks the moment the window is launched; the start-up figures count from here. */
    public void launching() {
        launched = System.currentTimeMillis();
    }

    /** Seconds from JVM start to {@link #launching()} (the JVM, picocli and the benchmark's own store checks). */
    public double jvmToLaunch() {
        return (launched - jvmStart) / 1000.0;
    }

    private double since() {
        return (System.currentTimeMillis() - launched) / 1000.0;
    }

    /** Drives the window (on the FX thread, right after it is shown). */
    public void drive(WorkstationWindow w) {
        toWindow = since();
        w.ready().addListener((o, a, ready) -> {
            if (!ready) {
                return;
            }
            // the window is ready with the whole area's cells on the map: drawn at the next pulse
            Platform.runLater(() -> toMap = since());
            w.model().result().addListener((p, b, r) -> {
                if (toKpis == 0) {
                    toKpis = since();
                    Platform.runLater(() -> panAt(w));
                }
            });
        });
    }

    private void panAt(WorkstationWindow w) {
        w.model().cells().addListener((p, b, cells) -> {
            if (cells.scope().res() == res) {
                settleThenPan(w);
            }
        });
        w.model().wholeAreaRes().set(res);
        w.model().refresh();
    }

    /**
     * Pans once the first full draw is done and the background work of the new scope (its
     * drill-down, the attribute table's query) has finished: the frames measure panning alone.
     */
    private void settleThenPan(WorkstationWindow w) {
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        settle.setOnFinished(e -> {
            if (w.tasks().running().get() > 0) {
                settleThenPan(w);
            } else {
                pan(w);
            }
        });
        settle.play();
    }

    private void pan(WorkstationWindow w) {
        HexagonLayer hex = w.console().hexagons();
        int shown = hex.cells().size();
        long redrawsBefore = hex.draws();
        double[] intervals = new double[(int) (panSeconds * 240) + 10];
        double[] redraws = new double[intervals.length];
        double lat0 = w.console().centreLat();
        double lon0 = w.console().centreLon();
        double zoom = w.console().zoom();
        new AnimationTimer() {
            long start;
            long last;
            int n;
            int r;
            long seenDraws = hex.draws();

            @Override
            public void handle(long now) {
                if (start == 0) {
                    start = now;
                    last = now;
                    return;
                }
                if (n < intervals.length) {
                    intervals[n++] = (now - last) / 1e6;
                }
                last = now;
                if (hex.draws() != seenDraws && r < redraws.length) {
                    redraws[r++] = hex.lastDrawNanos() / 1e6;
                    seenDraws = hex.draws();
                }
                double t = (now - start) / 1e9;
                if (t > panSeconds) {
                    stop();
                    double[] f = Arrays.copyOf(intervals, n);
                    Arrays.sort(f);
                    double[] d = Arrays.copyOf(redraws, r);
                    Arrays.sort(d);
                    double median = f.length == 0 ? 0 : f[f.length / 2];
                    result.complete(new Figures(
                            toWindow,
                            toMap,
                            toKpis,
                            shown,
                            n,
                            median,
                            f.length == 0 ? 0 : f[(int) (f.length * 0.95)],
                            median == 0 ? 0 : 1000 / median,
                            hex.draws() - redrawsBefore,
                            d.length == 0 ? 0 : d[d.length / 2]));
                    return;
                }
                // a slow circle of about a third of the view's width, a few pixels per frame
                double mpp = 156543.03392 * Math.cos(Math.toRadians(lat0)) / Math.pow(2, zoom);
                double radiusDeg = 500 * mpp / 111_320.0;
                double a = t * 2 * Math.PI / 8;
                w.console()
                        .goTo(
                                lat0 + radiusDeg * Math.sin(a),
                                lon0 + radiusDeg * Math.cos(a) / Math.cos(Math.toRadians(lat0)),
                                zoom);
            }
        }.start();
    }
}
