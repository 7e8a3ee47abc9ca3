package org.khareetaty.app.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReleaseTest {
    @Test
    void theVersionIsTheMavenProjectVersion() {
        String expected = System.getProperty("khareetaty.build.version");
        assumeTrue(expected != null, "run by Maven, which passes the project version");
        assertEquals(expected, Release.current().version());
    }

    @Test
    void theCommitIsTheCheckoutsHead() throws IOException, InterruptedException {
        String head = gitHead();
        assumeTrue(head != null, "not a git checkout, or no git on this machine");
        String commit = Release.current().commit();
        assertTrue(commit.matches("[0-9a-f]{10}"), commit);
        assertTrue(head.startsWith(commit), "commit " + commit + ", HEAD " + head);
    }

    @Test
    void describesNameVersionAndCommit() {
        assertEquals("Khareetaty Workstation 1.2.0 (commit 0123456789)", new Release("1.2.0", "0123456789").describe());
    }

    private static String gitHead() throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .directory(Path.of(".").toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException noGit) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.waitFor() == 0 && !out.isEmpty() ? out : null;
    }
}
