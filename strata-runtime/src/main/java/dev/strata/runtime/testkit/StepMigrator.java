package dev.strata.runtime.testkit;

import dev.strata.core.error.BadInputException;
import dev.strata.core.graph.Revision;
import dev.strata.core.graph.RevisionGraph;
import dev.strata.core.graph.Step;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.migrate.Bookkeeper;
import dev.strata.runtime.migrate.MigrationListener;
import dev.strata.runtime.migrate.Migrator;
import dev.strata.runtime.migrate.RunResult;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A migrator for tests: moves one (scratch) database up and down, one step at a time if asked, and runs SQL on it.
 * The checks of {@link MigrationTestSuite} walk with it, and the JUnit extension injects it into tests.
 */
public final class StepMigrator {
    private final Database database;
    private final MigrationSet migrations;
    private final Migrator migrator;
    private final Bookkeeper bookkeeper;
    private String lastRevision;

    public StepMigrator(Database database, MigrationSet migrations) {
        this(database, migrations, null, ExecutionSettings.DEFAULTS);
    }

    /**
     * @param schema    where Strata's own tables go, or null for the dialect's default
     * @param execution lock timeout and retries
     */
    public StepMigrator(Database database, MigrationSet migrations, String schema, ExecutionSettings execution) {
        this.database = database;
        this.migrations = migrations;
        MigrationListener listener = new MigrationListener() {
            @Override
            public void stepStarting(Step step, String file) {
                lastRevision = step.revision().id();
            }
        };
        this.migrator = new Migrator(database, migrations, schema, execution, listener);
        this.bookkeeper = new Bookkeeper(database, migrations, schema, execution, listener);
    }

    /** The database this migrator moves. */
    public Database database() {
        return database;
    }

    public MigrationSet migrations() {
        return migrations;
    }

    public RevisionGraph graph() {
        return migrations.graph();
    }

    /** The version rows: empty at base. */
    public Set<String> current() {
        return bookkeeper.current();
    }

    /** Every revision applied now (the version rows and everything they need). */
    public Set<String> applied() {
        return graph().applied(current());
    }

    /** The revision of the last step started, whether it finished or not (null before any). */
    public String lastRevision() {
        return lastRevision;
    }

    /** Upgrades to any target of the contract: {@code head}, {@code heads}, a revision, {@code +1}, … */
    public RunResult upgrade(String target) {
        return migrator.upgrade(target);
    }

    /** Downgrades to any target of the contract: {@code base}, a revision, {@code -1}, … */
    public RunResult downgrade(String target) {
        return migrator.downgrade(target);
    }

    /** One step up toward the single head. */
    public RunResult upgradeOne() {
        return upgrade("+1");
    }

    /** One step down from the single version row. */
    public RunResult downgradeOne() {
        return downgrade("-1");
    }

    /**
     * Applies everything {@code revision} needs (what it revises and depends on, transitively) and not the revision
     * itself: the state to seed data in before testing a data migration.
     */
    public RunResult upgradeToBefore(String revision) {
        Revision target = graph().resolve(revision);
        List<RunResult.Applied> applied = new ArrayList<>();
        Set<String> needs = new LinkedHashSet<>(target.revises());
        needs.addAll(target.dependsOn());
        for (String need : needs) {
            applied.addAll(upgrade(need).applied());
        }
        return new RunResult(applied, current());
    }

    /**
     * Reverts exactly {@code revision}, which must be applied with nothing applied that needs it, and nothing else.
     *
     * @throws BadInputException when no downgrade target reverts that revision alone from the current state
     */
    public RunResult downgradeOnly(String revision) {
        Revision target = graph().resolve(revision);
        Set<String> rows = current();
        List<String> candidates = new ArrayList<>(target.revises());
        candidates.addAll(target.dependsOn());
        if (candidates.isEmpty()) {
            candidates.add("base");
        }
        for (String candidate : candidates) {
            List<Step> steps = graph().planDowngrade(rows, candidate).steps();
            if (steps.size() == 1 && steps.get(0).revision().id().equals(target.id())) {
                return downgrade(candidate);
            }
        }
        throw new BadInputException("cannot revert revision " + target.id() + " alone: the database is at "
                + (rows.isEmpty() ? "base" : String.join(", ", rows)), "upgrade to exactly what it needs first");
    }

    /** Runs statements, each as it is, on a new session. */
    public void execute(String... statements) {
        try (JdbcSession session = database.open()) {
            for (String sql : statements) {
                session.execute(sql);
            }
        }
    }

    /** The rows of a query, mapped. */
    public <T> List<T> query(String sql, JdbcSession.RowMapper<T> mapper, Object... parameters) {
        try (JdbcSession session = database.open()) {
            return session.query(sql, mapper, parameters);
        }
    }

    /** The first column of the one row a query returns, as a long (a count, usually). */
    public long queryForLong(String sql, Object... parameters) {
        Long value = query(sql, row -> row.getLong(1), parameters).stream().findFirst()
                .orElseThrow(() -> new AssertionError("`" + sql + "` returned no rows"));
        return value;
    }

    /**
     * Asserts with the same rule as a data test's {@code after.sql}: the query must return exactly one row whose
     * first column is true (or 1).
     *
     * @throws AssertionError naming the query and what it returned
     */
    public void assertTrue(String sql) {
        try (JdbcSession session = database.open()) {
            String failure = SqlAssertions.check(session, sql);
            if (failure != null) {
                throw new AssertionError("`" + SqlAssertions.oneLine(sql) + "` " + failure);
            }
        }
    }
}
