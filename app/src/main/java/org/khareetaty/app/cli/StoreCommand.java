package org.khareetaty.app.cli;

import java.util.concurrent.Callable;
import org.khareetaty.core.store.Store;
import org.khareetaty.core.store.StorePassphrase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code khareetaty store}: the store itself; {@code store encrypt} encrypts it at rest (docs/security.md). */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        description = "The store itself: encrypt it at rest.",
        subcommands = StoreCommand.Encrypt.class)
final class StoreCommand {
    @Command(
            name = "encrypt",
            mixinStandardHelpOptions = true,
            description = {
                "Encrypt the store in place with H2's AES file cipher and a passphrase (--passphrase-file FILE,",
                "$" + Store.PASSPHRASE_ENV + ", or typed twice at the prompt). Every later command and the window",
                "need the passphrase. Limits: docs/security.md."
            })
    static final class Encrypt implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Override
        public Integer call() {
            StorePassphrase passphrase = passphrase();
            Store.encrypt(store.resolve(), passphrase);
            System.out.println("encrypted the store at " + store.resolve().toAbsolutePath()
                    + ": keep the passphrase safe, without it the store cannot be read");
            return 0;
        }

        private StorePassphrase passphrase() {
            String given = Secrets.read("--passphrase", null, store.passphraseFile, Store.PASSPHRASE_ENV);
            if (given != null) {
                return StorePassphrase.of(given.toCharArray());
            }
            java.io.Console console = System.console();
            if (console == null) {
                throw Arguments.usage(
                        "give the new passphrase with --passphrase-file FILE or $" + Store.PASSPHRASE_ENV);
            }
            char[] first = console.readPassword("New passphrase: ");
            char[] second = console.readPassword("The same again: ");
            try {
                if (first == null || !java.util.Arrays.equals(first, second)) {
                    throw Arguments.usage("the two passphrases differ");
                }
                return StorePassphrase.of(first);
            } finally {
                if (first != null) {
                    java.util.Arrays.fill(first, '\0');
                }
                if (second != null) {
                    java.util.Arrays.fill(second, '\0');
                }
            }
        }
    }
}
