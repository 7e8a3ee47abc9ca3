package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khareetaty.app.ui.settings.Bookmarks;
import org.khareetaty.app.ui.settings.WindowLayout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The window layout and the bookmarks survive a restart (they live in the user's preferences). */
class WindowLayoutTest {
    static final String NODE = "khareetaty-ui-tests-layout";

    @BeforeAll
    static void prefs() throws Exception {
        System.setProperty("khareetaty.prefs", NODE);
        WindowLayout.root().removeNode();
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void clean() throws Exception {
        WindowLayout.root().removeNode();
        System.setProperty("khareetaty.prefs", "khareetaty-ui-tests");
    }

    @Test
    void remembersSizePositionDividersAndTheTable() {
        FxRobot robot = new FxRobot();
        double[] restored = new double[5];
        boolean[] table = new boolean[1];
        robot.interact(() -> {
            Stage first = new Stage();
            SplitPane main = split(3);
            SplitPane centre = split(2);
            first.setScene(new Scene(new Pane(main, centre), 800, 600));
            first.setX(40);
            first.setY(30);
            first.setWidth(1100);
            first.setHeight(700);
            main.setDividerPositions(0.22, 0.61);
            WindowLayout.load().save(first, main, centre, true);

            Stage second = new Stage();
            SplitPane main2 = split(3);
            SplitPane centre2 = split(2);
            second.setScene(new Scene(new Pane(main2, centre2), 800, 600));
            WindowLayout later = WindowLayout.load();
            later.restore(second, main2, centre2);
            restored[0] = second.getWidth();
            restored[1] = second.getHeight();
            restored[2] = second.getX();
            restored[3] = main2.getDividerPositions()[0];
            restored[4] = main2.getDividerPositions()[1];
            table[0] = later.tableOpen();
        });
        assertEquals(1100, restored[0]);
        assertEquals(700, restored[1]);
        assertEquals(40, restored[2]);
        assertEquals(0.22, restored[3], 1e-6);
        assertEquals(0.61, restored[4], 1e-6);
        assertTrue(table[0]);
    }

    @Test
    void keepsBookmarksByName() {
        Bookmarks.load().put(new Bookmarks.Bookmark("Loop", 41.8781, -87.6298, 14.5));
        Bookmarks.load().put(new Bookmarks.Bookmark("airport", 41.9742, -87.9073, 12));
        List<Bookmarks.Bookmark> all = Bookmarks.load().list();
        assertEquals(
                List.of("airport", "Loop"),
                all.stream().map(Bookmarks.Bookmark::name).toList());
        assertEquals(14.5, all.get(1).zoom(), 1e-9);
        assertEquals(-87.6298, all.get(1).lon(), 1e-7);
        Bookmarks.load().remove("airport");
        assertEquals(
                List.of("Loop"),
                Bookmarks.load().list().stream().map(Bookmarks.Bookmark::name).toList(),
                "a deleted bookmark is gone for good");
    }

    private static SplitPane split(int panes) {
        SplitPane s = new SplitPane();
        for (int i = 0; i < panes; i++) {
            s.getItems().add(new Pane());
        }
        return s;
    }
}
