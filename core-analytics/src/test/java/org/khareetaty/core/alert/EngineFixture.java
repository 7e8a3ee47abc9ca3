package org.khareetaty.core.alert;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The class's store with the stream's tables emptied and a fresh {@link AlertEngine} before each
 * test, configured by the defaults plus {@link #config()}.
 */
abstract class EngineFixture extends StoreFixture {
    AlertEngine engine;
    final Stream s = new Stream();

    /** TOML laid over the bundled defaults for this class's engine ("" for none). */
    String config() {
        return "";
    }

    @BeforeEach
    void openEngine() {
        Stream.reset(store);
        engine = Stream.engine(store, config());
    }

    @AfterEach
    void closeEngine() {
        engine.close();
    }
}
