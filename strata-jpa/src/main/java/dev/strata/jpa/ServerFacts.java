package dev.strata.jpa;

import dev.strata.core.error.BadInputException;
import dev.strata.runtime.Database;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.config.DatabaseKind;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What Hibernate would learn from a connection before it writes DDL, asked of the server once by Strata, so that
 * Hibernate itself boots with no connection: the product and version (which pick the dialect's type names), the
 * schema unqualified tables land in, and on MariaDB the database's character set (which sets the longest
 * {@code varchar} Hibernate writes) and collation.
 *
 * @param namespace the namespace unqualified tables belong to: PostgreSQL's current schema, or
 *                  {@link Dialect#HOME_DATABASE} on MariaDB
 */
record ServerFacts(DatabaseKind kind, String productVersion, int major, int minor, String namespace, String charset,
                   String collation, boolean noBackslashEscapes) {

    static ServerFacts of(Database server) {
        DatabaseKind kind = server.url().kind();
        if (kind == DatabaseKind.SQLITE) {
            throw new BadInputException("JPA entity models are read for PostgreSQL and MariaDB, not SQLite: Hibernate ORM "
                    + "has no SQLite dialect of its own", "compare the entities against a PostgreSQL or MariaDB database");
        }
        try (JdbcSession session = server.open()) {
            return session.withConnection(connection -> {
                DatabaseMetaData meta = connection.getMetaData();
                String version = meta.getDatabaseProductVersion();
                int major = meta.getDatabaseMajorVersion();
                int minor = meta.getDatabaseMinorVersion();
                if (kind == DatabaseKind.POSTGRES) {
                    try (var statement = connection.createStatement(); ResultSet row = statement.executeQuery("SELECT current_schema()")) {
                        String schema = row.next() ? row.getString(1) : null;
                        return new ServerFacts(kind, version, major, minor, schema == null ? "public" : schema, null, null, false);
                    }
                }
                try (var statement = connection.createStatement();
                     ResultSet row = statement.executeQuery("SELECT @@character_set_database, @@collation_database, @@sql_mode")) {
                    row.next();
                    return new ServerFacts(kind, version, major, minor, Dialect.HOME_DATABASE, row.getString(1), row.getString(2),
                            row.getString(3).toLowerCase(Locale.ROOT).contains("no_backslash_escapes"));
                }
            });
        }
    }

    /** The settings that make Hibernate pick the dialect it would pick on this server, without connecting. */
    Map<String, Object> hibernateSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("jakarta.persistence.database-product-name", kind == DatabaseKind.POSTGRES ? "PostgreSQL" : "MariaDB");
        settings.put("jakarta.persistence.database-product-version", productVersion);
        settings.put("jakarta.persistence.database-major-version", Integer.toString(major));
        settings.put("jakarta.persistence.database-minor-version", Integer.toString(minor));
        settings.put("hibernate.dialect", kind == DatabaseKind.POSTGRES ? "org.hibernate.dialect.PostgreSQLDialect"
                : "org.hibernate.dialect.MariaDBDialect");
        if (kind == DatabaseKind.MARIADB) {
            settings.put("hibernate.dialect.mysql.bytes_per_character", Integer.toString(bytesPerCharacter(charset)));
            settings.put("hibernate.dialect.mysql.no_backslash_escapes", Boolean.toString(noBackslashEscapes));
        }
        return settings;
    }

    /**
     * Bytes per character as Hibernate 6.6 works them out from {@code @@character_set_database} when it has a
     * connection — including its reading of {@code utf8mb4} as 3 (a fall-through in MySQLServerConfiguration), so
     * that the longest {@code varchar} matches what its own export writes.
     */
    static int bytesPerCharacter(String charset) {
        String name = charset == null ? "" : charset.toLowerCase(Locale.ROOT);
        int underscore = name.indexOf('_');
        return switch (underscore < 0 ? name : name.substring(0, underscore)) {
            case "utf16", "utf16le", "utf32", "utf8mb4", "gb18030", "utf8", "utf8mb3", "eucjpms", "ujis" -> 3;
            case "ucs2", "cp932", "big5", "euckr", "gb2312", "gbk", "sjis" -> 2;
            default -> 1;
        };
    }
}
