package org.khareetaty.core.etl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.khareetaty.core.progress.ProgressListener;

/**
 * A staging folder, as the original platform had: files dropped into it are imported, then moved
 * to {@code archive/} or, when the import fails, to {@code failed/} beside a {@code .reason} file.
 * A file is taken only once its size has stayed the same for one scan, so a file still being
 * copied in is not read half-written.
 *
 * <p>Symbolic links are not followed: a link dropped in the folder is left alone (whoever may write
 * the folder could otherwise make the importer read, and move, any file the analyst can read), and
 * an {@code archive/} or {@code failed/} that is a link is refused. A {@code .reason} file quotes
 * the rejected file, so only its owner may read it.
 */
public final class WatchFolder {
    /** What happened to one dropped file. */
    public record Outcome(Path file, Path movedTo, ImportResult result, String failure) {}

    private final Importer importer;
    private final Path dir;
    private final ImportOptions options;
    private final Map<Path, Long> lastSize = new HashMap<>();

    public WatchFolder(Importer importer, Path dir, ImportOptions options) {
        this.importer = importer;
        this.dir = dir;
        this.options = options;
    }

    /** One scan: imports every file that has stopped growing, and reports each outcome. */
    public void scan(ProgressListener progress, Consumer<Outcome> report) throws IOException {
        destinations();
        for (Path file : candidates()) {
            long size = Files.size(file);
            Long before = lastSize.put(file, size);
            if (before == null || before != size) {
                continue;
            }
            lastSize.remove(file);
            report.accept(importOne(file, progress));
        }
    }

    /** Imports whatever is in the folder now, without waiting for files to settle. */
    public void drain(ProgressListener progress, Consumer<Outcome> report) throws IOException {
        destinations();
        for (Path file : candidates()) {
            report.accept(importOne(file, progress));
        }
    }

    /** Scans every {@code intervalMillis} until the thread is interrupted. */
    public void watch(long intervalMillis, ProgressListener progress, Consumer<Outcome> report) throws IOException {
        while (!Thread.currentThread().isInterrupted()) {
            scan(progress, report);
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Makes {@code archive/} and {@code failed/}; refuses either when it is a symbolic link. */
    private void destinations() throws IOException {
        for (String folder : List.of("archive", "failed")) {
            Path d = dir.resolve(folder);
            if (Files.isSymbolicLink(d)) {
                throw new IOException(
                        d + " is a symbolic link: the watch folder does not follow links; " + "make it a folder");
            }
            Files.createDirectories(d);
        }
    }

    private List<Path> candidates() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(WatchFolder::isIncidentFile)
                    .sorted()
                    .toList();
        }
    }

    private static boolean isIncidentFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".csv") || n.endsWith(".csv.gz"));
    }

    private Outcome importOne(Path file, ProgressListener progress) throws IOException {
        try {
            ImportResult r = importer.importFile(file, options, progress);
            return new Outcome(file, move(file, "archive"), r, null);
        } catch (ImportException e) {
            Path moved = move(file, "failed");
            Path reason = moved.resolveSibling(moved.getFileName() + ".reason");
            Files.deleteIfExists(reason);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        reason, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(reason, e.getMessage() + System.lineSeparator(), StandardCharsets.UTF_8);
            return new Outcome(file, moved, null, e.getMessage());
        }
    }

    private Path move(Path file, String folder) throws IOException {
        Path target = dir.resolve(folder).resolve(file.getFileName());
        int n = 1;
        while (Files.exists(target)) {
            target = dir.resolve(folder).resolve(n++ + "-" + file.getFileName());
        }
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
