package org.khareetaty.app.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./khareetaty} checks for GTK 3 before it starts the window: on a system whose library
 * cache has no libgtk-3.so.0 it names the Debian package to install and exits with 3, with no Java
 * stack trace (the check runs before the build and before Java).
 */
class LauncherGtkCheckTest {
    @Test
    void withoutGtk3TheLauncherNamesThePackageToInstall(@TempDir Path tmp) throws Exception {
        // an ldconfig whose cache holds no GTK: what a server install of Debian has
        Path ldconfig = tmp.resolve("ldconfig");
        Files.writeString(
                ldconfig,
                "#!/bin/sh\necho '2 libs found in cache'\necho '\tlibc.so.6 (libc6,x86-64) => /lib/libc.so.6'\n");
        Files.setPosixFilePermissions(ldconfig, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path launcher = Path.of("..", "khareetaty").toAbsolutePath().normalize();
        ProcessBuilder pb = new ProcessBuilder(
                "bash", launcher.toString(), "--store", tmp.resolve("store").toString());
        pb.environment().put("PATH", tmp + ":" + System.getenv("PATH"));
        pb.environment().remove("KHAREETATY_GTK_CHECK");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, p.exitValue(), out);
        assertTrue(out.contains("needs GTK 3 (libgtk-3.so.0)"), out);
        assertTrue(out.matches("(?s).*sudo apt-get install libgtk-3-0(t64)?\\n.*"), out);
        assertFalse(out.contains("Exception"), out);
        assertFalse(Files.exists(tmp.resolve("store")), "nothing started");
    }
}
