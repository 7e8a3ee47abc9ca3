package org.khareetaty.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of an export of an import's rows ({@code rejected export}, {@code duplicates export}). */
final class RowsExportOptions {
    @Option(names = "--import", paramLabel = "ID", description = "Only this import (default: every completed import).")
    Long importId;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "Output CSV (default: standard output).")
    Path out;
}
