package dev.strata.cli;

import dev.strata.core.error.BadInputException;
import dev.strata.core.error.DatabaseException;
import dev.strata.core.error.StrataException;
import dev.strata.runtime.config.DatabaseUrl;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The one place where errors become exit codes and one-line messages. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The check ran and found something: lint errors, drift, a difference, a failed test. */
    public static final int FOUND = 1;
    /** Bad input: usage, config, a malformed or inconsistent migrations directory, an unknown target. */
    public static final int BAD_INPUT = 2;
    /** The database refused or could not be reached. */
    public static final int DATABASE = 3;
    /** A bug in Strata itself (not in the contract's 0–3; distinct so scripts never mistake it for a finding). */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }

    public static int of(Throwable error) {
        if (error instanceof BadInputException || error instanceof ParameterException) {
            return BAD_INPUT;
        }
        if (error instanceof DatabaseException) {
            return DATABASE;
        }
        if (error instanceof UncheckedIOException) {
            return BAD_INPUT;
        }
        return INTERNAL;
    }

    /** One line: what is wrong, and how to mend it; never a password. */
    public static String message(Throwable error) {
        String text;
        if (error instanceof StrataException strata) {
            text = strata.hint() == null ? strata.getMessage() : strata.getMessage() + "; " + strata.hint();
        } else if (error instanceof UncheckedIOException io) {
            text = "cannot read or write a file: " + io.getCause().getMessage();
        } else {
            text = "internal error: " + error + " (run with -v for the stack trace, and please report it)";
        }
        return "error: " + DatabaseUrl.redact(text.replace('\n', ' '));
    }

    /** Prints errors thrown by commands. */
    static final class Handler implements IExecutionExceptionHandler {
        private final StrataCommand root;

        Handler(StrataCommand root) {
            this.root = root;
        }

        @Override
        public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            err.println(message(error));
            if (root.global().verbose()) {
                StringWriter trace = new StringWriter();
                error.printStackTrace(new PrintWriter(trace));
                err.print(DatabaseUrl.redact(trace.toString()));
            }
            err.flush();
            return of(error);
        }
    }

    /** Usage errors: one line and where to read more, exit 2. */
    static final class UsageHandler implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException error, String[] args) {
            CommandLine cmd = error.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("error: " + DatabaseUrl.redact(error.getMessage()) + "; see `" + cmd.getCommandSpec().qualifiedName() + " --help`");
            err.flush();
            return BAD_INPUT;
        }
    }
}
