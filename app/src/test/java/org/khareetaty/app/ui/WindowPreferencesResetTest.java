package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.khareetaty.app.ui.settings.WindowLayout;

/**
 * The window tests' layout is forgotten between tests ({@link WindowPreferencesReset}, registered
 * by auto-detection): a test that leaves the window resized with the attribute table open does not
 * hand that layout to the next. Fails with {@code -Djunit.jupiter.extensions.autodetection.enabled=false}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WindowPreferencesResetTest {
    @Test
    @Order(1)
    void aTestLeavesTheWindowResizedWithTheTableOpen() throws Exception {
        Preferences window = Preferences.userRoot().node(WindowPreferencesReset.NODE);
        window.putBoolean("tableOpen", true);
        window.putDouble("width", 700);
        window.flush();
        assertTrue(Preferences.userRoot().node(WindowPreferencesReset.NODE).getBoolean("tableOpen", false));
    }

    @Test
    @Order(2)
    void theNextTestOpensTheWindowAtItsDefaultLayout() throws Exception {
        assertEquals(
                0,
                Preferences.userRoot().node(WindowPreferencesReset.NODE).keys().length,
                "the layout left by the test before");
        String before = System.getProperty("khareetaty.prefs");
        System.setProperty("khareetaty.prefs", "khareetaty-ui-tests");
        try {
            assertFalse(WindowLayout.load().tableOpen(), "the attribute table closed");
            assertEquals(1600, WindowLayout.root().node("window").getDouble("width", 1600));
        } finally {
            if (before == null) {
                System.clearProperty("khareetaty.prefs");
            } else {
                System.setProperty("khareetaty.prefs", before);
            }
        }
    }
}
