package org.khareetaty.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.khareetaty.core.store.Store;

/** Whether a folder chosen in File > New store or Open store will do, and if not, why (in words for the analyst). */
final class StoreFolder {
    private StoreFolder() {}

    /** Why {@code dir} holds no store to open, or empty when it does. */
    static Optional<String> forOpening(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.of(dir + " is not a folder (any more): choose a store's folder.");
        }
        if (!Files.isRegularFile(file(dir))) {
            return Optional.of(dir + " holds no Khareetaty store (no "
                    + file(dir).getFileName() + "): choose a store's folder, or make one with File > New store.");
        }
        return Optional.empty();
    }

    /** Why a new store cannot be made in {@code dir}, or empty when it can (the folder is empty or absent). */
    static Optional<String> forNewStore(Path dir) {
        if (Files.isRegularFile(file(dir))) {
            return Optional.of(dir + " holds a store already: open it with File > Open store.");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return Optional.of(dir + " is a file: choose or create an empty folder for the new store.");
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    return Optional.of(dir + " is not empty: choose or create an empty folder for the new store.");
                }
            } catch (IOException e) {
                return Optional.of("Cannot read " + dir + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    private static Path file(Path dir) {
        return dir.resolve(Store.DATABASE_NAME + ".mv.db");
    }
}
