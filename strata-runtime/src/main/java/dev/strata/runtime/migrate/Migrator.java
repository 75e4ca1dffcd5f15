package dev.strata.runtime.migrate;

import dev.strata.core.error.BadInputException;
import dev.strata.core.error.ChecksumMismatchException;
import dev.strata.core.error.FailedMigrationException;
import dev.strata.core.graph.Direction;
import dev.strata.core.graph.MigrationPlan;
import dev.strata.core.graph.RevisionGraph;
import dev.strata.core.graph.Step;
import dev.strata.core.script.ExpandDirective;
import dev.strata.core.script.MigrationScript;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.expand.ExpandSteps;
import dev.strata.runtime.zerodowntime.Backfill;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Moves a database along the revision graph: upgrade, downgrade, and their offline {@code --sql} twins, which
 * render the same steps and print them instead. Every run holds the migration lock from start to end and
 * re-reads the state after taking it, so a second runner finds the work done and does nothing.
 */
public final class Migrator {
    private final Database database;
    private final Dialect dialect;
    private final MigrationSet migrations;
    private final ExecutionSettings execution;
    private final MigrationListener listener;
    private final VersionStore store;
    private final String schema;
    private final String osUser = System.getProperty("user.name", "unknown");
    private java.util.function.Consumer<Set<String>> beforeRunning = pending -> { };

    public Migrator(Database database, MigrationSet migrations, String schema, ExecutionSettings execution,
                    MigrationListener listener) {
        this.database = database;
        this.dialect = database.dialect();
        this.migrations = migrations;
        this.schema = schema;
        this.execution = execution;
        this.listener = listener;
        this.store = new VersionStore(dialect, schema);
    }

    public RevisionGraph graph() {
        return migrations.graph();
    }

    /**
     * A check given the revisions an upgrade or downgrade is about to run (or print, with {@code --sql}), once they
     * are planned and before anything is written; it refuses by throwing. The CLI's lint gate is one. Not called
     * when there is nothing to do.
     */
    public Migrator beforeRunning(java.util.function.Consumer<Set<String>> check) {
        this.beforeRunning = check;
        return this;
    }

    private void checkBeforeRunning(List<StepScript> steps) {
        if (!steps.isEmpty()) {
            Set<String> pending = new java.util.LinkedHashSet<>();
            steps.forEach(step -> pending.add(step.revision()));
            beforeRunning.accept(pending);
        }
    }

    public VersionStore store() {
        return store;
    }

    public RunResult upgrade(String target) {
        return run(Direction.UPGRADE, target);
    }

    public RunResult downgrade(String target) {
        return run(Direction.DOWNGRADE, target);
    }

    private RunResult run(Direction direction, String target) {
        refuseRange(target);
        try (JdbcSession work = database.open()) {
            // Plan without the lock first: an up-to-date run needs no lock, no second connection, no session setup.
            AppliedState seen = store.state(work);
            verify(seen);
            List<StepScript> pending = render(plan(direction, seen.versionRows(), target), work);
            if (pending.isEmpty()) {
                return new RunResult(List.of(), seen.versionRows());
            }
            checkBeforeRunning(pending);
            dialect.prepareSession(work, execution);
            return Locking.holding(database, schema, execution, listener, () -> {
                // another runner may have done the work while we waited: plan again from what is there now
                AppliedState state = store.state(work);
                verify(state);
                MigrationPlan plan = plan(direction, state.versionRows(), target);
                List<StepScript> steps = render(plan, work);
                if (steps.isEmpty()) {
                    return new RunResult(List.of(), state.versionRows());
                }
                store.ensureTables(work);
                JdbcSink sink = new JdbcSink(work, dialect, store, execution, listener, osUser, schema);
                List<RunResult.Applied> applied = new ArrayList<>();
                for (StepScript step : steps) {
                    // an expansion reads its table when it runs: an earlier step of this run may have created it
                    StepScript expansion = step.direction() == Direction.UPGRADE ? expansion(step.step(), step.script(), work, true) : null;
                    applied.add(sink.run(expansion != null ? expansion : step));
                }
                return new RunResult(applied, plan.headsAfter());
            });
        }
    }

    /**
     * Prints the SQL an upgrade or downgrade would run, bookkeeping included, and writes nothing. The start is
     * read from the database when it can be reached, or given as {@code FROM:TO} (then no connection is made).
     */
    public void printSql(Direction direction, String target, Appendable out) {
        int colon = target.indexOf(':');
        Set<String> rows;
        boolean tablesExist;
        List<StepScript> steps;
        if (colon >= 0) {
            String from = target.substring(0, colon);
            target = target.substring(colon + 1);
            rows = from.isEmpty() ? Set.of() : graph().stampRows(Set.of(), from);
            tablesExist = !rows.isEmpty();
            steps = render(plan(direction, rows, target), null);
        } else if (database.isMissingFile()) {
            rows = Set.of();
            tablesExist = false;
            steps = render(plan(direction, rows, target), null);
        } else {
            try (JdbcSession session = database.open()) {
                AppliedState state = store.state(session);
                verify(state);
                rows = state.versionRows();
                tablesExist = state.tablesExist();
                steps = render(plan(direction, rows, target), session);
            }
        }
        checkBeforeRunning(steps);
        ScriptSink sink = new ScriptSink(out, dialect, store.bookkeeping(), osUser);
        sink.comment("Strata " + direction.word() + " to " + target + " on " + dialect.name() + ": "
                + (steps.isEmpty() ? "nothing to do" : steps.size() + " step(s)"));
        if (!tablesExist && !steps.isEmpty()) {
            dialect.createBookkeepingTables(schema).forEach(sink::statement);
        }
        steps.forEach(sink::run);
    }

