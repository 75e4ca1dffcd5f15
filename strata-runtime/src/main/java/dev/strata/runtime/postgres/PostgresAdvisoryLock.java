package dev.strata.runtime.postgres;

import dev.strata.core.error.DatabaseException;
import dev.strata.runtime.Database;
import dev.strata.runtime.Dialect.LockWaitListener;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.MigrationLock;
import dev.strata.runtime.LockWaiting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A session-level advisory lock, held on a connection of its own with no transaction open: the server
 * releases it when the process dies, and {@code CREATE INDEX CONCURRENTLY} on the working connection
 * cannot deadlock against it (it waits for transactions, and this session has none).
 */
final class PostgresAdvisoryLock implements MigrationLock {
    private final JdbcSession session;
    private final long key;

    private PostgresAdvisoryLock(JdbcSession session, long key) {
        this.session = session;
        this.key = key;
    }

    static MigrationLock acquire(Database database, String schema, Duration wait, LockWaitListener waiting) {
        long key = key(schema);
        JdbcSession session = database.open();
        try {
            LockWaiting.poll(wait, waiting,
                    () -> Boolean.TRUE.equals(session.queryOne("SELECT pg_try_advisory_lock(?)", r -> r.getBoolean(1), key)),
                    () -> holder(session, key));
            return new PostgresAdvisoryLock(session, key);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** A stable 64-bit key for the schema whose migrations this lock guards. */
    static long key(String schema) {
        byte[] bytes = ("strata:" + (schema == null ? "" : schema)).getBytes(StandardCharsets.UTF_8);
        long hash = 0xcbf29ce484222325L; // FNV-1a
        for (byte b : bytes) {
            hash ^= (b & 0xff);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static String holder(JdbcSession session, long key) {
        String who = session.queryOne("""
                SELECT a.pid || ' (' || coalesce(nullif(a.application_name, ''), 'no application name')
                       || ', user ' || a.usename || coalesce(', from ' || host(a.client_addr), '')
                       || ', since ' || to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS') || ')'
                  FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                 WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
                   AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                   AND l.classid::bigint = ? AND l.objid::bigint = ?""",
                r -> r.getString(1), key >>> 32, key & 0xffffffffL);
        return who == null ? "another session" : "session " + who;
    }

    @Override
    public void close() {
        try {
            session.queryOne("SELECT pg_advisory_unlock(?)", r -> r.getBoolean(1), key);
        } catch (DatabaseException ignored) {
            // the lock goes with the session, which closes next
        } finally {
            session.close();
        }
    }
}
