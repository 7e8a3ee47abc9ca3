package org.khareetaty.app.cli;

import org.khareetaty.app.release.Release;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code khareetaty --version}: the program's version and git commit ({@link Release}), and the Java
 * runtime it runs on (the installed program carries its own, so IT can see which one answered).
 */
final class ReleaseVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            Release.current().describe(),
            "Java " + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + ") at "
                    + System.getProperty("java.home")
        };
    }
}
