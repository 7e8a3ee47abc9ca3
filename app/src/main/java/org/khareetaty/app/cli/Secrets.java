package org.khareetaty.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.khareetaty.core.error.KhareetatyException;

/**
 * A secret (a feed token, a keystore password) from a file, the environment or, with a warning, the
 * command line: an argument shows in {@code ps} and the shell's history to anyone on the machine.
 */
public final class Secrets {
    private Secrets() {}

    /**
     * The secret of {@code option}: the first line of {@code file} when given, else {@code onCommandLine}
     * (with a warning on standard error), else the environment variable {@code env}; null when none.
     * An empty secret is a usage error.
     */
    public static String read(String option, String onCommandLine, Path file, String env) {
        if (file != null && onCommandLine != null) {
            throw Arguments.usage("give " + option + " or " + option + "-file, not both");
        }
        String secret;
        String from;
        if (file != null) {
            secret = firstLine(file);
            from = file.toString();
        } else if (onCommandLine != null) {
            System.err.println("warning: " + option + " on the command line shows in the process list (ps) and the"
                    + " shell's history: use " + option + "-file FILE or $" + env);
            secret = onCommandLine;
            from = option;
        } else {
            secret = System.getenv(env);
            from = "$" + env;
        }
        if (secret != null && secret.isBlank()) {
            throw Arguments.usage(from + " is empty: an empty secret protects nothing");
        }
        return secret;
    }

    private static String firstLine(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return (end < 0 ? text : text.substring(0, end)).strip();
        } catch (IOException e) {
            throw new KhareetatyException("Cannot read the secret in " + file + ": " + FailureReport.describe(e), e);
        }
    }
}
