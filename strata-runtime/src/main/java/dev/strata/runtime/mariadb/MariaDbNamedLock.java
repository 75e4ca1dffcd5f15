package dev.strata.runtime.mariadb;

import dev.strata.core.error.DatabaseException;
import dev.strata.runtime.Database;
import dev.strata.runtime.Dialect.LockWaitListener;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.LockWaiting;
import dev.strata.runtime.MigrationLock;

import java.time.Duration;

/** A {@code GET_LOCK} named lock on a connection of its own; the server frees it when the connection ends. */
final class MariaDbNamedLock implements MigrationLock {
    private final JdbcSession session;
    private final String name;

    private MariaDbNamedLock(JdbcSession session, String name) {
        this.session = session;
        this.name = name;
    }

    static MigrationLock acquire(Database database, String schema, Duration wait, LockWaitListener waiting) {
        JdbcSession session = database.open();
        try {
            String db = session.queryOne("SELECT DATABASE()", r -> r.getString(1));
            String name = lockName(schema != null ? schema : String.valueOf(db));
            LockWaiting.poll(wait, waiting,
                    () -> Integer.valueOf(1).equals(session.queryOne("SELECT GET_LOCK(?, 0)", r -> r.getInt(1), name)),
                    () -> holder(session, name));
            return new MariaDbNamedLock(session, name);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Lock names are server-wide and at most 64 characters. */
    static String lockName(String database) {
        String name = "strata:" + database;
        return name.length() <= 64 ? name : "strata:" + Integer.toHexString(database.hashCode()) + ":" + name.substring(name.length() - 40);
    }

    private static String holder(JdbcSession session, String name) {
        String who = session.queryOne("""
                SELECT CONCAT('connection ', p.ID, ' (user ', p.USER, ' from ', p.HOST, ', ', p.TIME, ' s in its current state)')
                  FROM information_schema.PROCESSLIST p WHERE p.ID = IS_USED_LOCK(?)""", r -> r.getString(1), name);
        return who == null ? "another connection" : who;
    }

    @Override
    public void close() {
        try {
            session.queryOne("SELECT RELEASE_LOCK(?)", r -> r.getObject(1), name);
        } catch (DatabaseException ignored) {
            // the server frees the lock with the connection, which closes next
        } finally {
            session.close();
        }
    }
}
