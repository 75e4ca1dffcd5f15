package dev.strata.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The shared shape of every child: {@code <Tool>Runner <scenario> <url> <dir>}. It silences logging, times
 * the tool's work in-JVM, prints {@code work_ms=…} and {@code cpu_ms=…} (whole-process CPU, JVM start
 * included) on stdout, then any further figures as {@code name=value}, and exits 0; on failure it prints the stack trace and exits 1. The harness times the
 * whole process from outside.
 */
final class RunnerSupport {

    static final String WORK_MS = "work_ms=";
    static final String CPU_MS = "cpu_ms=";

    private static final Map<String, Double> FIGURES = new LinkedHashMap<>();

    @FunctionalInterface
    interface Work {
        void run(Scenario scenario, DbUrl db, Path dir) throws Exception;
    }

    private RunnerSupport() {
    }

    static void main(String runner, String[] args, Work work) {
        if (args.length != 3) {
            System.err.println("usage: " + runner + " apply|uptodate|status postgresql://user@host:port/db DIR");
            System.exit(2);
        }
        Scenario scenario = Scenario.parse(args[0]);
        DbUrl db = DbUrl.parse(args[1]);
        Path dir = Path.of(args[2]);
        time(() -> work.run(scenario, db, dir));
    }

    /** A child's timed call, for runners whose arguments differ from {@link #main}'s. */
    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    /**
     * Times {@code call}, then prints {@code work_ms=…}, {@code cpu_ms=…} and every figure the call recorded with
     * {@link #figure}, and exits 0; on any failure (a {@code StackOverflowError} or an {@code OutOfMemoryError}
     * included) prints the stack trace and exits 1.
     */
    static void time(Call call) {
        quietLogging();
        long start = System.nanoTime();
        try {
            call.run();
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        long nanos = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "%s%.1f%n", WORK_MS, nanos / 1e6);
        Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(null);
        if (cpu != null) {
            System.out.println(CPU_MS + cpu.toMillis());
        }
        FIGURES.forEach((name, value) -> System.out.printf(Locale.ROOT, "%s=%.1f%n", name, value));
        System.out.flush();
        System.exit(0);
    }

    /**
     * Records one more figure of the run ({@code name} in lower case, digits and {@code _}), printed as
     * {@code name=value} after {@code work_ms} and {@code cpu_ms} and reported by the harness.
     */
    static void figure(String name, double value) {
        if (!name.matches("[a-z0-9_]+") || name.equals("work_ms") || name.equals("cpu_ms")) {
            throw new IllegalArgumentException("bad figure name '" + name + "'");
        }
        FIGURES.put(name, value);
    }

    /** Milliseconds since {@code startNanos}. */
    static double msSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** Flyway, Liquibase and pgjdbc all log through java.util.logging here: keep warnings, drop the chatter. */
    private static void quietLogging() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
    }
}