    private MigrationPlan plan(Direction direction, Set<String> rows, String target) {
        return direction == Direction.UPGRADE ? graph().planUpgrade(rows, target) : graph().planDowngrade(rows, target);
    }

    /**
     * Renders every step before any runs, so an irreversible downgrade or a malformed section fails up front. The
     * session (null offline) lets a migration with {@code -- strata:expand} read its table and its expansion's state.
     */
    private List<StepScript> render(MigrationPlan plan, JdbcSession session) {
        List<StepScript> steps = new ArrayList<>(plan.steps().size());
        for (Step step : plan.steps()) {
            MigrationScript script = migrations.script(step.revision().id());
            StepScript expansion = expansion(step, script, session, false);
            if (expansion != null) {
                steps.add(expansion);
                continue;
            }
            boolean up = step.direction() == Direction.UPGRADE;
            var statements = up ? script.upgradeStatements(dialect.flavor()) : script.downgradeStatements(dialect.flavor());
            steps.add(new StepScript(step, script, prelude(script), statements, bookkeeping(step), script.transactional(),
                    Backfill.find(up ? script.upgrade() : script.downgrade(), statements, script.file().getFileName().toString())));
        }
        return steps;
    }

    private List<String> prelude(MigrationScript script) {
        List<String> prelude = new ArrayList<>();
        String timeout = script.settings().get("lock-timeout");
        if (timeout != null) {
            String set = dialect.setLockTimeout(dev.strata.runtime.config.ExecutionConfig.parseDuration(timeout, script.file().getFileName() + ": lock-timeout"), script.transactional());
            if (set != null) {
                prelude.add(set);
            }
        }
        return prelude;
    }

    private List<String> bookkeeping(Step step) {
        return store.bookkeeping().moveVersion(step.headsBefore(), step.headsAfter());
    }

    /**
     * The step of a migration with {@code -- strata:expand}: its expand half, or its abort while open; null otherwise.
     * {@code running}: about to run, so its table must exist now.
     */
    private StepScript expansion(Step step, MigrationScript script, JdbcSession session, boolean running) {
        ExpandDirective expand = ExpandDirective.find(script);
        if (expand == null) {
            return null;
        }
        return step.direction() == Direction.UPGRADE
                ? ExpandSteps.upgrade(step, script, expand, dialect, schema, session, running, prelude(script), bookkeeping(step))
                : ExpandSteps.downgrade(step, script, dialect, schema, session, prelude(script), bookkeeping(step));
    }

    /** Refuses to go on from a state that does not match the files: unknown rows, an unmended failure, edited files. */
    void verify(AppliedState state) {
        Set<String> applied = graph().applied(state.versionRows());
        HistoryEntry failure = state.pendingFailure();
        if (failure != null) {
            MigrationScript script = migrations.scripts().get(failure.revision());
            throw new FailedMigrationException("revision " + failure.revision()
                    + (script == null ? "" : " (" + script.file().getFileName() + ")")
                    + " failed half-way on " + failure.startedAt() + " at `" + abbreviate(failure.failedStatement()) + "`: "
                    + failure.error(),
                    "finish or undo its statements by hand, then run `strata stamp " + failure.revision()
                            + "` if it is now fully applied, or `strata repair` to run it again from the start");
        }
        List<String> edited = new ArrayList<>();
        for (String revision : applied) {
            String recorded = state.checksums().get(revision);
            MigrationScript script = migrations.scripts().get(revision);
            if (recorded != null && script != null && !recorded.equals(script.checksum())) {
                edited.add(script.file().toString());
            }
        }
        if (!edited.isEmpty()) {
            String what = edited.size() == 1
                    ? edited.get(0) + " was edited after it was applied"
                    : edited.size() + " migration files were edited after they were applied: "
                      + String.join(", ", edited.subList(0, Math.min(3, edited.size()))) + (edited.size() > 3 ? ", …" : "");
            throw new ChecksumMismatchException(what,
                    "restore the applied version, or run `strata repair` to accept the edit and record the new checksum");
        }
    }

    private static void refuseRange(String target) {
        if (target.indexOf(':') >= 0) {
            throw new BadInputException("a range like " + target + " is only for --sql", "give a single target, e.g. `head`");
        }
    }

    static String abbreviate(String sql) {
        if (sql == null) {
            return "";
        }
        String oneLine = sql.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
