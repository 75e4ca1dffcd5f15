package dev.strata.runtime.expand;

import dev.strata.core.error.BadInputException;
import dev.strata.core.error.DatabaseException;
import dev.strata.core.graph.RevisionGraph;
import dev.strata.core.script.MigrationScript;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.MigrationLock;
import dev.strata.runtime.migrate.HistoryEntry;
import dev.strata.runtime.migrate.MigrationFailedException;
import dev.strata.runtime.migrate.StrataVersion;
import dev.strata.runtime.migrate.VersionStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * {@code strata complete} and {@code strata abort}: the contract half of an open expansion, or its undoing. Each runs
 * under the migration lock, in one transaction (PostgreSQL DDL is transactional), retried whole after a lock
 * timeout, and is recorded in {@code strata_history} as {@code complete} or {@code abort}: a failure leaves the
 * database as it was and is recorded too. An abort of an applied revision also takes it off {@code strata_version}.
 */
public final class Expansions {
    public static final String COMPLETE = "complete";
    public static final String ABORT = "abort";
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(8);

    /** What was done: the expansion (as it was before), how long it took, the version rows after. */
    public record Outcome(Expansion expansion, long durationMs, Set<String> versionRows) {
    }

    private final Database database;
    private final Dialect dialect;
    private final MigrationSet migrations;
    private final String schema;
    private final ExecutionSettings execution;
    private final Consumer<String> notes;
    private final ExpansionStore store;
    private final VersionStore versions;
    private final String osUser = System.getProperty("user.name", "unknown");

    /** @param notes hears lock waits and retries */
    public Expansions(Database database, MigrationSet migrations, String schema, ExecutionSettings execution, Consumer<String> notes) {
        this.database = database;
        this.dialect = database.dialect();
        this.migrations = migrations;
        this.schema = schema;
        this.execution = execution;
        this.notes = notes;
        this.store = new ExpansionStore(schema);
        this.versions = new VersionStore(dialect, schema);
    }

    /** Every expansion recorded in the database, oldest first (empty on MariaDB and SQLite). */
    public List<Expansion> list() {
        if (!"postgresql".equals(dialect.name()) || database.isMissingFile()) {
            return List.of();
        }
        try (JdbcSession session = database.open()) {
            return store.read(session);
        }
    }

    /** Drops the trigger, its function and the old column of the open expansion {@code revision} (null: the only one open). */
    public Outcome complete(String revision) {
        return run(COMPLETE, revision);
    }

    /** Drops the trigger, its function and the new columns, and takes the revision off the version table if it is there. */
    public Outcome abort(String revision) {
        return run(ABORT, revision);
    }

    /** What {@code complete} or {@code abort} would run, bookkeeping included; touches nothing. */
    public void printSql(String action, String revision, Appendable out) {
        ExpandSteps.requirePostgres(dialect, action);
        try (JdbcSession session = database.open()) {
            Expansion expansion = target(session, action, revision);
            List<String> sql = statements(session, action, expansion);
            print(out, "-- Strata " + action + " of the expansion of revision " + expansion.revision() + " on " + dialect.name() + ": "
                    + expansion.change());
            print(out, "BEGIN;");
            for (String statement : sql) {
                print(out, statement + ";");
            }
            print(out, versions.bookkeeping().historyInsert(expansion.revision(), action, checksum(expansion.revision()), osUser,
                    StrataVersion.current(), HistoryEntry.SUCCESS) + ";");
            print(out, "COMMIT;");
        }
    }

    private Outcome run(String action, String revision) {
        ExpandSteps.requirePostgres(dialect, action);
        try (JdbcSession work = database.open()) {
            dialect.prepareSession(work, execution);
            MigrationLock lock = dialect.lock(database, schema, execution.lockWait(), holder -> notes.accept(
                    "Waiting for the migration lock, held by " + holder));
            try {
                Expansion expansion = target(work, action, revision);
                List<String> sql = statements(work, action, expansion);
                Instant started = Instant.now();
                long t0 = System.nanoTime();
                for (int attempt = 1; ; attempt++) {
                    work.autoCommit(false);
                    try {
                        sql.forEach(work::execute);
                        Instant finished = Instant.now();
                        versions.record(work, entry(expansion.revision(), action, started, finished, HistoryEntry.SUCCESS, null, null));
                        work.commit();
                        work.autoCommit(true);
                        return new Outcome(expansion, Duration.ofNanos(System.nanoTime() - t0).toMillis(), versions.versionRows(work));
                    } catch (DatabaseException e) {
                        work.rollbackQuietly();
                        work.autoCommit(true);
                        if (dialect.isLockTimeout(e) && attempt <= execution.lockRetries()) {
                            pause(action, attempt, e);
                            continue;
                        }
                        throw failed(work, action, expansion, started, e);
                    }
                }
            } finally {
                lock.close();
            }
        }
    }

    /** The statements of a complete or an abort, version and expansion bookkeeping included (not the history row). */
    private List<String> statements(JdbcSession session, String action, Expansion expansion) {
        List<String> sql = new ArrayList<>();
        if (COMPLETE.equals(action)) {
            if (Expansion.EXPANDING.equals(expansion.state())) {
                throw new BadInputException("the expansion of revision " + expansion.revision() + " (" + expansion.change()
                        + ") has not finished its backfill, so " + String.join(", ", expansion.newColumns()) + " may still miss values",
                        "run `strata upgrade` to finish it, or `strata abort " + expansion.revision() + "` to undo it");
            }
            sql.addAll(expansion.contractSql());
            sql.addAll(forget(session, schema, expansion.revision(), Expansion.COMPLETED));
            return sql;
        }
        sql.addAll(expansion.abortSql());
        sql.addAll(forget(session, schema, expansion.revision(), Expansion.ABORTED));
        sql.addAll(takeOffVersionTable(session, expansion.revision()));
        return sql;
    }

