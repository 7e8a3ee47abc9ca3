package org.khareetaty.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StorePassphrase;
import org.khareetaty.geo.KuwaitGovernorates;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window on an encrypted store asks for its passphrase, says when it is wrong, and opens with the right one. */
class EncryptedStoreWindowTest {
    @TempDir
    Path dir;

    @Test
    void asksForThePassphraseUntilTheStoreOpens() throws Exception {
        Path store = dir.resolve("encrypted");
        try (Store s = Store.open(store, StorePassphrase.of("a long passphrase".toCharArray()))) {
            KuwaitGovernorates.load(s, ProgressListener.NONE); // a store with a map to show
        }
        System.setProperty("khareetaty.prefs", "khareetaty-ui-tests");
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkstationWindow[] w = new WorkstationWindow[1];
        FxToolkit.setupFixture(() -> {
            w[0] = new WorkstationWindow(stage, store, false);
            stage.setWidth(1200);
            stage.setHeight(800);
            stage.show();
        });
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#passphrase").tryQuery().isPresent());

        robot.clickOn("#passphrase").write("not the passphrase");
        robot.clickOn("#passphrase-open");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("#passphrase-problem").tryQuery().isPresent()
                        && !robot.lookup("#passphrase-problem")
                                .queryAs(Label.class)
                                .getText()
                                .isEmpty());
        String problem =
                robot.lookup("#passphrase-problem").queryAs(Label.class).getText();
        assertTrue(problem.endsWith("the passphrase is wrong."), problem);

        robot.clickOn("#passphrase").write("a long passphrase");
        robot.clickOn("#passphrase-open");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> w[0].ready().get());
        assertEquals(store, w[0].tasks().store().dir());
        FxToolkit.cleanupStages(); // closes the window, and with it the store
        WaitForAsyncUtils.waitForFxEvents();
    }
}
