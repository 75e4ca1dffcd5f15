package dev.strata.benchmark;

import dev.strata.core.lint.LintReport;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.config.LintConfig;
import dev.strata.runtime.lint.Lint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code strata lint} (static, no {@code --verify}) over the workload of design/benchmarks.md, each run a fresh JVM:
 * {@code work} is loading, parsing and judging the N migrations ({@code Lint.run}, PostgreSQL rules), {@code cli} the
 * whole command in-process ({@code strata lint -q}, no database given), {@code wall} the child process from outside.
 * No database is needed. Strata only: the incumbents have no linter of their kind.
 *
 * <pre>java -cp … dev.strata.benchmark.LintBenchmark [--n 1000,10000] [--runs 5]</pre>
 */
public final class LintBenchmark {
    private LintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].startsWith("child-")) {
            child(args[0], Path.of(args[1]));
            return;
        }
        List<Integer> sizes = List.of(1000);
        int runs = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--n" -> sizes = java.util.Arrays.stream(args[i + 1].split(",")).map(s -> Integer.parseInt(s.strip())).toList();
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--n 1000,10000 --runs 5)");
            }
        }
        System.out.println("| migrations | lint work, ms (median, min–max) | strata lint in-process, ms | child JVM wall, ms |");
        System.out.println("|---:|---:|---:|---:|");
        for (int n : sizes) {
            Path root = Files.createTempDirectory("strata-lint-bench");
            WorkloadWriter.write(root, n);
            Path dir = root.resolve(WorkloadWriter.STRATA);
            List<double[]> figures = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                figures.add(new double[]{child("child-work", dir, 0), child("child-cli", dir, 0), lastWall});
            }
            System.out.printf(Locale.ROOT, "| %,d | %s | %s | %s |%n", n, median(figures, 0), median(figures, 1), median(figures, 2));
        }
    }

    private static double lastWall;

    /** Runs one child JVM and returns its work_ms; its wall time goes to {@link #lastWall}. */
    private static double child(String kind, Path dir, int unused) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LintBenchmark.class.getName(), kind, dir.toString());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(kind + " failed:\n" + out);
        }
        lastWall = (System.nanoTime() - start) / 1e6;
        for (String line : out.split("\n")) {
            if (line.startsWith(RunnerSupport.WORK_MS)) {
                return Double.parseDouble(line.substring(RunnerSupport.WORK_MS.length()));
            }
        }
        throw new IllegalStateException(kind + " printed no " + RunnerSupport.WORK_MS + ":\n" + out);
    }

    private static void child(String kind, Path dir) {
        RunnerSupport.time(() -> {
            if (kind.equals("child-work")) {
                LintReport report = Lint.run(MigrationSet.load(dir), DatabaseKind.POSTGRES, LintConfig.DEFAULTS, null, dir);
                RunnerSupport.figure("findings", report.findings().size());
            } else {
                int exit = dev.strata.cli.Main.run("--dir", dir.toString(), "-q", "lint");
                if (exit > 1) {
                    throw new IllegalStateException("strata lint exited with " + exit);
                }
            }
        });
    }

    private static String median(List<double[]> figures, int column) {
        double[] values = figures.stream().mapToDouble(f -> f[column]).sorted().toArray();
        double median = values[values.length / 2];
        return String.format(Locale.ROOT, "%,.0f (%,.0f–%,.0f)", median, values[0], values[values.length - 1]);
    }
}
