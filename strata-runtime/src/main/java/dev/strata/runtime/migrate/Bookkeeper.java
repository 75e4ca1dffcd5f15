package dev.strata.runtime.migrate;

import dev.strata.core.script.MigrationScript;
import dev.strata.core.script.MigrationSet;
import dev.strata.runtime.Database;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The commands that read or set the recorded revision without running migrations: current, stamp, repair, the audit log. */
public final class Bookkeeper {
    private final Database database;
    private final Dialect dialect;
    private final MigrationSet migrations;
    private final VersionStore store;
    private final String schema;
    private final ExecutionSettings execution;
    private final MigrationListener listener;
    private final String osUser = System.getProperty("user.name", "unknown");

    public Bookkeeper(Database database, MigrationSet migrations, String schema, ExecutionSettings execution,
                      MigrationListener listener) {
        this.database = database;
        this.dialect = database.dialect();
        this.migrations = migrations;
        this.schema = schema;
        this.execution = execution;
        this.listener = listener;
        this.store = new VersionStore(dialect, schema);
    }

    /** The version rows; empty at base, and for a SQLite file that does not exist yet (which is not created). */
    public Set<String> current() {
        return current(database, schema);
    }

    /** The version rows of a database, read without loading any migration file. */
    public static Set<String> current(Database database, String schema) {
        if (database.isMissingFile()) {
            return Set.of();
        }
        try (JdbcSession session = database.open()) {
            return new VersionStore(database.dialect(), schema).versionRows(session);
        }
    }

    /** The version rows and the whole audit log, read over one connection. */
    public record Recorded(Set<String> current, List<HistoryEntry> auditLog) {
    }

    /** {@link #current()} and {@link #auditLog()} together, over one connection (for {@code show}). */
    public Recorded recorded() {
        if (database.isMissingFile()) {
            return new Recorded(Set.of(), List.of());
        }
        try (JdbcSession session = database.open()) {
            return new Recorded(store.versionRows(session), store.history(session));
        }
    }

    /** Work on a prepared session of its own, under the migration lock. */
    private <T> T locked(java.util.function.Function<JdbcSession, T> work) {
        try (JdbcSession session = database.open()) {
            dialect.prepareSession(session, execution);
            return Locking.holding(database, schema, execution, listener, () -> work.apply(session));
        }
    }

    /** Every row of {@code strata_history}, oldest first. */
    public List<HistoryEntry> auditLog() {
        if (database.isMissingFile()) {
            return List.of();
        }
        try (JdbcSession session = database.open()) {
            return store.history(session);
        }
    }

    /**
     * Sets the version rows to what {@code target} names without running anything. With {@code purge}, the rows
     * are replaced even if they name revisions that no longer exist.
     */
    public Set<String> stamp(String target, boolean purge) {
        return locked(work -> {
            Set<String> rows = store.versionRows(work);
            if (!purge) {
                migrations.graph().applied(rows); // refuses rows naming unknown revisions: that is what --purge is for
            }
            Set<String> after = migrations.graph().stampRows(purge ? Set.of() : rows, target);
            store.ensureTables(work);
            work.autoCommit(false);
            try {
                List<String> sql = new ArrayList<>();
                if (purge) {
                    sql.add(store.bookkeeping().purgeVersions());
                    sql.addAll(store.bookkeeping().moveVersion(Set.of(), after));
                } else {
                    sql.addAll(store.bookkeeping().moveVersion(rows, after));
                }
                sql.forEach(work::execute);
                Instant now = Instant.now();
                for (String revision : after.isEmpty() ? Set.of("base") : after) {
                    MigrationScript script = migrations.scripts().get(revision);
                    store.record(work, entry(revision, "stamp", script == null ? null : script.checksum(), now,
                            HistoryEntry.SUCCESS));
                }
                work.commit();
            } catch (RuntimeException e) {
                work.rollbackQuietly();
                throw e;
            }
            return after;
        });
    }

    /**
     * Accepts the files as they are now: records the current checksum of every applied file that was edited, and
     * marks a half-failed migration as mended (it runs again from the start at the next upgrade).
     *
     * @return one line per thing repaired
     */
    public List<String> repair() {
        return locked(work -> {
            AppliedState state = store.state(work);
            if (!state.tablesExist()) {
                return List.of();
            }
            List<String> repaired = new ArrayList<>();
            work.autoCommit(false);
            try {
                Instant now = Instant.now();
                for (String revision : new LinkedHashSet<>(migrations.graph().applied(state.versionRows()))) {
                    MigrationScript script = migrations.scripts().get(revision);
                    String recorded = state.checksums().get(revision);
                    if (script != null && recorded != null && !recorded.equals(script.checksum())) {
                        store.record(work, entry(revision, "repair", script.checksum(), now, HistoryEntry.SUCCESS));
                        repaired.add("recorded the new checksum of " + script.file().getFileName());
                    }
                }
                HistoryEntry failure = state.pendingFailure();
                if (failure != null) {
                    store.record(work, entry(failure.revision(), "repair", null, now, HistoryEntry.RESOLVED));
                    repaired.add("marked the failed " + failure.direction() + " of " + failure.revision()
                            + " as mended; it will run again from the start");
                }
                work.commit();
            } catch (RuntimeException e) {
                work.rollbackQuietly();
                throw e;
            }
            return repaired;
        });
    }

    private HistoryEntry entry(String revision, String direction, String checksum, Instant now, String outcome) {
        return new HistoryEntry(0, revision, direction, checksum, now, now, 0L, null, osUser, StrataVersion.current(),
                outcome, null, null);
    }
}
