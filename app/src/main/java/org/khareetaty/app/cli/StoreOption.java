package org.khareetaty.app.cli;

import java.io.Console;
import java.nio.file.Path;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StorePassphrase;
import picocli.CommandLine.Option;

/**
 * The {@code --store DIR} option shared by every subcommand that touches the store, with the
 * passphrase of an encrypted store: {@code --passphrase-file FILE}, else
 * {@code $KHAREETATY_STORE_PASSPHRASE}, else asked at the terminal when the store is encrypted.
 */
public final class StoreOption {
    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "Store directory (default: $KHAREETATY_STORE, else ~/.khareetaty).")
    Path dir;

    @Option(
            names = "--passphrase-file",
            paramLabel = "FILE",
            description = "The passphrase of an encrypted store, on the first line of FILE " + "(default: $"
                    + Store.PASSPHRASE_ENV + ", else asked when the store is encrypted).")
    Path passphraseFile;

    public Path resolve() {
        if (dir != null) {
            return dir;
        }
        String env = System.getenv("KHAREETATY_STORE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".khareetaty");
    }

    public Store open() {
        return Store.open(resolve(), passphrase());
    }

    /** The store, for a process that mostly writes the live stream ({@link Store#openForStream}). */
    public Store openForStream() {
        return Store.openForStream(resolve(), passphrase());
    }

    /**
     * The passphrase given by file or environment; else, for an encrypted store, the one typed at
     * the terminal; else null (a store that is not encrypted).
     */
    public StorePassphrase passphrase() {
        String given = Secrets.read("--passphrase", null, passphraseFile, Store.PASSPHRASE_ENV);
        if (given != null) {
            return StorePassphrase.of(given.toCharArray());
        }
        return Store.encrypted(resolve())
                ? ask("Passphrase of the store at " + resolve().toAbsolutePath() + ": ")
                : null;
    }

    /** The passphrase typed at the terminal after {@code prompt}, not echoed. */
    static StorePassphrase ask(String prompt) {
        Console console = System.console();
        if (console == null) {
            throw Arguments.usage("the store is encrypted and there is no terminal to ask its passphrase at: "
                    + "give --passphrase-file FILE or $" + Store.PASSPHRASE_ENV);
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null) {
            throw Arguments.usage("no passphrase was typed");
        }
        try {
            return StorePassphrase.of(typed);
        } finally {
            java.util.Arrays.fill(typed, '\0');
        }
    }
}
