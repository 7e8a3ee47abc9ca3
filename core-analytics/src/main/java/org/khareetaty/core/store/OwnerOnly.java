package org.khareetaty.core.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A store's folder and file readable by their owner only: the folders a store creates are made
 * 0700 and its database file is set to 0600 when the store opens, whatever the umask, so other
 * users of the machine cannot read the incidents. A folder that was there before (the analyst's own
 * choice of {@code --store}) keeps its permissions. Nothing is done on a file system without POSIX
 * permissions.
 */
final class OwnerOnly {
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {}

    /** Creates {@code dir} and its missing parents, each 0700. */
    static void createDirectories(Path dir) throws IOException {
        if (!POSIX || Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            return;
        }
        Files.createDirectories(
                dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    /** Sets {@code file} to 0600 when it exists. */
    static void restrict(Path file) {
        if (!POSIX || !Files.isRegularFile(file)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new StoreException(
                    "Cannot make the store file " + file + " readable by its owner only: " + e.getMessage(), e);
        }
    }
}
