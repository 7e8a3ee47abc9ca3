package org.khareetaty.app.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Forgets the window layout the window tests share (the preference node {@value #NODE}: size,
 * position, dividers, whether the attribute table is open) before each test class and each test,
 * so a test that leaves a resized window or an open attribute table cannot break a later one
 * ("#category-property not visible"). The preferences live on disk, so they outlast a test's JVM.
 * Registered for every test of the app module by JUnit's extension auto-detection
 * ({@code junit-platform.properties}, {@code META-INF/services}); a test that checks what the window
 * remembers uses a node of its own ({@code WindowLayoutTest}).
 */
public final class WindowPreferencesReset implements BeforeAllCallback, BeforeEachCallback {
    /** The window tests' layout node: {@code khareetaty.prefs} of {@link WindowDriver}, then "window". */
    static final String NODE = "khareetaty-ui-tests/window";

    @Override
    public void beforeAll(ExtensionContext context) throws BackingStoreException {
        reset();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws BackingStoreException {
        reset();
    }

    /**
     * Clears the node's keys when it exists. The node itself stays: a window opened before a test
     * (in {@code @BeforeAll}) holds it and writes its layout there when it closes.
     */
    static void reset() throws BackingStoreException {
        Preferences root = Preferences.userRoot();
        if (root.nodeExists(NODE)) {
            Preferences window = root.node(NODE);
            window.clear();
            window.flush();
        }
    }
}
