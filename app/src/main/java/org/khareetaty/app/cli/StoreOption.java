package org.khareetaty.app.cli;

import java.nio.file.Path;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every subcommand that touches the store. */
public final class StoreOption {
    @Option(
            names = "--store",
            paramLabel = "DIR",
            description = "Store directory (default: $KHAREETATY_STORE, else ~/.khareetaty).")
    Path dir;

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
        return Store.open(resolve());
    }

    /** The store, for a process that mostly writes the live stream ({@link Store#openForStream}). */
    public Store openForStream() {
        return Store.openForStream(resolve());
    }
}
