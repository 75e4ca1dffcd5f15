package dev.strata.runtime;

import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.mariadb.MariaDbDialect;
import dev.strata.runtime.postgres.PostgresDialect;
import dev.strata.runtime.sqlite.SqliteDialect;

/** The small registry of dialects, by the kind of database a URL names. */
public final class Dialects {
    private static final Dialect POSTGRES = new PostgresDialect();
    private static final Dialect MARIADB = new MariaDbDialect();
    private static final Dialect SQLITE = new SqliteDialect();

    private Dialects() {
    }

    public static Dialect of(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRES -> POSTGRES;
            case MARIADB -> MARIADB;
            case SQLITE -> SQLITE;
        };
    }
}
