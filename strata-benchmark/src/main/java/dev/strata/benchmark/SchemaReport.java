package dev.strata.benchmark;

import dev.strata.benchmark.SchemaWorkload.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables of the schema scenarios, one per scenario and FK shape: introspection side by side with the
 * catalog floor and Liquibase's snapshot, the diff's own time apart from the inspections, and the heap that
 * 10,000 tables take. A failed tool shows its first error line and how long it ran until it failed.
 */
final class SchemaReport {

    private final List<Measurement> measurements;
    private final Options options;
    private final List<Tool> tools;

    SchemaReport(List<Measurement> measurements, Options options, List<Tool> tools) {
        this.measurements = List.copyOf(measurements);
        this.options = options;
        this.tools = List.copyOf(tools);
    }

    String render(boolean markdown) {
        StringBuilder out = new StringBuilder();
        for (Scenario scenario : options.scenarios()) {
            if (!scenario.isSchema()) {
                continue;
            }
            for (Shape shape : options.shapes()) {
                List<String> notes = new ArrayList<>();
                TextTable table = switch (scenario) {
                    case INTROSPECT -> introspect(shape, notes);
                    case DIFF -> diff(shape, notes);
                    case HEAP10K -> heap(shape, notes);
                    default -> null;
                };
                if (table == null) {
                    continue;
                }
                String title = title(scenario, shape);
                out.append(markdown ? "\n**" + title + "**\n\n" : "\n" + title + "\n");
                out.append(markdown ? table.markdown() : table.text());
                for (String note : notes) {
                    out.append(markdown ? "\n" + note + "\n" : note + "\n");
                }
            }
        }
        return out.toString();
    }

    private String title(Scenario scenario, Shape shape) {
        String runs = "median of " + options.runs() + " fresh JVMs, min-max";
        return switch (scenario) {
            case INTROSPECT -> String.format(Locale.ROOT, "introspect %s tables, FK shape %s (ms, %s;"
                    + " x = ratio to the catalog floor)", Report.count(options.tables()), shape.label(), runs);
            case DIFF -> String.format(Locale.ROOT, "diff two %s-table models, FK shape %s (ms, %s; diff ="
                    + " SchemaDiffer.diff alone, first call in the JVM)", Report.count(options.tables()),
                    shape.label(), runs);
            case HEAP10K -> String.format(Locale.ROOT, "heap10k: inspect and diff two %s-table schemas, FK shape"
                    + " %s, child %s (%s; MB = heap in use after System.gc())",
                    Report.count(options.heapTables()), shape.label(), SchemaBenchmark.HEAP_LIMIT, runs);
            default -> scenario.label();
        };
    }

    private TextTable introspect(Shape shape, List<String> notes) {
        int n = options.tables();
        List<Measurement> floor = ok(select(Tool.FLOOR, Scenario.INTROSPECT, n, shape));
        List<Measurement> strata = ok(select(Tool.STRATA, Scenario.INTROSPECT, n, shape));
        double floorWork = Report.median(floor, Measurement::workMs);
        double floorWall = Report.median(floor, Measurement::wallMs);
        double floorCpu = Report.median(floor, Measurement::cpuMs);
        double strataWork = Report.median(strata, Measurement::workMs);
        TextTable table = new TextTable("tool", "work", "x", "wall", "x", "cpu", "x", "work vs strata", "ok");
        boolean any = false;
        for (Tool tool : tools) {
            if (!tool.supports(Scenario.INTROSPECT)) {
                continue;
            }
            List<Measurement> all = select(tool, Scenario.INTROSPECT, n, shape);
            if (all.isEmpty()) {
                continue;
            }
            any = true;
            List<Measurement> ok = ok(all);
            String runs = ok.size() + "/" + all.size();
            String label = tool == Tool.FLOOR ? "floor (4 catalog queries)"
                    : tool == Tool.LIQUIBASE ? "liquibase snapshot" : tool.label();
            if (ok.isEmpty()) {
                table.row(List.of(label, "FAILED: " + firstError(all), "", failedAfter(all), "", "-", "", "", runs));
                continue;
            }
            double work = Report.median(ok, Measurement::workMs);
            table.row(List.of(label,
                    Report.spread(ok, Measurement::workMs), Report.ratio(work, floorWork),
                    Report.spread(ok, Measurement::wallMs), Report.ratio(Report.median(ok, Measurement::wallMs), floorWall),
                    Report.ms(Report.median(ok, Measurement::cpuMs)),
                    Report.ratio(Report.median(ok, Measurement::cpuMs), floorCpu),
                    Report.ratio(work, strataWork), runs));
            if (ok.size() < all.size()) {
                notes.add(tool.label() + ": " + (all.size() - ok.size()) + " of " + all.size() + " runs failed: "
                        + firstError(all.stream().filter(m -> !m.ok()).toList()));
            }
        }
        if (!strata.isEmpty()) {
            List<Measurement> liquibase = ok(select(Tool.LIQUIBASE, Scenario.INTROSPECT, n, shape));
            String vsLiquibase = liquibase.isEmpty()
                    ? (select(Tool.LIQUIBASE, Scenario.INTROSPECT, n, shape).isEmpty() ? "not run" : "it failed")
                    : "x" + Report.ratio(Report.median(liquibase, Measurement::workMs), strataWork) + " faster";
            notes.add(String.format(Locale.ROOT, "targets: Strata work <= 1.5x the floor: %sx; >= 10x faster than"
                    + " Liquibase's snapshot: %s; no stack overflow.", Report.ratio(strataWork, floorWork), vsLiquibase));
        }
        return any ? table : null;
    }

