package dev.strata.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A contender or a floor: what runs as the child, and which layout of the workload it reads. */
public enum Tool {
    STRATA("strata", StrataRunner.class, WorkloadWriter.STRATA, true, true),
    /** Strata as {@code ./strata} runs it: its shaded jar, class-data archive and JVM options (see {@link LauncherImage}). */
    STRATA_LAUNCHER("strata-launcher", StrataRunner.class, WorkloadWriter.STRATA, true, true),
    FLYWAY("flyway", FlywayRunner.class, WorkloadWriter.FLYWAY, true, true),
    /** XML changelog, one changeset per migration, each an {@code sqlFile}: N SQL files, as for every tool. */
    LIQUIBASE("liquibase", LiquibaseRunner.class, WorkloadWriter.LIQUIBASE, true, true),
    /** Opt-in: every changeset in one formatted SQL changelog, Liquibase's cheapest layout (one file). */
    LIQUIBASE_SQL("liquibase-sql", LiquibaseRunner.class, WorkloadWriter.LIQUIBASE_SQL, true, false),
    /** The fair floor, the base of every ratio: see {@link FloorRunner}. */
    FLOOR("floor", FloorRunner.class, WorkloadWriter.FLOOR, true, true),
    /** All SQL in one JDBC transaction, no bookkeeping: see {@link SingleTransactionFloorRunner}. */
    FLOOR_1TX("floor-1tx", SingleTransactionFloorRunner.class, WorkloadWriter.FLOOR, false, true),
    /** {@code psql -q -1 -f all.sql}: no JVM at all, no bookkeeping. */
    PSQL("psql", null, WorkloadWriter.FLOOR, false, true);

    private final String label;
    private final Class<?> runner;
    private final String layout;
    private final boolean keepsHistory;
    private final boolean byDefault;

    Tool(String label, Class<?> runner, String layout, boolean keepsHistory, boolean byDefault) {
        this.label = label;
        this.runner = runner;
        this.layout = layout;
        this.keepsHistory = keepsHistory;
        this.byDefault = byDefault;
    }

    /** The tools that run when {@code --tools} is not given. */
    public static List<Tool> defaults() {
        return Arrays.stream(values()).filter(t -> t.byDefault).toList();
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

    /**
     * Up-to-date and status runs need a history to read; the bare floors have none. Introspection compares
     * Strata, Liquibase's snapshot and the catalog floor; the diff and heap scenarios are Strata's alone.
     */
    public boolean supports(Scenario scenario) {
        return switch (scenario) {
            case APPLY -> true;
            case UPTODATE, STATUS -> keepsHistory;
            case INTROSPECT -> this == STRATA || this == LIQUIBASE || this == FLOOR;
            case DIFF, HEAP10K -> this == STRATA;
            case LOAD -> false; // not a child run per tool: see LoadBenchmark
        };
    }

    /** The child's main class for a schema scenario (see {@link Scenario#isSchema()}). */
    public Class<?> schemaRunner() {
        return switch (this) {
            case STRATA -> StrataSchemaRunner.class;
            case LIQUIBASE -> LiquibaseSnapshotRunner.class;
            case FLOOR -> CatalogFloorRunner.class;
            default -> throw new IllegalStateException(label + " has no schema runner");
        };
    }

    public static Tool parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown tool '" + text + "' ("
                        + String.join(", ", Arrays.stream(values()).map(Tool::label).toList()) + ")"));
    }
}
