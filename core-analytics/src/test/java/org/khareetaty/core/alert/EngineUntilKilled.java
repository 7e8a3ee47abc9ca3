package org.khareetaty.core.alert;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.khareetaty.core.event.Event;
import org.khareetaty.core.event.Received;
import org.khareetaty.core.store.Store;

/**
 * The child process of {@link KillDuringStreamTest}: processes the test stream into a store in
 * batches of 1 to 32 events (as the stream client hands them over under load) with
 * {@link AlertEngine#processAll(List, DecisionListener)}, and prints what it decided about each event
 * when the engine hands the batch over (once on disk, on its durability thread), as {@code khareetaty
 * alerts listen} does: one line per event, {@code seq eventId kind/alertId ...} ({@code -} without an
 * alert). Sleeps a millisecond after every batch, so the parent can kill it mid-stream. Prints {@code complete} at the end of the
 * stream. Arguments: store directory, stream seed, number of events, batch seed.
 */
public final class EngineUntilKilled {
    private EngineUntilKilled() {}

    public static void main(String[] args) throws InterruptedException {
        Store store = Store.open(Path.of(args[0]));
        // rows that wait a minute to be rewritten: at the kill, many alerts' rows are behind their stored events
        AlertEngine engine = AlertEngine.open(
                store, Stream.config(store, Stream.TEST_BUDGETS + "[writes]\nalert_row_ms = 60000.0\n"));
        List<Event> events = TestStream.events(Long.parseLong(args[1]), Integer.parseInt(args[2]));
        SplittableRandom batches = new SplittableRandom(Long.parseLong(args[3]));
        long resume = engine.lastProcessedSeq();
        List<Received> batch = new ArrayList<>();
        for (int i = 0; i < events.size(); ) {
            batch.clear();
            int size = 1 + batches.nextInt(32);
            for (; i < events.size() && batch.size() < size; i++) {
                if (events.get(i).seq() > resume) {
                    batch.add(new Received(events.get(i), Instant.now()));
                }
            }
            if (batch.isEmpty()) {
                continue;
            }
            engine.processAll(List.copyOf(batch), EngineUntilKilled::print);
            Thread.sleep(1);
        }
        engine.awaitDurable();
        System.out.println("complete");
        engine.close();
        store.close();
    }

    private static void print(List<Received> batch, List<List<AlertDecision>> decided) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < batch.size(); k++) {
            Event e = batch.get(k).event();
            out.append(e.seq()).append(' ').append(e.id());
            for (AlertDecision d : decided.get(k)) {
                out.append(' ')
                        .append(d.kind().wire())
                        .append('/')
                        .append(d.alertId() == null ? "-" : d.alertId().toString());
            }
            out.append('\n');
        }
        System.out.print(out);
        System.out.flush();
    }
}
