package org.khareetaty.app.ui.settings;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's position, size and panel dividers, remembered between runs in the user's
 * preferences ({@link java.util.prefs}); the node can be changed with the system property
 * {@code khareetaty.prefs} (tests use their own).
 */
public final class WindowLayout {
    private final Preferences prefs;

    private WindowLayout(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The workstation's preferences node. */
    public static Preferences root() {
        return Preferences.userRoot().node(System.getProperty("khareetaty.prefs", "org/khareetaty/workstation"));
    }

    public static WindowLayout load() {
        return new WindowLayout(root().node("window"));
    }

    /** Applies the remembered size and position, if it still fits a screen. */
    public void restore(Stage stage, SplitPane main, SplitPane centre) {
        double w = prefs.getDouble("width", 1600);
        double h = prefs.getDouble("height", 1000);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100))
                        .isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
        double[] d = main.getDividerPositions();
        if (d.length == 2) {
            main.setDividerPositions(prefs.getDouble("left", d[0]), prefs.getDouble("right", d[1]));
        }
        if (centre.getDividers().size() == 1) {
            centre.setDividerPositions(prefs.getDouble("table", 0.68));
        }
    }

    /** Whether the attribute table was open. */
    public boolean tableOpen() {
        return prefs.getBoolean("tableOpen", false);
    }

    /** Remembers the window as it is now. */
    public void save(Stage stage, SplitPane main, SplitPane centre, boolean tableOpen) {
        prefs.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
            prefs.putDouble("width", stage.getWidth());
            prefs.putDouble("height", stage.getHeight());
        }
        double[] d = main.getDividerPositions();
        if (d.length == 2) {
            prefs.putDouble("left", d[0]);
            prefs.putDouble("right", d[1]);
        }
        if (centre.getDividers().size() == 1) {
            prefs.putDouble("table", centre.getDividerPositions()[0]);
        }
        prefs.putBoolean("tableOpen", tableOpen);
        try {
            prefs.flush();
        } catch (java.util.prefs.BackingStoreException e) {
            System.err.println("cannot save the window layout: " + e.getMessage());
        }
    }
}
