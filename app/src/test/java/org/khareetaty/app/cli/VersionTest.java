package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.khareetaty.app.release.Release;

class VersionTest {
    @Test
    void printsTheReleaseAndTheJavaRuntime() {
        Cli.Run run = Cli.run("--version");
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().split("\\R");
        assertEquals(Release.current().describe(), lines[0]);
        assertTrue(lines[1].startsWith("Java " + System.getProperty("java.runtime.version")), lines[1]);
        assertTrue(lines[1].endsWith(" at " + System.getProperty("java.home")), lines[1]);
    }
}
