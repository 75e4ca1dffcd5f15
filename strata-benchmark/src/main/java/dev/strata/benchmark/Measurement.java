package dev.strata.benchmark;

import java.util.Map;

/**
 * One child run. Times are in milliseconds; {@code workMs} and {@code cpuMs} are NaN when the child does not
 * report them (psql), and {@code error} is non-null when the run failed. {@code variant} tells runs of one
 * scenario and size apart (the FK shape of the schema scenarios), empty otherwise; {@code figures} holds the
 * further figures a child printed as {@code name=value} (the diff's own time, the heap used).
 */
public record Measurement(Tool tool, Scenario scenario, int n, String variant, int run,
                          double wallMs, double workMs, double cpuMs, Map<String, Double> figures, String error) {

    public Measurement {
        figures = Map.copyOf(figures);
    }

    public Measurement(Tool tool, Scenario scenario, int n, int run,
                       double wallMs, double workMs, double cpuMs, String error) {
        this(tool, scenario, n, "", run, wallMs, workMs, cpuMs, Map.of(), error);
    }

    public boolean ok() {
        return error == null;
    }

    /** A figure the child printed, NaN when it printed none by that name. */
    public double figure(String name) {
        return figures.getOrDefault(name, Double.NaN);
    }

    /** The same run marked failed, keeping its times: a run that exited 0 without doing the work. */
    public Measurement failed(String why) {
        return new Measurement(tool, scenario, n, variant, run, wallMs, workMs, cpuMs, figures, why);
    }
}
