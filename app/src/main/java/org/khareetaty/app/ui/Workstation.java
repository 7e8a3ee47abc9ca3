package org.khareetaty.app.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application of the workstation. Started by {@link #launch(Path, boolean)} from the
 * command-line program (whose main class does not extend {@code Application}, so JavaFX runs from
 * the class path of the jar).
 */
public final class Workstation extends Application {
    private static Path storeDir;
    private static boolean demo;
    private static java.util.function.Consumer<WorkstationWindow> onWindow = w -> {};
    private static javafx.application.HostServices hosts;

    /** Opens {@code uri} in the desktop's browser (the user guide). */
    static void open(String uri) {
        if (hosts != null) {
            hosts.showDocument(uri);
            return;
        }
        try {
            new ProcessBuilder("xdg-open", uri).inheritIO().start();
        } catch (java.io.IOException e) {
            System.err.println("cannot open " + uri + ": " + e.getMessage());
        }
    }

    /** Runs with the window once it is built (the UI benchmark drives it). */
    public static void onWindow(java.util.function.Consumer<WorkstationWindow> hook) {
        onWindow = hook;
    }

    /** Opens the window on {@code dir} (the demo store, built on first use, when {@code isDemo}); returns when it closes. */
    public static void launch(Path dir, boolean isDemo) {
        StartupTrace.mark("launching the window");
        storeDir = dir;
        demo = isDemo;
        if ((!isDemo || org.khareetaty.app.demo.DemoStore.isReady(dir))
                && !org.khareetaty.core.store.Store.encrypted(dir)) {
            // open the store while the JavaFX toolkit starts; the window's opening task takes it over
            StoreOpening.openEarly(dir);
        }
        Application.launch(Workstation.class);
    }

    @Override
    public void start(Stage stage) {
        hosts = getHostServices();
        WorkstationWindow w = new WorkstationWindow(stage, storeDir, demo);
        stage.show();
        StartupTrace.mark("window shown");
        if (StartupTrace.on()) {
            w.ready().addListener((o, was, ready) -> {
                // the whole area's cells are on the map: its hexagons are drawn at the next pulse
                javafx.application.Platform.runLater(() -> StartupTrace.mark("interactive map: hexagons drawn"));
                w.model().result().addListener((p, a, r) -> {
                    if (a == null) {
                        StartupTrace.mark("KPI cards, quick hits and charts");
                    }
                });
            });
        }
        onWindow.accept(w);
    }
}
