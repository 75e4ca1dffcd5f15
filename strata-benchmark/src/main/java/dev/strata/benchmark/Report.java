package dev.strata.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Turns the measurements into tables: per scenario and size, every tool side by side with its median
 * (min–max) and its ratio to the fair floor, then, with more than one size, how each figure grows.
 */
final class Report {

    private final List<Measurement> measurements;
    private final Options options;
    private final List<Tool> tools;

    Report(List<Measurement> measurements, Options options, List<Tool> tools) {
        this.measurements = List.copyOf(measurements);
        this.options = options;
        this.tools = List.copyOf(tools);
    }

    /** The tables, each under a one-line title, aligned text or Markdown. */
    String render(boolean markdown) {
        StringBuilder out = new StringBuilder();
        for (Scenario scenario : options.scenarios()) {
            if (!scenario.isMigrations()) {
                continue; // see SchemaReport and LoadBenchmark
            }
            for (int n : options.sizes()) {
                TextTable table = figures(scenario, n);
                if (table != null) {
                    out.append(markdown ? "\n**" + title(scenario, n) + "**\n\n" : "\n" + title(scenario, n) + "\n");
                    out.append(markdown ? table.markdown() : table.text());
                }
            }
            if (options.sizes().size() > 1) {
                TextTable table = growth(scenario);
                if (table != null) {
                    String title = scenario.label() + ": growth with the number of migrations (median work)";
                    out.append(markdown ? "\n**" + title + "**\n\n" : "\n" + title + "\n");
                    out.append(markdown ? table.markdown() : table.text());
                }
            }
        }
        return out.toString();
    }

    private String title(Scenario scenario, int n) {
        String what = switch (scenario) {
            case APPLY -> "apply %s migrations to an empty database";
            case UPTODATE -> "up-to-date upgrade, %s migrations applied";
            case STATUS -> "status, %s migrations applied";
            default -> scenario.label() + " %s";
        };
        return String.format(Locale.ROOT, what, count(n)) + " (ms, median of " + options.runs()
                + " fresh JVMs, min-max; x = ratio to the floor)";
    }

    private TextTable figures(Scenario scenario, int n) {
        List<Measurement> floor = select(Tool.FLOOR, scenario, n);
        double floorWork = median(floor, Measurement::workMs);
        double floorWall = median(floor, Measurement::wallMs);
        TextTable table = new TextTable("tool", "work", "x", "wall", "x", "cpu", "ok");
        boolean any = false;
        for (Tool tool : tools) {
            if (!tool.supports(scenario)) {
                continue;
            }
            List<Measurement> all = select(tool, scenario, n);
            if (all.isEmpty()) {
                continue;
            }
            any = true;
            List<Measurement> ok = all.stream().filter(Measurement::ok).toList();
            String runs = ok.size() + "/" + all.size();
            if (ok.isEmpty()) {
                String error = all.get(0).error().lines().findFirst().orElse("failed");
                table.row(List.of(tool.label(), "failed: " + error, "", "", "", "", runs));
                continue;
            }
            double work = median(ok, Measurement::workMs);
            double wall = median(ok, Measurement::wallMs);
            table.row(List.of(tool.label(),
                    spread(ok, Measurement::workMs), ratio(work, floorWork),
                    spread(ok, Measurement::wallMs), ratio(wall, floorWall),
                    ms(median(ok, Measurement::cpuMs)), runs));
        }
        return any ? table : null;
    }

    private TextTable growth(Scenario scenario) {
        List<Integer> sizes = options.sizes().stream().sorted().toList();
        List<String> header = new ArrayList<>(List.of("tool"));
        for (int n : sizes) {
            header.add("n=" + count(n));
            header.add("ms/migration");
        }
        header.add("growth");
        TextTable table = new TextTable(header.toArray(String[]::new));
        int first = sizes.get(0);
        int last = sizes.get(sizes.size() - 1);
        boolean any = false;
        for (Tool tool : tools) {
            if (!tool.supports(scenario) || tool.runner() == null) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(tool.label()));
            for (int n : sizes) {
                double work = median(ok(select(tool, scenario, n)), Measurement::workMs);
                row.add(ms(work));
                row.add(Double.isNaN(work) ? "-" : String.format(Locale.ROOT, "%.2f", work / n));
            }
            double from = median(ok(select(tool, scenario, first)), Measurement::workMs);
            double to = median(ok(select(tool, scenario, last)), Measurement::workMs);
            row.add(Double.isNaN(from) || Double.isNaN(to) ? "-"
                    : String.format(Locale.ROOT, "x%.1f for x%s migrations", to / from, count(last / first)));
            table.row(row);
            any = true;
        }
        return any ? table : null;
    }

    private List<Measurement> select(Tool tool, Scenario scenario, int n) {
        return measurements.stream()
                .filter(m -> m.tool() == tool && m.scenario() == scenario && m.n() == n)
                .toList();
    }

    private static List<Measurement> ok(List<Measurement> list) {
        return list.stream().filter(Measurement::ok).toList();
    }

    static double median(List<Measurement> list, ToDoubleFunction<Measurement> metric) {
        double[] values = list.stream().filter(Measurement::ok).mapToDouble(metric)
                .filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    static String spread(List<Measurement> ok, ToDoubleFunction<Measurement> metric) {
        double[] values = ok.stream().mapToDouble(metric).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (values.length == 0) {
            return "-";
        }
        String median = ms(median(ok, metric));
        return values.length == 1 ? median
                : median + " (" + ms(values[0]) + "-" + ms(values[values.length - 1]) + ")";
    }

    static String ratio(double value, double floor) {
        if (Double.isNaN(value) || Double.isNaN(floor) || floor <= 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f", value / floor);
    }

    static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
