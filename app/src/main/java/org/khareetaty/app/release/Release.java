package org.khareetaty.app.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * This build of the program: the Maven project version and the git commit it was built from, read
 * from the resource {@value #RESOURCE} that the build writes (the same in the jar of {@code ./khareetaty},
 * the installed app image and the test classes).
 *
 * @param version the Maven project version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit the abbreviated git commit, or {@value #UNKNOWN_COMMIT} when the build ran outside a git checkout
 */
public record Release(String version, String commit) {
    /** The resource the build writes, beside this class. */
    public static final String RESOURCE = "build.properties";
    /** The commit of a build made outside a git checkout (e.g. from a source archive). */
    public static final String UNKNOWN_COMMIT = "unknown";

    private static final Release CURRENT = read();

    /** This build. */
    public static Release current() {
        return CURRENT;
    }

    /** The program's name, version and commit, e.g. {@code Khareetaty Workstation 0.1.0-SNAPSHOT (commit 8e31391c0a)}. */
    public String describe() {
        return "Khareetaty Workstation " + version + " (commit " + commit + ")";
    }

    private static Release read() {
        Properties p = new Properties();
        try (InputStream in = Release.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the build did not write " + RESOURCE + " beside " + Release.class);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String commit = p.getProperty("commit", "");
        return new Release(p.getProperty("version"), commit.isBlank() ? UNKNOWN_COMMIT : commit);
    }
}
