package org.khareetaty.app.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.khareetaty.core.store.RejectedRows;
import org.khareetaty.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code khareetaty rejected export}: rejected rows as CSV for the records clerk. */
@Command(
        name = "rejected",
        mixinStandardHelpOptions = true,
        description = "Rejected rows.",
        subcommands = RejectedCommand.Export.class)
final class RejectedCommand {

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Write rejected rows (import, file, line number, reason, message, raw line) as CSV.")
    static final class Export implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Mixin
        RowsExportOptions rows;

        @Override
        public Integer call() throws Exception {
            return write(store, rows.out, "rejected rows", (s, w) -> RejectedRows.export(s, rows.importId, w));
        }
    }

    /** Writes rows of the store as CSV. */
    interface Rows {
        /** Writes the rows; returns how many. */
        long export(Store store, Writer out) throws Exception;
    }

    /** Writes {@code rows} to {@code out}, or to standard output when it is null, and says how many. */
    static int write(StoreOption store, Path out, String what, Rows rows) throws Exception {
        try (Store s = store.open();
                Writer w = out == null
                        ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                        : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            long n = rows.export(s, w);
            if (out != null) {
                System.err.println(n + " " + what + " written to " + out);
            }
        }
        return 0;
    }
}
