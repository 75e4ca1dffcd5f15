package dev.strata.runtime.mariadb;

import dev.strata.core.diff.DiffPolicy;
import dev.strata.core.script.SqlFlavor;
import dev.strata.runtime.Database;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.Inspector;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.MigrationLock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB and MySQL: backtick quoting, {@code GET_LOCK}, and DDL that commits implicitly, so a migration
 * that fails after a DDL statement cannot be rolled back (the runner records it as failed).
 */
public final class MariaDbDialect implements Dialect {

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public Inspector inspector() {
        return new MariaDbInspector();
    }

    @Override
    public DiffPolicy diffPolicy() {
        return new MariaDbDiffPolicy();
    }

    @Override
    public SqlFlavor flavor() {
        return SqlFlavor.MARIADB;
    }

    @Override
    public String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    @Override
    public String literal(String value) {
        if (value == null) {
            return "NULL";
        }
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public boolean namespaceIsDatabase() {
        return true;
    }

    /** The connection's own database ({@link #HOME_DATABASE}) is written unqualified. */
    @Override
    public String qualified(String schema, String name) {
        return schema == null || schema.equals(HOME_DATABASE) ? quote(name) : quote(schema) + "." + quote(name);
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    /** Everything but plain data manipulation commits implicitly on MariaDB. */
    @Override
    public boolean commitsImplicitly(String statement) {
        String word = firstWord(statement);
        return !DATA_MANIPULATION.contains(word);
    }

    private static final java.util.Set<String> DATA_MANIPULATION =
            java.util.Set.of("INSERT", "UPDATE", "DELETE", "REPLACE", "SELECT", "WITH", "VALUES", "TABLE", "DO");

    private static String firstWord(String statement) {
        int i = 0;
        int n = statement.length();
        while (i < n) {
            char c = statement.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (c == '#' || (c == '-' && statement.startsWith("-- ", i))) {
                int end = statement.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && statement.startsWith("/*", i) && !statement.startsWith("/*!", i) && !statement.startsWith("/*M!", i)) {
                int end = statement.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < n && Character.isLetter(statement.charAt(i))) {
            i++;
        }
        return statement.substring(start, i).toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public List<String> createBookkeepingTables(String schema) {
        List<String> sql = new ArrayList<>();
        if (schema != null) {
            sql.add("CREATE DATABASE IF NOT EXISTS " + quote(schema));
        }
        sql.add("CREATE TABLE IF NOT EXISTS " + qualified(schema, "strata_version")
                + " (`revision` varchar(64) NOT NULL PRIMARY KEY) ENGINE=InnoDB");
        sql.add("CREATE TABLE IF NOT EXISTS " + qualified(schema, "strata_history") + " ("
                + "`id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                + "`revision` varchar(64) NOT NULL, `direction` varchar(16) NOT NULL, `checksum` varchar(64), "
                + "`started_at` datetime(6) NOT NULL, `finished_at` datetime(6), `duration_ms` bigint, "
                + "`db_user` varchar(255), `os_user` varchar(255), `strata_version` varchar(32), "
                + "`outcome` varchar(16) NOT NULL, `failed_statement` longtext, `error` longtext) ENGINE=InnoDB");
        return sql;
    }

    @Override
    public MigrationLock lock(Database database, String schema, Duration wait, LockWaitListener waiting) {
        return MariaDbNamedLock.acquire(database, schema, wait, waiting);
    }

    @Override
    public void prepareSession(JdbcSession session, ExecutionSettings execution) {
        if (!execution.statementTimeout().isZero()) {
            double seconds = execution.statementTimeout().toMillis() / 1000.0;
            session.execute("SET SESSION max_statement_time = " + seconds);
        }
    }

    @Override
    public boolean versionTableExists(JdbcSession session, String schema) {
        Integer found = session.queryOne("SELECT COUNT(*) FROM information_schema.tables "
                        + "WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = 'strata_version'",
                r -> r.getInt(1), schema);
        return found != null && found > 0;
    }

    @Override
    public void createDatabase(Database server, String name) {
        try (JdbcSession admin = server.open()) {
            admin.execute("CREATE DATABASE " + quote(name));
        }
    }

    @Override
    public void dropDatabase(Database server, String name) {
        try (JdbcSession admin = server.open()) {
            admin.execute("DROP DATABASE IF EXISTS " + quote(name));
        }
    }

    @Override
    public dev.strata.runtime.DdlRenderer renderer() {
        return new MariaDbRenderer(this);
    }

    /** A table's default charset change must also modify the columns that follow it: the renderer tracks them from here. */
    @Override
    public dev.strata.runtime.DdlRenderer renderer(dev.strata.core.model.Schema before) {
        return new MariaDbRenderer(this, before);
    }
}
