package org.khareetaty.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command-line program in-process and captures what it prints. */
final class Cli {
    /** Exit code and the text printed on standard output and standard error. */
    record Run(int exit, String out, String err) {}

    /** Reads what a command prints with {@code --json}, and the JSON files it writes. */
    static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {}

    /** What {@code args} print on standard output; a non-zero exit fails the test, naming the command and output. */
    static String ok(String... args) {
        Run r = run(args);
        assertEquals(0, r.exit(), () -> String.join(" ", args) + "\n" + r.out() + r.err());
        return r.out();
    }

    /** What {@code args} (with {@code --json}) print, read as JSON; a non-zero exit fails as {@link #ok} does. */
    static JsonNode json(String... args) throws IOException {
        return JSON.readTree(ok(args));
    }

    static synchronized Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Khareetaty.run(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
