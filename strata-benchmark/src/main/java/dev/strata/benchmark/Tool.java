package dev.strata.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** A contender or a floor: what runs as the child, and which layout of the workload it reads. */
public enum Tool {
    STRATA("strata", StrataRunner.class, WorkloadWriter.STRATA, true),
    FLYWAY("flyway", FlywayRunner.class, WorkloadWriter.FLYWAY, true),
    LIQUIBASE("liquibase", LiquibaseRunner.class, WorkloadWriter.LIQUIBASE, true),
    /** The fair floor, the base of every ratio: see {@link FloorRunner}. */
    FLOOR("floor", FloorRunner.class, WorkloadWriter.FLOOR, true),
    /** All SQL in one JDBC transaction, no bookkeeping: see {@link SingleTransactionFloorRunner}. */
    FLOOR_1TX("floor-1tx", SingleTransactionFloorRunner.class, WorkloadWriter.FLOOR, false),
    /** {@code psql -q -1 -f all.sql}: no JVM at all, no bookkeeping. */
    PSQL("psql", null, WorkloadWriter.FLOOR, false);

    private final String label;
    private final Class<?> runner;
    private final String layout;
    private final boolean keepsHistory;

    Tool(String label, Class<?> runner, String layout, boolean keepsHistory) {
        this.label = label;
        this.runner = runner;
        this.layout = layout;
        this.keepsHistory = keepsHistory;
    }

    public String label() {
        return label;
    }

    /** The runner's main class, or {@code null} when the child is not a JVM. */
    public Class<?> runner() {
        return runner;
    }

    /** The subdirectory of the workload this tool reads (see {@link WorkloadWriter}). */
    public String layout() {
        return layout;
    }

    /** Up-to-date and status runs need a history to read; the bare floors have none. */
    public boolean supports(Scenario scenario) {
        return scenario == Scenario.APPLY || keepsHistory;
    }

    public static Tool parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown tool '" + text + "' ("
                        + String.join(", ", Arrays.stream(values()).map(Tool::label).toList()) + ")"));
    }
}