    /** An aborted revision is no longer applied; refused when revisions applied after it still need it. */
    private List<String> takeOffVersionTable(JdbcSession session, String revision) {
        Set<String> rows = versions.versionRows(session);
        RevisionGraph graph = migrations.graph();
        Set<String> applied = graph.applied(rows);
        if (!applied.contains(revision)) {
            return List.of(); // its upgrade failed half-way: nothing recorded to undo
        }
        Set<String> later = new HashSet<>(graph.descendants(Set.of(revision)));
        later.retainAll(applied);
        later.remove(revision);
        if (!later.isEmpty()) {
            throw new BadInputException("revision " + revision + " cannot be aborted while revisions applied after it need it: "
                    + String.join(", ", later.stream().sorted().toList()),
                    "run `strata downgrade " + revision + "` to take them off first, then `strata abort " + revision + "`");
        }
        Set<String> rest = new HashSet<>(applied);
        rest.remove(revision);
        return versions.bookkeeping().moveVersion(rows, graph.versionRows(rest));
    }

    /** The expansion to act on: the one named (a revision or a unique prefix), or the only open one. */
    private Expansion target(JdbcSession session, String action, String revision) {
        List<Expansion> all = store.read(session);
        List<Expansion> open = all.stream().filter(Expansion::isOpen).toList();
        if (revision == null) {
            if (open.isEmpty()) {
                throw new BadInputException("no expansion is open on " + database.description() + ", so there is nothing to " + action,
                        "an expansion opens when `strata upgrade` runs a migration with -- strata:expand");
            }
            if (open.size() > 1) {
                throw new BadInputException(open.size() + " expansions are open: " + String.join("; ",
                        open.stream().map(e -> e.revision() + " (" + e.change() + ")").toList()),
                        "name the one to " + action + ": `strata " + action + " " + open.get(0).revision() + "`");
            }
            return open.get(0);
        }
        Expansion named = all.stream().filter(e -> e.revision().equals(revision)).findFirst().orElse(null);
        String id = named != null ? revision : migrations.graph().resolve(revision).id();
        Expansion expansion = named != null ? named : all.stream().filter(e -> e.revision().equals(id)).findFirst().orElse(null);
        if (expansion == null) {
            throw new BadInputException("revision " + id + " has no expansion on " + database.description(),
                    open.isEmpty() ? "no expansion is open there" : "open: " + String.join(", ", open.stream().map(Expansion::revision).toList()));
        }
        if (!expansion.isOpen()) {
            throw new BadInputException("the expansion of revision " + id + " (" + expansion.change() + ") was already "
                    + expansion.state() + (expansion.finishedAt() == null ? "" : " at " + expansion.finishedAt()),
                    "there is nothing to " + action + "; `strata upgrade` opens a new expansion after a downgrade past " + id);
        }
        return expansion;
    }

    /** Leaves the expansion in {@code state} and drops its backfill's progress rows (when the table exists). */
    static List<String> forget(JdbcSession session, String schema, String revision, String state) {
        List<String> sql = new ArrayList<>();
        String progress = ExpandSteps.progressTable(schema);
        if (Boolean.TRUE.equals(session.queryOne("SELECT to_regclass(?) IS NOT NULL", r -> r.getBoolean(1), progress))) {
            sql.add("DELETE FROM " + progress + " WHERE \"revision\" = " + Sql.literal(revision));
        }
        sql.add(new ExpansionStore(schema).markFinished(revision, state));
        return sql;
    }

    private MigrationFailedException failed(JdbcSession work, String action, Expansion expansion, Instant started, DatabaseException e) {
        try {
            versions.record(work, entry(expansion.revision(), action, started, Instant.now(), HistoryEntry.ROLLED_BACK, e.statement(),
                    e.getMessage()));
        } catch (DatabaseException ignored) {
            // the connection may be gone; the failure itself is what the user must see
        }
        return new MigrationFailedException(action + " of the expansion of revision " + expansion.revision() + " (" + expansion.change()
                + ") failed: " + e.getMessage(), "nothing was changed and the expansion is still open; mend the cause and run `strata "
                + action + " " + expansion.revision() + "` again", e, false);
    }

    private HistoryEntry entry(String revision, String action, Instant started, Instant finished, String outcome, String statement,
                               String error) {
        return new HistoryEntry(0, revision, action, checksum(revision), started, finished,
                Duration.between(started, finished).toMillis(), null, osUser, StrataVersion.current(), outcome, statement, error);
    }

    private String checksum(String revision) {
        MigrationScript script = migrations.scripts().get(revision);
        return script == null ? null : script.checksum();
    }

    private void pause(String action, int attempt, DatabaseException e) {
        long cap = Math.min(MAX_PAUSE.toMillis(), FIRST_PAUSE.toMillis() << Math.min(attempt - 1, 10));
        Duration pause = Duration.ofMillis(cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1));
        notes.accept(action + ": " + e.getMessage() + "; retrying in " + pause.toMillis() + " ms (attempt " + attempt + " of "
                + execution.lockRetries() + ")");
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    private static void print(Appendable out, String line) {
        try {
            out.append(line).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
