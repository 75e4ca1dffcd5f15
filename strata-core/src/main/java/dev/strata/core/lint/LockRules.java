package dev.strata.core.lint;

import dev.strata.core.lint.sql.Stmt;

import java.util.List;
import java.util.Map;

import static dev.strata.core.lint.RuleCatalog.PG_MISSING_LOCK_TIMEOUT;
import static dev.strata.core.lint.RuleCatalog.PG_STATEMENT_AFTER_ACCESS_EXCLUSIVE;

/**
 * The PostgreSQL rules about how long a strong lock is waited for and held: {@code pg-missing-lock-timeout} and
 * {@code pg-statement-after-access-exclusive}. Both judge only tables that existed before the migration (nobody
 * else can hold or wait for a lock on a table the migration made).
 */
final class LockRules {
    private LockRules() {
    }

    static void judge(Judgement j) {
        if (!j.postgres()) {
            return;
        }
        Map<String, PgLocks.Mode> locks = PgLocks.of(j.stmt, j.state);
        List<String> existing = locks.keySet().stream().filter(j::existing).toList();
        missingLockTimeout(j, locks, existing);
        afterAccessExclusive(j, locks, existing);
    }

    private static void missingLockTimeout(Judgement j, Map<String, PgLocks.Mode> locks, List<String> existing) {
        Judgement.Migration m = j.migration;
        if (m.lockTimeoutOff == null) {
            return;
        }
        for (String table : existing) {
            PgLocks.Mode mode = locks.get(table);
            if (mode == PgLocks.Mode.ACCESS_EXCLUSIVE || mode == PgLocks.Mode.SHARE_ROW_EXCLUSIVE) {
                j.report(PG_MISSING_LOCK_TIMEOUT, "this statement takes " + mode.words() + " on " + table + " with no lock_timeout in force ("
                                + m.lockTimeoutOff + "): while any transaction holds a lock on " + table + ", it waits without limit,"
                                + " and every query on " + table + " queues behind it",
                        m.lockTimeoutFix + "; Strata retries a statement that times out with backoff (`[execution] lock-retries`)");
                return; // one finding per statement
            }
        }
    }

    /**
     * After an ACCESS EXCLUSIVE lock on an existing table, a statement that waits for a lock on another existing table
     * or reads and writes rows keeps every query on the locked table waiting. Quick catalog changes of the locked table
     * itself do not count, and slow work on it (an index build, a scan, a rewrite) is judged by its own rule. Every such
     * statement is reported, not just the first: each is one to move out, and a suppression of one does not hide the next.
     */
    private static void afterAccessExclusive(Judgement j, Map<String, PgLocks.Mode> locks, List<String> existing) {
        Judgement.Migration m = j.migration;
        if (!m.transactional) {
            return; // each statement commits by itself and releases its locks
        }
        if (m.exclusiveHeld != null) {
            String other = existing.stream().filter(t -> !m.exclusiveTables.contains(t)).findFirst().orElse(null);
            boolean rows = j.stmt instanceof Stmt.DataChange && !existing.isEmpty();
            if (other != null || rows) {
                String work = rows ? ((Stmt.DataChange) j.stmt).verb() + " "
                        + existing.get(0) + " works on rows" : "this statement takes a lock on " + other;
                j.report(PG_STATEMENT_AFTER_ACCESS_EXCLUSIVE, work + " in the transaction that already holds an ACCESS EXCLUSIVE lock on "
                                + m.exclusiveHeld + ": every read and write of " + m.exclusiveTables.iterator().next()
                                + " waits until this statement (and the rest of the migration) is done and commits",
                        "split the migration so that the ACCESS EXCLUSIVE lock is the last thing its transaction takes: move this"
                                + " statement to a migration of its own");
            }
        }
        for (String table : existing) {
            if (locks.get(table) == PgLocks.Mode.ACCESS_EXCLUSIVE && m.exclusiveTables.add(table) && m.exclusiveHeld == null) {
                m.exclusiveHeld = table + " (taken at line " + j.line + ")";
            }
        }
    }

    /** True when a lock_timeout value as PostgreSQL reads it ({@code 0}, {@code '0s'}, {@code 0ms}) turns the timeout off. */
    static boolean zero(String value) {
        return value.strip().toLowerCase(java.util.Locale.ROOT).matches("0+(\\.0*)?\\s*(us|ms|s|min|h|d)?");
    }

    /** Follows the migration's {@code SET lock_timeout} / {@code RESET}. */
    static void setting(Judgement.Migration m, Stmt.Setting setting, int line) {
        boolean all = setting.name().equals("all") && setting.value() == null;
        if (!setting.name().equals("lock_timeout") && !all) {
            return;
        }
        if (setting.local() && !m.transactional) {
            return; // SET LOCAL outside a transaction block changes nothing
        }
        if (setting.value() == null) {
            m.lockTimeoutOff = (all ? "RESET ALL" : "RESET lock_timeout") + " at line " + line + " returns it to the server's default, 0 unless"
                    + " postgresql.conf or the role sets one: Strata's own setting is undone";
            m.lockTimeoutFix = "remove the RESET, or set one explicitly: SET lock_timeout = '2s'";
        } else if (zero(setting.value())) {
            m.lockTimeoutOff = "SET lock_timeout = " + setting.value() + " at line " + line + " turns it off";
            m.lockTimeoutFix = "remove the SET lock_timeout = " + setting.value() + " (Strata sets one), or set a limit: SET lock_timeout = '2s'";
        } else {
            m.lockTimeoutOff = null;
        }
    }
}
