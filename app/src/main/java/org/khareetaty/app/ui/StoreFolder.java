package org.khareetaty.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.khareetaty.app.ui.i18n.Messages;
import org.khareetaty.core.store.Store;

/** Whether a folder chosen in File > New store or Open store will do, and if not, why (in words for the analyst). */
final class StoreFolder {
    private StoreFolder() {}

    /** Why {@code dir} holds no store to open, or empty when it does. */
    static Optional<String> forOpening(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.of(Messages.text("store.notFolder", dir));
        }
        if (!Files.isRegularFile(file(dir))) {
            return Optional.of(Messages.text("store.noStore", dir, file(dir).getFileName()));
        }
        return Optional.empty();
    }

    /** Why a new store cannot be made in {@code dir}, or empty when it can (the folder is empty or absent). */
    static Optional<String> forNewStore(Path dir) {
        if (Files.isRegularFile(file(dir))) {
            return Optional.of(Messages.text("store.exists", dir));
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return Optional.of(Messages.text("store.isFile", dir));
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    return Optional.of(Messages.text("store.notEmpty", dir));
                }
            } catch (IOException e) {
                return Optional.of(Messages.text("store.cannotRead", dir, e.getMessage()));
            }
        }
        return Optional.empty();
    }

    private static Path file(Path dir) {
        return dir.resolve(Store.DATABASE_NAME + ".mv.db");
    }
}
