package dev.strata.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The large schema of design/benchmarks.md that the introspection, diff and heap scenarios read: {@code n}
 * tables {@code t1} … {@code tn}, each with 10 columns, a primary key, one foreign key and two secondary
 * indexes. The foreign keys take one of two {@link Shape}s. Table {@code t1} has nowhere to point to, so its
 * key refers to itself: every table has exactly one foreign key, and in {@code chain} the path of keys from
 * {@code tn} back to {@code t1} is {@code n} tables long.
 */
final class SchemaWorkload {

    /** Tables per transaction when creating the schema: few round trips, and few enough locks at once. */
    static final int BATCH = 100;

    /** How many tables each kind of change in {@link #changes(int)} touches. */
    static final int CHANGED_TABLES = 5;

    /** The shape of the foreign keys. */
    enum Shape {
        /** Table i refers to table i/2: a binary tree, FK depth log2(n). */
        TREE,
        /** Table i refers to table i−1: one chain, FK depth n. */
        CHAIN;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Shape parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown shape '" + text + "' (tree, chain)", e);
            }
        }

        /** The table that table {@code i} refers to. */
        int parent(int i) {
            if (i == 1) {
                return 1;
            }
            return this == TREE ? i / 2 : i - 1;
        }
    }

    private SchemaWorkload() {
    }

    /** The DDL of table {@code i}: the table with its keys, then its two indexes. */
    static String tableSql(Shape shape, int i) {
        String t = "t" + i;
        return "CREATE TABLE " + t + " (\n"
                + "    id bigint NOT NULL,\n"
                + "    parent_id bigint,\n"
                + "    name varchar(100) NOT NULL,\n"
                + "    code char(8),\n"
                + "    amount numeric(12,2) NOT NULL DEFAULT 0,\n"
                + "    quantity integer,\n"
                + "    active boolean NOT NULL DEFAULT true,\n"
                + "    note text,\n"
                + "    created_at timestamptz NOT NULL DEFAULT now(),\n"
                + "    payload jsonb,\n"
                + "    CONSTRAINT " + t + "_pkey PRIMARY KEY (id),\n"
                + "    CONSTRAINT " + t + "_parent_fk FOREIGN KEY (parent_id) REFERENCES t" + shape.parent(i) + " (id)\n"
                + ");\n"
                + "CREATE INDEX " + t + "_parent_id_idx ON " + t + " (parent_id);\n"
                + "CREATE INDEX " + t + "_name_created_idx ON " + t + " (name, created_at);\n";
    }

    /**
     * The few changes that make the second database of the diff scenarios differ from the first: in
     * {@value #CHANGED_TABLES} tables each, spread over the schema, a column added, a column dropped, a column's
     * type changed, an index added and an index dropped.
     */
    static List<String> changes(int n) {
        List<String> changes = new ArrayList<>();
        int kinds = 5;
        int slots = CHANGED_TABLES * kinds;
        for (int k = 0; k < slots; k++) {
            int i = Math.max(1, (int) ((long) n * (k + 1) / (slots + 1)));
            String t = "t" + i;
            changes.add(switch (k % kinds) {
                case 0 -> "ALTER TABLE " + t + " ADD COLUMN extra integer";
                case 1 -> "ALTER TABLE " + t + " DROP COLUMN note";
                case 2 -> "ALTER TABLE " + t + " ALTER COLUMN code TYPE varchar(20)";
                case 3 -> "CREATE INDEX " + t + "_created_at_idx ON " + t + " (created_at)";
                default -> "DROP INDEX " + t + "_name_created_idx";
            });
        }
        return changes;
    }

    /** Creates the {@code n} tables in {@code db} over one connection, {@value #BATCH} tables per transaction. */
    static void create(DbUrl db, Shape shape, int n) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            StringBuilder batch = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                batch.append(tableSql(shape, i));
                if (i % BATCH == 0 || i == n) {
                    statement.execute(batch.toString());
                    connection.commit();
                    batch.setLength(0);
                }
            }
        }
    }

    /** Applies {@link #changes(int)} to {@code db}, in one transaction. */
    static void change(DbUrl db, int n) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(String.join(";\n", changes(n)));
            connection.commit();
        }
    }

    /** How many ordinary tables the {@code public} schema of {@code db} holds. */
    static int tables(DbUrl db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_class c"
                     + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                     + " WHERE c.relkind = 'r' AND n.nspname = 'public'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
