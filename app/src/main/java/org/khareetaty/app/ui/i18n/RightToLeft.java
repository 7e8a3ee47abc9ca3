package org.khareetaty.app.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import javafx.collections.ListChangeListener;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;

/**
 * The window in Arabic: the scene runs right to left (menus, panels, tables and dialogs mirrored)
 * and its text is drawn in DejaVu Sans, the font the reports bundle (core's
 * {@code report/fonts/DejaVuSans.ttf}, with the Arabic letters), so that a machine without Arabic
 * fonts shows Arabic and not boxes. Geography is never mirrored: the map keeps east on the right
 * (its overlays, the legend and scale bar, read right to left inside it), and so do the charts,
 * whose time axes run left to right in Arabic as in Arabic BI tools (Power BI, Tableau in Arabic).
 */
public final class RightToLeft {
    /** The font family of {@link #FONT_FILE}, used by {@code workstation-ar.css}. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    /** The bundled font with the Arabic letters, from core-analytics' report resources. */
    static final String FONT_FILE = "/org/khareetaty/core/report/fonts/DejaVuSans.ttf";

    private static final String BOLD_FILE = "/org/khareetaty/core/report/fonts/DejaVuSans-Bold.ttf";
    private static boolean fontsLoaded;

    private RightToLeft() {}

    /**
     * Turns {@code scene} to the words in use: right to left with the Arabic stylesheet when they are
     * Arabic, left to right otherwise; {@code map} (a pane whose first child is the map itself, the
     * others its overlays) stays left to right.
     */
    public static void applyTo(Scene scene, Pane map) {
        if (!Messages.arabic()) {
            scene.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            return;
        }
        loadFonts();
        scene.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        scene.getStylesheets()
                .add(RightToLeft.class.getResource("workstation-ar.css").toExternalForm());
        keepGeographic(map);
        map.getChildren().forEach(RightToLeft::overlay);
        map.getChildren().addListener((ListChangeListener<Node>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(RightToLeft::overlay);
            }
        });
    }

    /** Keeps {@code node} (a map, a chart, a rendered page) left to right in a mirrored window. */
    public static void keepGeographic(Node node) {
        node.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    }

    /** The map's overlays (legend, banner, info panel) read right to left; the map (first child) does not. */
    private static void overlay(Node n) {
        if (n.getParent() instanceof Pane p && p.getChildren().indexOf(n) > 0) {
            n.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        }
    }

    /** Loads the bundled fonts once; their family is {@link #FONT_FAMILY}. */
    static synchronized void loadFonts() {
        if (fontsLoaded) {
            return;
        }
        for (String file : new String[] {FONT_FILE, BOLD_FILE}) {
            try (InputStream in = RightToLeft.class.getResourceAsStream(file)) {
                if (in == null || Font.loadFont(in, 12) == null) {
                    System.err.println("the Arabic font " + file + " is missing from the program's classes:"
                            + " Arabic may show as boxes (reinstall the program)");
                }
            } catch (IOException e) {
                System.err.println("cannot read the Arabic font " + file + ": " + e.getMessage());
            }
        }
        fontsLoaded = true;
    }
}
