package org.khareetaty.app.cli;

import java.util.concurrent.Callable;
import org.khareetaty.core.store.DuplicateRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code khareetaty duplicates export}: the rows counted as duplicates, each beside the record it repeats. */
@Command(
        name = "duplicates",
        mixinStandardHelpOptions = true,
        description = "Rows counted as duplicates.",
        subcommands = DuplicatesCommand.Export.class)
final class DuplicatesCommand {

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Write the rows counted as duplicates (import, file, line number, raw line) as CSV, each with the "
                        + "loaded incident it duplicated (its import, file, line, id, case number, time, offense, "
                        + "block and place).",
                "How two records are found the same is in docs/import.md (duplicates)."
            })
    static final class Export implements Callable<Integer> {
        @Mixin
        StoreOption store;

        @Mixin
        RowsExportOptions rows;

        @Override
        public Integer call() throws Exception {
            return RejectedCommand.write(
                    store, rows.out, "duplicate rows", (s, w) -> DuplicateRows.export(s, rows.importId, w));
        }
    }
}
