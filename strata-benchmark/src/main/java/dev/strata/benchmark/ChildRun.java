package dev.strata.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Starts one child (a fresh JVM running a tool's runner, or psql), waits for it and times the whole process
 * from outside. Its output goes to files, so the harness does no work while the child runs.
 */
final class ChildRun {

    private final List<String> jvmArgs;
    private final long timeoutSeconds;
    private final Path logs;
    /** Made on first use by a {@link Tool#STRATA_LAUNCHER} run. */
    private LauncherImage launcher;
    private String launcherProblem;

    /** A further figure on a child's stdout: {@code name=number}. */
    private static final Pattern FIGURE = Pattern.compile("[a-z0-9_]+=-?[0-9]+(\\.[0-9]+)?");

    ChildRun(List<String> jvmArgs, long timeoutSeconds, Path logs) {
        this.jvmArgs = List.copyOf(jvmArgs);
        this.timeoutSeconds = timeoutSeconds;
        this.logs = logs;
    }

    Measurement run(Tool tool, Scenario scenario, int n, int run, DbUrl db, Path workload) {
        String name = scenario.label() + "-" + n + "-" + tool.label() + "-" + run;
        List<String> command;
        try {
            command = command(tool, scenario, db, workload);
        } catch (IllegalStateException e) {
            return failed(tool, scenario, n, "", run, 0, e.getMessage());
        }
        return execute(tool, scenario, n, "", run, name, command, db.password());
    }

    /**
     * A schema scenario's run: {@code <runner> <scenario> <url>…} in a fresh JVM, with {@code extraJvmArgs}
     * after the harness-wide ones (so that a scenario's own {@code -Xmx} wins).
     */
    Measurement runSchema(Tool tool, Scenario scenario, int n, String variant, int run, List<String> extraJvmArgs,
                          List<DbUrl> dbs) {
        String name = scenario.label() + "-" + n + "-" + variant + "-" + tool.label() + "-" + run;
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmArgs);
        command.addAll(extraJvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), tool.schemaRunner().getName(),
                scenario.label()));
        dbs.forEach(db -> command.add(db.strataUrl()));
        return execute(tool, scenario, n, variant, run, name, command, dbs.get(0).password());
    }

    private Measurement execute(Tool tool, Scenario scenario, int n, String variant, int run, String name,
                                List<String> command, String password) {
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        if (!password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        try {
            long start = System.nanoTime();
            Process process = builder.start();
            boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
            double wallMs = (System.nanoTime() - start) / 1e6;
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return failed(tool, scenario, n, variant, run, wallMs, "timed out after " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                return failed(tool, scenario, n, variant, run, wallMs,
                        "exit " + process.exitValue() + ": " + head(err));
            }
            double work = Double.NaN;
            double cpu = Double.NaN;
            Map<String, Double> figures = new LinkedHashMap<>();
            for (String line : Files.readAllLines(out)) {
                if (line.startsWith(RunnerSupport.WORK_MS)) {
                    work = Double.parseDouble(line.substring(RunnerSupport.WORK_MS.length()));
                } else if (line.startsWith(RunnerSupport.CPU_MS)) {
                    cpu = Double.parseDouble(line.substring(RunnerSupport.CPU_MS.length()));
                } else if (FIGURE.matcher(line).matches()) {
                    int eq = line.indexOf('=');
                    figures.put(line.substring(0, eq), Double.parseDouble(line.substring(eq + 1)));
                }
            }
            if (tool.runner() != null && Double.isNaN(work)) {
                return failed(tool, scenario, n, variant, run, wallMs,
                        "no " + RunnerSupport.WORK_MS + " line in " + out);
            }
            return new Measurement(tool, scenario, n, variant, run, wallMs, work, cpu, figures, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + tool.label(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private List<String> command(Tool tool, Scenario scenario, DbUrl db, Path workload) {
        Path dir = workload.resolve(tool.layout());
        List<String> command = new ArrayList<>();
        if (tool.runner() == null) {
            command.addAll(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-1",
                    "-h", db.host(), "-p", String.valueOf(db.port()), "-U", db.user(), "-d", db.database(),
                    "-f", dir.resolve(WorkloadWriter.FLOOR_ALL).toString()));
            return command;
        }
        command.add(java());
        command.addAll(jvmArgs);
        if (tool == Tool.STRATA_LAUNCHER) {
            if (launcherProblem != null) {
                throw new IllegalStateException(launcherProblem);
            }
            if (launcher == null) {
                try {
                    launcher = LauncherImage.prepare(logs, timeoutSeconds);
                } catch (IllegalStateException e) {
                    launcherProblem = e.getMessage();
                    throw e;
                }
            }
            command.addAll(launcher.jvmArguments());
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        }
        command.addAll(List.of(tool.runner().getName(), scenario.label(), db.strataUrl(), dir.toString()));
        return command;
    }

    /** This JVM's java, which every child runs on. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Measurement failed(Tool tool, Scenario scenario, int n, String variant, int run, double wallMs,
                                      String why) {
        return new Measurement(tool, scenario, n, variant, run, wallMs, Double.NaN, Double.NaN, Map.of(), why);
    }

    /** The first lines of stderr: the exception and its message, or psql's error. */
    private static String head(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> first = lines.subList(0, Math.min(lines.size(), 8));
        return first.isEmpty() ? "(no stderr)" : String.join("\n    ", first);
    }
}
