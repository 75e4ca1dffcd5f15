package dev.strata.runtime.postgres;

import dev.strata.runtime.JdbcSession;

import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one inspection's catalog queries on a session: each {@link CatalogQuery} at most once, all in one
 * snapshot with {@code search_path} empty, and counts every statement it sends, so that the number of
 * round trips is visible and constant.
 *
 * <p>On a session in autocommit mode it opens a read-only {@code REPEATABLE READ} transaction of its own,
 * so that every query sees the same catalog, and rolls it back at the end. Inside a transaction the caller
 * already opened, it sets {@code search_path} for that transaction only and puts the old value back.
 */
final class CatalogReader {
    private final JdbcSession session;
    private final String[] schemas;
    private final int majorVersion;
    private final boolean ownTransaction;
    private final Set<CatalogQuery<?>> run = new HashSet<>();
    private String previousSearchPath;
    private String previousJit;
    private int statements;

    private CatalogReader(JdbcSession session, Set<String> schemas, int majorVersion, boolean ownTransaction) {
        this.session = session;
        this.schemas = schemas.toArray(String[]::new);
        this.majorVersion = majorVersion;
        this.ownTransaction = ownTransaction;
    }

    /** Prepares the session for reading the given schemas (empty: all of them). */
    static CatalogReader begin(JdbcSession session, Set<String> schemas) {
        int major = session.withConnection(c -> c.getMetaData().getDatabaseMajorVersion());
        boolean autoCommit = session.withConnection(Connection::getAutoCommit);
        CatalogReader reader = new CatalogReader(session, schemas, major, autoCommit);
        if (autoCommit) {
            session.autoCommit(false);
            try {
                reader.statements++;
                session.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                reader.statements++;
                // the server's JIT would compile the larger catalog queries on every inspection, which costs more than
                // it saves here (measured: 608 ms of a 763 ms index query on 2,000 tables): off for this transaction
                session.queryOne("SELECT set_config('search_path', '', true), set_config('jit', 'off', true)", r -> r.getString(1));
            } catch (RuntimeException e) {
                reader.abandon(e);
                throw e;
            }
        } else {
            reader.statements++;
            String[] previous = session.queryOne("""
                    SELECT old.path, old.jit, set_config('search_path', '', true), set_config('jit', 'off', true)
                      FROM (SELECT current_setting('search_path') AS path, current_setting('jit') AS jit OFFSET 0) old""",
                    r -> new String[]{r.getString(1), r.getString(2)});
            reader.previousSearchPath = previous[0];
            reader.previousJit = previous[1];
        }
        return reader;
    }

    /** The rows of one catalog query; asking for the same query twice is a programming error. */
    <T> List<T> read(CatalogQuery<T> query) {
        if (!run.add(query)) {
            throw new IllegalStateException("the " + query + " query already ran in this inspection");
        }
        statements++;
        return session.query(query.sqlFor(majorVersion), query.mapper(), (Object) schemas);
    }

    /** Statements sent so far, setup included. */
    int statements() {
        return statements;
    }

    /** Leaves the session as it was. */
    void end() {
        if (ownTransaction) {
            session.rollbackQuietly();
            session.autoCommit(true);
        } else {
            restoreSearchPath();
        }
    }

    /** Leaves the session as it was as far as it can after a failure, never hiding the failure. */
    void abandon(Throwable failure) {
        try {
            if (ownTransaction) {
                session.rollbackQuietly();
                session.autoCommit(true);
            } else if (previousSearchPath != null) {
                restoreSearchPath(); // fails when the caller's transaction failed too; its rollback restores it then
            }
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private void restoreSearchPath() {
        statements++;
        session.queryOne("SELECT set_config('search_path', ?, true), set_config('jit', ?, true)", r -> r.getString(1),
                previousSearchPath, previousJit);
    }
}
