package dev.strata.runtime.zerodowntime;

import dev.strata.core.error.DatabaseException;
import dev.strata.runtime.JdbcSession;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** PostgreSQL: pg_stat_activity, pg_index.indisvalid, pg_stat_replication. */
public final class PostgresZeroDowntime implements ZeroDowntime {
    static final String DEADLOCK_DETECTED = "40P01";

    /**
     * Statements that take a lock blocking reads or writes: ACCESS EXCLUSIVE (most ALTER TABLE, DROP, TRUNCATE,
     * LOCK, VACUUM FULL, CLUSTER, REINDEX, REFRESH MATERIALIZED VIEW), SHARE (CREATE INDEX without CONCURRENTLY),
     * SHARE ROW EXCLUSIVE (CREATE TRIGGER, ALTER TABLE … ADD FOREIGN KEY).
     */
    private static final Pattern STRONG = Pattern.compile(
            "^(ALTER\\s+(TABLE|INDEX|MATERIALIZED\\s+VIEW|VIEW|SEQUENCE|TYPE)\\b"
                    + "|DROP\\s+(?!INDEX\\s+CONCURRENTLY\\b)\\w"
                    + "|CREATE\\s+(UNIQUE\\s+)?INDEX\\s+(?!CONCURRENTLY\\b)"
                    + "|CREATE\\s+(OR\\s+REPLACE\\s+)?(CONSTRAINT\\s+)?TRIGGER\\b"
                    + "|CREATE\\s+(OR\\s+REPLACE\\s+)?RULE\\b"
                    + "|TRUNCATE\\b|LOCK\\b|CLUSTER\\b|VACUUM\\s+(\\(\\s*)?FULL\\b"
                    + "|REINDEX\\s+(?!(\\(.*\\)\\s*)?\\w+\\s+CONCURRENTLY\\b)"
                    + "|REFRESH\\s+MATERIALIZED\\s+VIEW\\s+(?!CONCURRENTLY\\b))",
            Pattern.CASE_INSENSITIVE);

    @Override
    public boolean takesStrongLock(String sql) {
        return STRONG.matcher(Statements.withoutLeadingComments(sql)).find();
    }

    @Override
    public List<LongTransaction> longTransactions(JdbcSession session, Duration olderThan) {
        return session.query("""
                SELECT pid, coalesce(usename, ''), coalesce(application_name, ''), coalesce(host(client_addr), ''),
                       (extract(epoch FROM clock_timestamp() - xact_start) * 1000)::bigint,
                       coalesce(state, ''), coalesce(left(regexp_replace(query, '\\s+', ' ', 'g'), 120), '')
                  FROM pg_stat_activity
                 WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
                   AND xact_start < clock_timestamp() - make_interval(secs => ?)
                 ORDER BY xact_start""",
                r -> new LongTransaction(r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                        Duration.ofMillis(r.getLong(5)), r.getString(6), r.getString(7)),
                olderThan.toMillis() / 1000.0);
    }

    @Override
    public ConcurrentIndex concurrentIndex(String sql) {
        return ConcurrentIndex.of(sql);
    }

    @Override
    public String dropIfInvalid(JdbcSession session, ConcurrentIndex index) {
        String regclass = (index.schema() == null ? "" : quote(index.schema()) + ".") + quote(index.name());
        String invalid = session.queryOne("""
                SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
                  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE i.indexrelid = to_regclass(?) AND NOT i.indisvalid""", r -> r.getString(1), regclass);
        if (invalid == null) {
            return null;
        }
        session.execute("DROP INDEX CONCURRENTLY IF EXISTS " + invalid);
        return invalid;
    }

    @Override
    public boolean isTransient(DatabaseException failure) {
        return DEADLOCK_DETECTED.equals(failure.sqlState());
    }

    @Override
    public Duration replicationLag(JdbcSession session) {
        Long millis = session.queryOne("SELECT coalesce(max(extract(epoch FROM greatest(replay_lag, write_lag, flush_lag)) * 1000), 0)::bigint"
                + " FROM pg_stat_replication", r -> r.getLong(1));
        return Duration.ofMillis(millis == null ? 0 : millis);
    }

    @Override
    public boolean runsBackfills() {
        return true;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
