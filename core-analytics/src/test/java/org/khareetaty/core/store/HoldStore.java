package org.khareetaty.core.store;

import java.nio.file.Path;

/**
 * The child process of {@link StoreLockTest}: opens a store, says so, and holds it until its
 * standard input closes. Argument: store directory.
 */
public final class HoldStore {
    private HoldStore() {}

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println("open " + store.dir());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the store until the parent closes our input
            }
        }
    }
}
