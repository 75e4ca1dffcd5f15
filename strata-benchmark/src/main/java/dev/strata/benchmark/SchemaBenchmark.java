package dev.strata.benchmark;

import dev.strata.benchmark.SchemaWorkload.Shape;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The schema scenarios: {@code introspect}, {@code diff} and {@code heap10k}. It prepares their databases once,
 * untimed (the large schema of each FK shape, and for the diff a copy of it with a few changes), then runs
 * every figure as a fresh child JVM, interleaved over the tools as the migration scenarios are, and checks
 * that each child saw every table.
 */
final class SchemaBenchmark {

    /** The heap of the {@code heap10k} child, the design's budget for 10,000 tables. */
    static final String HEAP_LIMIT = "-Xmx512m";

    private final Options options;
    private final List<Tool> tools;
    private final Databases databases;
    private final ChildRun child;
    private final String runId;
    private final Consumer<Measurement> sink;

    SchemaBenchmark(Options options, List<Tool> tools, Databases databases, ChildRun child, String runId,
                    Consumer<Measurement> sink) {
        this.options = options;
        this.tools = tools;
        this.databases = databases;
        this.child = child;
        this.runId = runId;
        this.sink = sink;
    }

    /** The two databases a diff compares; {@code changed} is null when no scenario needs it. */
    private record Pair(DbUrl base, DbUrl changed) {
    }

    void run() {
        List<Scenario> scenarios = options.scenarios().stream().filter(Scenario::isSchema).toList();
        boolean diff = scenarios.contains(Scenario.DIFF);
        Map<Shape, Pair> schemas = new LinkedHashMap<>();
        Map<Shape, Pair> heapSchemas = new LinkedHashMap<>();
        try {
            for (Shape shape : options.shapes()) {
                if (scenarios.contains(Scenario.INTROSPECT) || diff) {
                    schemas.put(shape, prepare(shape, options.tables(), diff));
                }
                if (scenarios.contains(Scenario.HEAP10K)) {
                    heapSchemas.put(shape, prepare(shape, options.heapTables(), true));
                }
            }
            for (Scenario scenario : scenarios) {
                int n = scenario == Scenario.HEAP10K ? options.heapTables() : options.tables();
                Map<Shape, Pair> dbs = scenario == Scenario.HEAP10K ? heapSchemas : schemas;
                List<String> jvm = scenario == Scenario.HEAP10K ? List.of(HEAP_LIMIT) : List.of();
                for (int run = 1; run <= options.runs(); run++) {
                    List<Tool> order = new ArrayList<>(tools.stream().filter(t -> t.supports(scenario)).toList());
                    Collections.rotate(order, -(run - 1));
                    for (Shape shape : options.shapes()) {
                        Pair pair = dbs.get(shape);
                        List<DbUrl> urls = scenario == Scenario.INTROSPECT ? List.of(pair.base())
                                : List.of(pair.base(), pair.changed());
                        for (Tool tool : order) {
                            Measurement m = verified(
                                    child.runSchema(tool, scenario, n, shape.label(), run, jvm, urls), n);
                            sink.accept(m);
                            progress(m);
                        }
                    }
                }
            }
        } finally {
            schemas.values().forEach(this::drop);
            heapSchemas.values().forEach(this::drop);
        }
    }

    /** Creates the schema of {@code n} tables of {@code shape}, and with {@code changed} its changed copy. */
    private Pair prepare(Shape shape, int n, boolean changed) {
        String name = "sbench_" + runId + "_schema_" + shape.label() + "_" + n;
        long start = System.nanoTime();
        DbUrl base = databases.create(name);
        try {
            if (options.jit() != null) {
                databases.setJit(base, options.jit().equals("on"));
            }
            SchemaWorkload.create(base, shape, n);
            int tables = SchemaWorkload.tables(base);
            if (tables != n) {
                throw new IllegalStateException(base + " holds " + tables + " tables, not " + n);
            }
            BenchmarkMain.progress("[schema prepare] %s tables, %s: created in %s ms", Report.count(n),
                    shape.label(), Report.ms(RunnerSupport.msSince(start)));
            if (!changed) {
                return new Pair(base, null);
            }
            start = System.nanoTime();
            DbUrl copy = databases.createFromTemplate(name + "_b", base);
            if (options.jit() != null) {
                databases.setJit(copy, options.jit().equals("on")); // a template does not pass its settings on
            }
            SchemaWorkload.change(copy, n);
            BenchmarkMain.progress("[schema prepare] %s tables, %s: changed copy (%d changes) in %s ms",
                    Report.count(n), shape.label(), SchemaWorkload.changes(n).size(),
                    Report.ms(RunnerSupport.msSince(start)));
            return new Pair(base, copy);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare " + base + ": " + e.getMessage(), e);
        }
    }

    private void drop(Pair pair) {
        databases.drop(pair.base());
        if (pair.changed() != null) {
            databases.drop(pair.changed());
        }
    }

    /** A run that exited 0 but read fewer (or more) tables than the schema holds did not do the work. */
    private static Measurement verified(Measurement m, int n) {
        if (!m.ok()) {
            return m;
        }
        double tables = m.figure("tables");
        if (tables != n) {
            return m.failed("exited 0 but read " + (Double.isNaN(tables) ? "no" : Report.ms(tables)) + " of "
                    + Report.count(n) + " tables");
        }
        return m;
    }

    private void progress(Measurement m) {
        String where = String.format(Locale.ROOT, "[%s tables %s %s %d/%d]", Report.count(m.n()), m.variant(),
                m.scenario().label(), m.run(), options.runs());
        if (!m.ok()) {
            BenchmarkMain.progress("%s %-9s FAILED after %s ms wall: %s", where, m.tool().label(),
                    Report.ms(m.wallMs()), m.error());
            return;
        }
        StringBuilder extra = new StringBuilder();
        for (String figure : List.of("diff_ms", "heap_model_mb", "heap_diff_mb")) {
            if (!Double.isNaN(m.figure(figure))) {
                extra.append("   ").append(figure).append(' ').append(Report.ms(m.figure(figure)));
            }
        }
        BenchmarkMain.progress("%s %-9s work %8s ms   wall %8s ms   cpu %8s ms%s", where, m.tool().label(),
                Report.ms(m.workMs()), Report.ms(m.wallMs()), Report.ms(m.cpuMs()), extra);
    }
}
