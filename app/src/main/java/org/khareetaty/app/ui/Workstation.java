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
        Application.launch(Workstation.class);
    }

    @Override
    public void start(Stage stage) {
        WorkstationWindow w = new WorkstationWindow(stage, storeDir, demo);
        stage.show();
        onWindow.accept(w);
    }
}
