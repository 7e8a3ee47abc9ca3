package org.khareetaty.core.alert;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.khareetaty.core.store.Store;

/** One real store per test class, in a temporary folder: opened before its first test, closed after its last. */
abstract class StoreFixture {
    @TempDir
    static Path tmp;

    static Store store;

    @BeforeAll
    static void openSharedStore() {
        store = Store.open(tmp.resolve("store"));
    }

    @AfterAll
    static void closeSharedStore() {
        store.close();
    }
}
