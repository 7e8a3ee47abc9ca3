package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.testing.SharedData;

/** {@code import --watch DIR}: dropped files are imported and moved to archive/ or failed/ with a reason. */
class WatchFolderTest {
    @TempDir
    Path dir;

    @Test
    void archivesImportedFilesAndExplainsFailedOnes() throws Exception {
        Path staging = Files.createDirectories(dir.resolve("staging"));
        Files.copy(SharedData.file("chicago/crimes_2017_2019_sample25k.csv.gz"), staging.resolve("crimes.csv.gz"));
        Files.writeString(staging.resolve("garbage.csv"), "what,is,this\n1,2,3\n");
        Files.writeString(staging.resolve("notes.txt"), "not an incident file");
        Cli.Run r = Cli.run(
                "import", "--store", dir.resolve("store").toString(), "--watch", staging.toString(), "--once", "-q");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(Files.exists(staging.resolve("archive/crimes.csv.gz")));
        assertTrue(Files.exists(staging.resolve("failed/garbage.csv")));
        String reason = Files.readString(staging.resolve("failed/garbage.csv.reason"));
        assertTrue(reason.contains("garbage.csv") && reason.contains("no profile recognises"), reason);
        assertTrue(Files.exists(staging.resolve("notes.txt")), "other files are left alone");
        assertTrue(r.out().contains("read 25,000"), r.out());
    }

    @Test
    void doesNotFollowSymbolicLinksAndKeepsReasonsToTheOwner() throws Exception {
        Path staging = Files.createDirectories(dir.resolve("staging"));
        Path outside = Files.writeString(dir.resolve("secret.csv"), "what,is,this\n1,2,3\n");
        Files.createSymbolicLink(staging.resolve("link.csv"), outside);
        Files.writeString(staging.resolve("garbage.csv"), "what,is,this\n1,2,3\n");
        Cli.Run r = Cli.run(
                "import", "--store", dir.resolve("store").toString(), "--watch", staging.toString(), "--once", "-q");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(Files.isSymbolicLink(staging.resolve("link.csv")), "the link is left where it was");
        assertTrue(Files.exists(outside), "the file it points to is neither read nor moved");
        assertTrue(!Files.exists(staging.resolve("failed/link.csv"))
                && !Files.exists(staging.resolve("archive/link.csv")));
        assertEquals(
                "rw-------",
                java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(staging.resolve("failed/garbage.csv.reason"))));

        Files.delete(staging.resolve("archive"));
        Files.createSymbolicLink(staging.resolve("archive"), Files.createDirectories(dir.resolve("elsewhere")));
        Cli.Run linked = Cli.run(
                "import", "--store", dir.resolve("store").toString(), "--watch", staging.toString(), "--once", "-q");
        assertEquals(1, linked.exit(), linked.out() + linked.err());
        assertTrue(linked.err().contains(staging.resolve("archive") + " is a symbolic link"), linked.err());
    }
}
