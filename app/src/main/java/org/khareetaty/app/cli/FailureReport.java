package org.khareetaty.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import org.khareetaty.core.error.KhareetatyException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the command line reports a failure: one line, {@code error: } and the message (its control
 * characters escaped: it may quote a file or a feed, see {@link Terminal}), no stack trace,
 * and the README's exit code. A {@link KhareetatyException} returns its own code (1 for an input or
 * store error); a value a command or the core refuses ({@link IllegalArgumentException}) and a file
 * that cannot be read or written ({@link IOException}) are input errors (1); a command line
 * picocli cannot parse is a usage error (2), with the subcommand's {@code --help} to read. Anything
 * else is a defect: its stack trace is printed for the report.
 */
public final class FailureReport implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private FailureReport() {}

    /** Makes {@code cl} (and its subcommands) report failures this way; returns it. */
    public static CommandLine install(CommandLine cl) {
        FailureReport report = new FailureReport();
        return cl.setExecutionExceptionHandler(report).setParameterExceptionHandler(report);
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) throws Exception {
        PrintWriter err = cmd.getErr();
        if (e instanceof KhareetatyException k) {
            err.println("error: " + Terminal.safe(k.getMessage()));
            return k.exitCode();
        }
        if (e instanceof IllegalArgumentException) {
            err.println("error: " + Terminal.safe(e.getMessage()));
            return KhareetatyException.INPUT_ERROR;
        }
        IOException io = e instanceof UncheckedIOException u ? u.getCause() : e instanceof IOException i ? i : null;
        if (io != null) {
            err.println("error: " + Terminal.safe(describe(io)));
            return KhareetatyException.INPUT_ERROR;
        }
        throw e;
    }

    /** A file error as the analyst reads it: the JDK's own messages name only the file for the commonest three. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file or folder";
        }
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + ": exists already";
        }
        return e.getMessage();
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return KhareetatyException.USAGE_ERROR;
    }
}