    private TextTable diff(Shape shape, List<String> notes) {
        int n = options.tables();
        List<Measurement> all = select(Tool.STRATA, Scenario.DIFF, n, shape);
        if (all.isEmpty()) {
            return null;
        }
        TextTable table = new TextTable("tool", "diff", "diff again", "inspect A", "inspect B", "work", "wall", "cpu",
                "differences", "ok");
        List<Measurement> ok = ok(all);
        String runs = ok.size() + "/" + all.size();
        if (ok.isEmpty()) {
            table.row(List.of("strata", "FAILED: " + firstError(all), "", "", "", "", failedAfter(all), "", "", runs));
            return table;
        }
        table.row(List.of("strata", spread(ok, "diff_ms"), spread(ok, "diff_again_ms"), spread(ok, "inspect_a_ms"),
                spread(ok, "inspect_b_ms"), Report.spread(ok, Measurement::workMs),
                Report.spread(ok, Measurement::wallMs), Report.ms(Report.median(ok, Measurement::cpuMs)),
                Report.ms(ok.get(0).figure("differences")), runs));
        notes.add(String.format(Locale.ROOT, "target: diff < 1 s: %s ms (%s changes made to the second schema;"
                        + " %s operations planned).", Report.ms(figure(ok, "diff_ms")),
                SchemaWorkload.changes(n).size(), Report.ms(ok.get(0).figure("operations"))));
        return table;
    }

    private TextTable heap(Shape shape, List<String> notes) {
        int n = options.heapTables();
        List<Measurement> all = select(Tool.STRATA, Scenario.HEAP10K, n, shape);
        if (all.isEmpty()) {
            return null;
        }
        TextTable table = new TextTable("tool", "result", "1 model, MB", "2 models + diff, MB", "peak, MB",
                "inspect A, ms", "diff, ms", "work, ms", "wall, ms", "ok");
        List<Measurement> ok = ok(all);
        String runs = ok.size() + "/" + all.size();
        if (ok.isEmpty()) {
            table.row(List.of("strata", "FAILED: " + firstError(all), "", "", "", "", "", "", failedAfter(all), runs));
        } else {
            table.row(List.of("strata", ok.size() == all.size() ? "ok" : "some runs failed",
                    spread(ok, "heap_model_mb"), spread(ok, "heap_diff_mb"), spread(ok, "heap_peak_mb"),
                    spread(ok, "inspect_a_ms"), spread(ok, "diff_ms"), Report.spread(ok, Measurement::workMs),
                    Report.spread(ok, Measurement::wallMs), runs));
        }
        if (ok.size() < all.size()) {
            notes.add("failed runs: " + firstError(all.stream().filter(m -> !m.ok()).toList()));
        }
        notes.add("peak = the sum of the heap pools' peak use over the run, an upper bound;"
                + " target: " + Report.count(n) + " tables in a 512 MB heap.");
        return table;
    }

    private List<Measurement> select(Tool tool, Scenario scenario, int n, Shape shape) {
        return measurements.stream()
                .filter(m -> m.tool() == tool && m.scenario() == scenario && m.n() == n
                        && m.variant().equals(shape.label()))
                .toList();
    }

    private static List<Measurement> ok(List<Measurement> list) {
        return list.stream().filter(Measurement::ok).toList();
    }

    private static double figure(List<Measurement> ok, String name) {
        return Report.median(ok.stream().filter(m -> !Double.isNaN(m.figure(name))).toList(), m -> m.figure(name));
    }

    private static String spread(List<Measurement> ok, String name) {
        return Report.spread(ok, m -> m.figure(name));
    }

    /** The first line of the first failure, without the exit status: the exception and its message. */
    private static String firstError(List<Measurement> failed) {
        String error = failed.stream().filter(m -> !m.ok()).findFirst().map(Measurement::error).orElse("failed");
        return error.lines().findFirst().orElse("failed").replaceFirst("^exit \\d+: ", "");
    }

    /** How long the failed runs ran, median and range: a stack overflow after 20 s is not one after 1 s. */
    private static String failedAfter(List<Measurement> all) {
        List<Measurement> failed = all.stream().filter(m -> !m.ok())
                .map(m -> new Measurement(m.tool(), m.scenario(), m.n(), m.variant(), m.run(), m.wallMs(),
                        Double.NaN, Double.NaN, m.figures(), null))
                .toList();
        return Report.spread(failed, Measurement::wallMs) + " until it failed";
    }
}
