package dev.strata.runtime.lint.verify;

import dev.strata.core.error.DatabaseException;
import dev.strata.core.script.SqlStatement;
import dev.strata.runtime.JdbcSession;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one migration's statements on the migration connection while the {@link LockObserver} watches. A transactional
 * migration runs in one transaction, as {@code upgrade} runs it, and the observer reads the backend's locks after each
 * statement, before commit, so nothing is missed. In a non-transactional migration each statement is its own
 * transaction, observed the same way; a statement PostgreSQL refuses inside a transaction block (SQLSTATE 25001:
 * {@code CONCURRENTLY}, {@code VACUUM}) runs on its own while the observer samples the locks.
 */
final class ObservedRun {
    private static final String ACTIVE_SQL_TRANSACTION = "25001";

    private final JdbcSession work;
    private final LockObserver observer;
    private final String bookkeepingSchema;
    private final boolean freshTotals;

    ObservedRun(JdbcSession work, LockObserver observer, String bookkeepingSchema, boolean freshTotals) {
        this.work = work;
        this.observer = observer;
        this.bookkeepingSchema = bookkeepingSchema;
        this.freshTotals = freshTotals;
    }

    /** @return one observation per statement run; the last one carries the failure when a statement failed (nothing is committed then in a transactional migration) */
    List<StatementObservation> run(List<SqlStatement> statements, boolean transactional) {
        work.autoCommit(true);
        Relations start = relations();
        List<StatementObservation> seen = new ArrayList<>();
        if (transactional) {
            work.autoCommit(false);
            Set<LockObserver.Held> heldBefore = Set.of();
            Relations before = relations();
            for (SqlStatement statement : statements) {
                long t0 = System.nanoTime();
                try {
                    work.execute(statement.sql());
                } catch (DatabaseException e) {
                    seen.add(failure(statement, t0, e));
                    work.rollbackQuietly();
                    work.autoCommit(true);
                    return seen;
                }
                long ms = millisSince(t0);
                Set<LockObserver.Held> heldAfter = observer.held();
                Relations after = relations();
                seen.add(observe(statement, ms, heldBefore, heldAfter, start, before, after, false));
                heldBefore = heldAfter;
                before = after;
            }
            work.commit();
            work.autoCommit(true);
            return seen;
        }
        for (SqlStatement statement : statements) {
            StatementObservation observed = runAlone(statement, start);
            seen.add(observed);
            if (observed.failed()) {
                break;
            }
        }
        return seen;
    }

    private StatementObservation runAlone(SqlStatement statement, Relations start) {
        work.autoCommit(false);
        Relations before = relations();
        long t0 = System.nanoTime();
        try {
            work.execute(statement.sql());
            long ms = millisSince(t0);
            Set<LockObserver.Held> held = observer.held();
            Relations after = relations();
            work.commit();
            return observe(statement, ms, Set.of(), held, start, before, after, false);
        } catch (DatabaseException e) {
            work.rollbackQuietly();
            if (!ACTIVE_SQL_TRANSACTION.equals(e.sqlState())) {
                work.autoCommit(true);
                return failure(statement, t0, e);
            }
        }
        work.autoCommit(true);
        before = relations();
        LockObserver.Sampling sampling = observer.sample();
        t0 = System.nanoTime();
        DatabaseException failed = null;
        try {
            work.execute(statement.sql());
        } catch (DatabaseException e) {
            failed = e;
        }
        long ms = millisSince(t0);
        Set<LockObserver.Held> held = sampling.stop();
        if (failed != null) {
            return failure(statement, t0, failed);
        }
        return observe(statement, ms, Set.of(), held, start, before, relations(), true);
    }

    private Relations relations() {
        return Relations.read(work, bookkeepingSchema, freshTotals);
    }

    private static StatementObservation failure(SqlStatement statement, long t0, DatabaseException e) {
        return new StatementObservation(statement.line(), statement.sql(), millisSince(t0), List.of(), List.of(), List.of(), List.of(),
                List.of(), false, e.getMessage(), e.sqlState());
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static StatementObservation observe(SqlStatement statement, long ms, Set<LockObserver.Held> heldBefore,
                                                Set<LockObserver.Held> heldAfter, Relations start, Relations before,
                                                Relations after, boolean sampled) {
        Set<LockObserver.Held> newlyTaken = new LinkedHashSet<>(heldAfter);
        newlyTaken.removeAll(heldBefore);
        List<Lock> taken = locks(newlyTaken, start, before, after);
        List<Lock> held = locks(heldAfter, start, before, after);
        List<String> rewritten = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        List<String> built = new ArrayList<>();
        for (Relations.Relation now : after.byOid().values()) {
            Relations.Relation was = before.get(now.oid());
            boolean preexisting = start.get(now.oid()) != null;
            if (now.isTable() && preexisting && was != null) {
                if (was.filenode() != now.filenode() && now.filenode() != 0) {
                    rewritten.add(now.name());
                }
                if (now.seqScans() > was.seqScans()) {
                    scanned.add(now.name());
                }
            }
            if (now.kind() == 'i' && was == null && start.get(now.table()) != null) {
                built.add(now.name() + " on " + start.get(now.table()).name());
            }
        }
        return new StatementObservation(statement.line(), statement.sql(), ms, taken, held, rewritten, scanned, built, sampled, null, null);
    }

    private static List<Lock> locks(Set<LockObserver.Held> held, Relations start, Relations before, Relations after) {
        List<Lock> locks = new ArrayList<>();
        for (LockObserver.Held lock : held) {
            Relations.Relation relation = after.get(lock.oid());
            if (relation == null) {
                relation = before.get(lock.oid());
            }
            if (relation == null) {
                relation = start.get(lock.oid());
            }
            if (relation != null) {
                locks.add(new Lock(relation.name(), relation.isTable(), lock.mode(), start.get(lock.oid()) != null));
            }
        }
        return locks;
    }
}
