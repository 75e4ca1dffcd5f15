package dev.strata.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** The {@code strata} command. */
public final class Main {
    /** Held so that its level is not lost when the logging framework drops unreferenced loggers. */
    private static final java.util.logging.Logger PGJDBC_LOGGER = java.util.logging.Logger.getLogger("org.postgresql");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command with the process's streams, environment and working directory; returns the exit code. */
    public static int run(String... args) {
        Preload.start();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(out, err, System.getenv(), Path.of("").toAbsolutePath(), onTerminal(System.getenv()), args);
    }

    /** Runs one command with the given streams, environment and working directory: how the tests drive it. */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDir, String... args) {
        return run(out, err, environment, workingDir, false, args);
    }

    /**
     * Runs one command with the given streams, environment and working directory; {@code terminal} says whether
     * {@code err} is a terminal (progress is then a bar redrawn in place rather than lines).
     */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDir, boolean terminal,
                          String... args) {
        quietDrivers(java.util.Arrays.asList(args).contains("-v") || java.util.Arrays.asList(args).contains("--verbose"));
        StrataCommand root = new StrataCommand(new Environment(environment, workingDir, terminal));
        CommandLine commandLine = new CommandLine(root);
        StrataCommand.addCommands(commandLine, args);
        commandLine.setOut(out)
                .setErr(err)
                .setUnmatchedOptionsArePositionalParams(true) // `strata downgrade -1`: a negative step is a target
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ExitCodes.Handler(root))
                .setParameterExceptionHandler(new ExitCodes.UsageHandler());
        int code;
        try {
            code = commandLine.execute(args);
        } finally {
            root.release();
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Drivers report failures to Strata, which says them once, in one line; their own console logging stays off unless -v. */
    private static void quietDrivers(boolean verbose) {
        System.setProperty("mariadb.logging.disable", Boolean.toString(!verbose));
        PGJDBC_LOGGER.setLevel(verbose ? java.util.logging.Level.INFO : java.util.logging.Level.OFF);
    }

    /** A console that is not a dumb terminal; Java 17 cannot ask about stderr alone, so this asks about the console. */
    private static boolean onTerminal(Map<String, String> variables) {
        return System.console() != null && !"dumb".equals(variables.get("TERM"));
    }

    /** The process's surroundings, passed in so tests can set them; {@code terminal}: whether stderr is a terminal. */
    public record Environment(Map<String, String> variables, Path workingDir, boolean terminal) {
        public Environment(Map<String, String> variables, Path workingDir) {
            this(variables, workingDir, false);
        }
    }
}
