package org.khareetaty.core.alert;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.store.Store;

/**
 * The child process of {@link KillDuringStreamTest}: processes the test stream into a store and
 * prints each event's sequence number once its decisions are stored, a little slowly, so the
 * parent can kill it mid-stream. Arguments: store directory, seed, number of events.
 */
public final class EngineUntilKilled {
    private EngineUntilKilled() {}

    public static void main(String[] args) throws InterruptedException {
        Store store = Store.open(Path.of(args[0]));
        // rows that wait a minute to be rewritten: at the kill, many alerts' rows are behind their stored events
        AlertEngine engine = AlertEngine.open(
                store, Stream.config(store, Stream.TEST_BUDGETS + "[writes]\nalert_row_ms = 60000.0\n"));
        List<Event> events = TestStream.events(Long.parseLong(args[1]), Integer.parseInt(args[2]));
        for (Event e : events) {
            if (e.seq() <= engine.lastProcessedSeq()) {
                continue;
            }
            engine.process(e, Instant.now());
            System.out.println(e.seq());
            System.out.flush();
            Thread.sleep(1);
        }
        System.out.println("complete");
        engine.close();
        store.close();
    }
}
