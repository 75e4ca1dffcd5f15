package dev.strata.benchmark;

/**
 * One child run. Times are in milliseconds; {@code workMs} and {@code cpuMs} are NaN when the child does not
 * report them (psql), and {@code error} is non-null when the run failed.
 */
public record Measurement(Tool tool, Scenario scenario, int n, int run,
                          double wallMs, double workMs, double cpuMs, String error) {

    public boolean ok() {
        return error == null;
    }
}
