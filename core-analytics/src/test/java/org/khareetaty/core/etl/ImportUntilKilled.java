package org.khareetaty.core.etl;

import java.nio.file.Path;
import org.khareetaty.core.progress.Progress;
import org.khareetaty.core.progress.ProgressListener;
import org.khareetaty.core.store.Store;

/**
 * The child process of {@link KillDuringImportTest}: imports a file into a store and prints the
 * rows read at every progress update, slowly, so the parent can kill it mid-import.
 * Arguments: store directory, file.
 */
public final class ImportUntilKilled {
    private ImportUntilKilled() {}

    public static void main(String[] args) throws InterruptedException {
        Store store = Store.open(Path.of(args[0]));
        ProgressListener slow = new ProgressListener() {
            @Override
            public void update(Progress p) {
                System.out.println(p.items());
                System.out.flush();
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ImportResult r = new Importer(store).importFile(Path.of(args[1]), ImportOptions.defaults(), slow);
        System.out.println("complete " + r.counts());
        store.close();
    }
}
