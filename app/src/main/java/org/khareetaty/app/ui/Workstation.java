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
    private static java.util.function.Consumer<WorkstationWindow> onWindow = w -> { };

    /** Runs with the window once it is built (the UI benchmark drives it). */
    public static void onWindow(java.util.function.Consumer<WorkstationWindow> hook) {
        onWindow = hook;
    }

    /** Opens the window on {@code dir} (the demo store, built on first use, when {@code isDemo}); returns when it closes. */
    public static void launch(Path dir, boolean isDemo) {
        storeDir = dir;
        demo = isDemo;
        if (!isDemo || org.khareetaty.app.demo.DemoStore.isReady(dir)) {
            // open the store while the JavaFX toolkit starts; the window's opening task takes it over
            StoreOpening.openEarly(dir);
        }
        Application.launch(Workstation.class);
    }

    @Override
    public void start(Stage stage) {
        WorkstationWindow w = new WorkstationWindow(stage, storeDir, demo);
        stage.show();
        if (Boolean.getBoolean("khareetaty.startup.log")) {
            w.ready().addListener((o, was, ready) -> System.err.printf(java.util.Locale.ROOT,
                    "khareetaty: interactive map %.2f s after the JVM started%n", (System.currentTimeMillis()
                            - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0));
        }
        onWindow.accept(w);
    }
}
