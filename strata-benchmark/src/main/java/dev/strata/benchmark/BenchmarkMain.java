package dev.strata.benchmark;

import dev.strata.benchmark.load.LoadBenchmark;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Runs Strata, Flyway, Liquibase and the floors on the workload of design/benchmarks.md, each figure a fresh
 * child JVM against its own database, and prints them side by side with their ratio to the fair floor; then
 * the schema scenarios (introspection, diff, heap), see {@link SchemaBenchmark}.
 * Runs are interleaved (run 1 of every tool, then run 2, …, starting each round with the next tool), so drift
 * on a shared machine spreads over all tools instead of landing on one.
 */
public final class BenchmarkMain {

    private final Options options;
    private final List<Tool> tools;
    private final List<Measurement> measurements = new ArrayList<>();
    private final String runId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);

    private BenchmarkMain(Options options, List<Tool> tools) {
        this.options = options;
        this.tools = tools;
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.print(Options.USAGE);
            return;
        }
        Options options;
        List<Tool> tools;
        try {
            options = Options.parse(args);
            tools = available(options);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        System.exit(new BenchmarkMain(options, tools).run());
    }

    /** psql is only a contender when it is installed; asking for it by name when it is not is an error. */
    private static List<Tool> available(Options options) {
        if (!options.tools().contains(Tool.PSQL) || psqlVersion() != null) {
            return options.tools();
        }
        if (options.toolsGiven()) {
            throw new IllegalArgumentException("psql is not on the PATH");
        }
        return options.tools().stream().filter(t -> t != Tool.PSQL).toList();
    }

    private int run() {
        Path root = createTempDirectory();
        Databases databases = new Databases(options.url());
        Thread cleanup = new Thread(databases::close, "drop-benchmark-databases");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            System.out.print(header(databases));
            System.out.flush();
            ChildRun child = new ChildRun(options.jvmArgs(), options.timeoutSeconds(),
                    Files.createDirectories(root.resolve("logs")));
            if (options.scenarios().stream().anyMatch(Scenario::isMigrations)) {
                for (int n : options.sizes()) {
                    Path workload = root.resolve("n" + n);
                    long start = System.nanoTime();
                    WorkloadWriter.write(workload, n);
                    progress("wrote the workload for n=%s in %s ms under %s",
                            Report.count(n), Report.ms((System.nanoTime() - start) / 1e6), workload);
                    measureSize(n, workload, child, databases);
                }
            }
            if (options.scenarios().stream().anyMatch(Scenario::isSchema)) {
                new SchemaBenchmark(options, tools, databases, child, runId, measurements::add).run();
            }
            boolean loadHolds = !options.scenarios().contains(Scenario.LOAD)
                    || new LoadBenchmark(options.loadRows(), databases::create,
                            databases::createFromTemplate, databases::drop, options.markdown()).run();
            System.out.print(new Report(measurements, options, tools).render(false));
            System.out.print(new SchemaReport(measurements, options, tools).render(false));
            if (options.markdown()) {
                System.out.print(new Report(measurements, options, tools).render(true));
                System.out.print(new SchemaReport(measurements, options, tools).render(true));
            }
            if (options.keep()) {
                System.out.println("\nworkload and child logs kept under " + root);
            }
            return measurements.stream().allMatch(BenchmarkMain::counts) && loadHolds ? 0 : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            databases.close();
            Runtime.getRuntime().removeShutdownHook(cleanup);
            if (!options.keep()) {
                deleteTree(root);
            }
        }
    }

    /** Every migration scenario for one size; the databases of the first good apply runs serve the later scenarios. */
    private void measureSize(int n, Path workload, ChildRun child, Databases databases) {
        List<Scenario> scenarios = options.scenarios().stream().filter(Scenario::isMigrations).toList();
        boolean later = scenarios.stream().anyMatch(s -> s != Scenario.APPLY);
        Map<Tool, DbUrl> prepared = new HashMap<>();
        Map<Tool, String> unprepared = new HashMap<>();
        try {
            for (Scenario scenario : scenarios) {
                for (int run = 1; run <= options.runs(); run++) {
                    List<Tool> order = new ArrayList<>(tools);
                    Collections.rotate(order, -(run - 1));
                    for (Tool tool : order) {
                        if (!tool.supports(scenario)) {
                            continue;
                        }
                        Measurement m;
                        if (scenario == Scenario.APPLY) {
                            DbUrl db = databases.create(dbName(tool, scenario, n, run));
                            m = verified(child.run(tool, scenario, n, run, db, workload), db, databases);
                            if (m.ok() && later && tool.supports(Scenario.UPTODATE) && !prepared.containsKey(tool)) {
                                prepared.put(tool, db);
                            } else {
                                databases.drop(db);
                            }
                        } else {
                            DbUrl db = prepared.get(tool);
                            if (db == null && !unprepared.containsKey(tool)) {
                                db = prepare(tool, n, workload, child, databases, unprepared);
                                if (db != null) {
                                    prepared.put(tool, db);
                                }
                            }
                            m = db != null ? child.run(tool, scenario, n, run, db, workload)
                                    : new Measurement(tool, scenario, n, run, Double.NaN, Double.NaN, Double.NaN,
                                            "could not prepare the database: " + unprepared.get(tool));
                        }
                        measurements.add(m);
                        report(m);
                    }
                }
            }
        } finally {
            prepared.values().forEach(databases::drop);
        }
    }

    /** An untimed apply that gives an up-to-date or status run its database, when no apply run left one. */
    private DbUrl prepare(Tool tool, int n, Path workload, ChildRun child, Databases databases,
                          Map<Tool, String> unprepared) {
        DbUrl db = databases.create(dbName(tool, Scenario.APPLY, n, 0));
        Measurement m = verified(child.run(tool, Scenario.APPLY, n, 0, db, workload), db, databases);
        progress("[n=%s prepare] %-13s %s", Report.count(n), tool.label(),
                m.ok() ? "applied in " + Report.ms(m.wallMs()) + " ms wall" : "FAILED: " + m.error());
        if (m.ok()) {
            return db;
        }
        databases.drop(db);
        unprepared.put(tool, m.error());
        return null;
    }

    /**
     * Whether a run's outcome lets the harness exit 0: it succeeded, or it is Liquibase failing to snapshot a
     * large schema, which is a finding to report (design/benchmarks.md: a stack overflow on the FK chain), not
     * a failure of the harness or of Strata.
     */
    private static boolean counts(Measurement m) {
        return m.ok() || (m.scenario() == Scenario.INTROSPECT && m.tool() == Tool.LIQUIBASE);
    }

    /** A run that exited 0 but did not leave the n workload tables behind did not do the work. */
    private static Measurement verified(Measurement m, DbUrl db, Databases databases) {
        if (!m.ok()) {
            return m;
        }
        int tables = databases.workloadTables(db);
        if (tables == m.n()) {
            return m;
        }
        return new Measurement(m.tool(), m.scenario(), m.n(), m.run(), m.wallMs(), m.workMs(), m.cpuMs(),
                "exited 0 but left " + tables + " of " + m.n() + " tables");
    }

    private String dbName(Tool tool, Scenario scenario, int n, int run) {
        return ("sbench_" + runId + "_" + tool.label() + "_" + n + "_" + scenario.label() + run)
                .replace('-', '_');
    }

    private void report(Measurement m) {
        String where = String.format(Locale.ROOT, "[n=%s %s %d/%d]", Report.count(m.n()), m.scenario().label(),
                m.run(), options.runs());
        if (m.ok()) {
            progress("%s %-13s work %8s ms   wall %8s ms   cpu %8s ms", where, m.tool().label(),
                    Report.ms(m.workMs()), Report.ms(m.wallMs()), Report.ms(m.cpuMs()));
        } else {
            progress("%s %-13s FAILED: %s", where, m.tool().label(), m.error());
        }
    }

    private String header(Databases databases) {
        Properties versions = new Properties();
        try (InputStream in = BenchmarkMain.class.getResourceAsStream("/versions.properties")) {
            if (in != null) {
                versions.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String psql = tools.contains(Tool.PSQL) ? ", " + psqlVersion() : "";
        return "Strata benchmark, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "\n"
                + "machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                + "; Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
                + "; PostgreSQL " + databases.serverVersion() + " at " + options.url().host() + ":"
                + options.url().port() + " (jit " + databases.jit() + ")\n"
                + (options.jit() != null && options.scenarios().stream().anyMatch(Scenario::isSchema)
                        ? "schema scenarios: jit " + options.jit() + " in their databases (--jit)\n" : "")
                + "versions: Strata " + versions.getProperty("strata") + ", Flyway " + versions.getProperty("flyway")
                + ", Liquibase " + versions.getProperty("liquibase") + ", pgjdbc "
                + versions.getProperty("postgresql-jdbc") + psql + "\n"
                + "child JVM options: " + (options.jvmArgs().isEmpty() ? "none" : String.join(" ", options.jvmArgs()))
                + "\n"
                + (tools.contains(Tool.STRATA_LAUNCHER) ? "strata-launcher = Strata as ./strata runs it: the shaded jar, its class-data"
                        + " archive, " + String.join(" ", LauncherImage.LAUNCHER_OPTIONS) + " (after the options above)\n" : "")
                + "work = the tool's call timed inside its JVM (connect included); wall = the whole child process;"
                + " cpu = the child's CPU time\n";
    }

    /** {@code psql --version}, or {@code null} when psql cannot be started. */
    private static String psqlVersion() {
        try {
            Process process = new ProcessBuilder("psql", "--version").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static void progress(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("strata-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }
}
