package dev.strata.benchmark.load;

import dev.strata.benchmark.TextTable;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The load scenario's table: per change, the naive way and the Strata way side by side, then the verdict on the goal. */
final class LoadReport {
    private final List<LoadResult> results;
    private final Duration lockTimeout;

    LoadReport(List<LoadResult> results, Duration lockTimeout) {
        this.results = List.copyOf(results);
        this.lockTimeout = lockTimeout;
    }

    String render(boolean markdown, String title) {
        TextTable table = new TextTable("change", "way", "migration", "longest lock wait", "longest query",
                "p99 before", "p99 during", "queries", "failed", "Strata retries", "done");
        for (LoadResult r : results) {
            table.row(List.of(r.change().label(), r.way(), seconds(r.migrationMs()), precise(r.lockWaitMs()), ms(r.longestMs()),
                    ms(r.baselineP99Ms()), ms(r.duringP99Ms()), String.format(Locale.ROOT, "%,d", r.queries()),
                    String.valueOf(r.failed()), r.strata() ? String.valueOf(r.retries()) : "-",
                    r.error() != null ? "FAILED" : r.done() ? "yes" : "NO"));
        }
        StringBuilder out = new StringBuilder(markdown ? "\n**" + title + "**\n\n" + table.markdown() : "\n" + title + "\n" + table.text());
        for (LoadResult r : results) {
            if (r.error() != null) {
                out.append(note(markdown, r.change().label() + ", " + r.way() + ": the migration failed: " + r.error()));
            }
            for (Map.Entry<String, Integer> e : r.errors().entrySet()) {
                out.append(note(markdown, r.change().label() + ", " + r.way() + ": " + e.getValue() + " workload quer"
                        + (e.getValue() == 1 ? "y" : "ies") + " failed: " + e.getKey()));
            }
        }
        out.append(note(markdown, "The workload sets no statement timeout: a query blocked behind a lock waits (longest query)"
                + " rather than fails; an application with a client timeout shorter than that wait would have lost those queries."));
        out.append(note(markdown, verdict()));
        return out.toString();
    }

    /** Whether every Strata run met the goal. */
    boolean holds() {
        return results.stream().filter(LoadResult::strata).allMatch(r -> r.meetsGoal(lockTimeout));
    }

    private String verdict() {
        List<LoadResult> strata = results.stream().filter(LoadResult::strata).toList();
        List<String> missed = strata.stream().filter(r -> !r.meetsGoal(lockTimeout)).map(r -> r.change().label()).toList();
        String goal = "goal (Strata's longest lock wait <= its lock_timeout of " + lockTimeout.toMillis()
                + " ms, no failed workload query, the change done): ";
        return goal + (missed.isEmpty() ? "met for all " + strata.size() + " changes"
                : "NOT met for " + String.join(", ", missed) + " (see the rows above)");
    }

    private static String note(boolean markdown, String text) {
        return markdown ? "\n" + text + "\n" : text + "\n";
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,d ms", Math.round(value));
    }

    /** A tenth of a millisecond: whether a wait is at or over the lock timeout must be visible. */
    private static String precise(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,.1f ms", value);
    }

    private static String seconds(double ms) {
        return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.1f s", ms / 1000);
    }
}
