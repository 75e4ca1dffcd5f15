package dev.strata.core.dialect;

import dev.strata.core.script.SqlFlavor;

import java.util.List;

/**
 * What the core needs to know about a database's SQL: how it quotes, how its client splits scripts,
 * whether DDL is transactional, and the DDL of Strata's own tables. No JDBC here: the runtime's
 * {@code Dialect} extends this with connections and locks.
 */
public interface SqlDialect {

    /** A short lowercase name: {@code postgresql}, {@code mariadb}, {@code sqlite}. */
    String name();

    SqlFlavor flavor();

    /** Quotes an identifier, doubling the quote character inside it. Always quotes. */
    String quote(String identifier);

    /** A string literal, with quotes (and, where the dialect needs it, backslashes) escaped. */
    default String literal(String value) {
        if (value == null) {
            return "NULL";
        }
        return "'" + value.replace("'", "''") + "'";
    }

    /** {@code "schema"."name"}, or just {@code "name"} when schema is null. */
    default String qualified(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    /** True when DDL can be rolled back inside a transaction (PostgreSQL, SQLite); false for MariaDB. */
    boolean transactionalDdl();

    /** Statements that create Strata's version and history tables (and the schema) if they do not exist. */
    List<String> createBookkeepingTables(String schema);

    /** The SQL expression for the database user in an INSERT: {@code CURRENT_USER}, or a literal where there is none. */
    default String currentUserExpression() {
        return "CURRENT_USER";
    }

    /** Statements that open a transaction in a script (what a script sink prints). */
    default String beginStatement() {
        return "BEGIN";
    }
}
