package dev.strata.runtime.mariadb;

import dev.strata.runtime.testing.StatementLog;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.diff.SchemaDiffer;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.model.View;
import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole inspections: stable, free of false differences, faithful to hostile names, and batched. */
class MariaDbInspectionIT {
    private static final Database SERVER = TestServers.server(DatabaseKind.MARIADB);

    /** Every kind of object the inspector reads. */
    private static final List<String> SCRIPT = List.of(
            "CREATE TABLE users (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, email varchar(255) NOT NULL UNIQUE, "
                    + "name varchar(100) COLLATE utf8mb4_bin DEFAULT 'it''s', active boolean NOT NULL DEFAULT true, "
                    + "score decimal(8,2) DEFAULT 0.00, created timestamp NOT NULL DEFAULT current_timestamp() "
                    + "ON UPDATE current_timestamp(), bio text COMMENT 'about', prefs json, "
                    + "initial char(1) AS (left(name, 1)) VIRTUAL, lower_email varchar(255) AS (lower(email)) STORED, "
                    + "CONSTRAINT ck_score CHECK (score >= 0), CHECK (length(email) > 3), "
                    + "KEY ix_name_prefix (name(20), score DESC), FULLTEXT KEY ft_bio (bio)) COMMENT 'people'",
            "CREATE TABLE orders (id int PRIMARY KEY, user_id bigint NOT NULL, ref varchar(20), status enum('new','done') "
                    + "NOT NULL DEFAULT 'new', FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE, "
                    + "UNIQUE KEY uq_ref (ref, status)) ENGINE=InnoDB DEFAULT CHARSET=latin1",
            "CREATE TABLE order_lines (order_id int, n int, CONSTRAINT fk_lines_order FOREIGN KEY (order_id) REFERENCES orders (id), "
                    + "PRIMARY KEY (order_id, n))",
            "CREATE INDEX ix_orders_status ON orders (status)",
            "CREATE VIEW open_orders AS SELECT o.id, u.email FROM orders o JOIN users u ON u.id = o.user_id WHERE o.status = 'new'");

    private static void run(JdbcSession session, List<String> statements) {
        for (String statement : statements) {
            session.execute(statement);
        }
    }

    /** The namespace under another name, as when a scratch database stands for the target. */
    private static Schema renamed(Schema schema, String name) {
        Namespace only = schema.namespaces().get(0);
        return Schema.of(new Namespace(name, only.tables(), only.views(), only.sequences(), only.enumTypes(), only.domains()));
    }

    @Test
    void theSameScriptInTwoDatabasesInspectsTheSameAndTwiceIsEqual() {
        MariaDbInspector inspector = new MariaDbInspector();
        try (ScratchDatabase a = ScratchDatabase.create(SERVER, "inspect_a");
             ScratchDatabase b = ScratchDatabase.create(SERVER, "inspect_b");
             JdbcSession sa = a.database().open();
             JdbcSession sb = b.database().open()) {
            run(sa, SCRIPT);
            run(sb, SCRIPT);
            Schema first = inspector.inspect(sa, Set.of());
            Schema other = renamed(inspector.inspect(sb, Set.of()), a.name());

            assertThat(inspector.inspect(sa, Set.of())).isEqualTo(first);
            assertThat(other).isEqualTo(first);
            SchemaDiff diff = new SchemaDiffer(new MariaDbDiffPolicy()).diff(first, other);
            assertThat(diff.differences()).isEmpty();
            assertThat(diff.operations()).isEmpty();
            Namespace ns = first.namespaces().get(0);
            assertThat(ns.tables()).extracting(Table::name).containsExactly("order_lines", "orders", "users");
            assertThat(ns.views()).extracting(View::name).containsExactly("open_orders");
            assertThat(ns.table("users").orElseThrow().column("prefs").orElseThrow().type()).isEqualTo(ColumnType.of("json"));
        }
    }

    @Test
    void hostileIdentifiersRoundTrip() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String database = "strata `hostile` \"db\" ü select " + suffix;
        String table = "we`ird \"tbl\" 'sq' ü select";
        String longName = "c".repeat(63) + "é";
        String column = "col `with` \"spaces\" ü";
        String index = "ix `odd` 'name'";
        String foreignKey = "fk `odd` \"name\"";
        String check = "ck `odd` ü";
        String unique = "uq `odd` order";
        String view = "v `odd` ü";
        String json = "doc `odd`";
        MariaDbDialect dialect = new MariaDbDialect();
        dialect.createDatabase(SERVER, database);
        try (JdbcSession session = SERVER.sibling(database).open()) {
            String q = dialect.quote(table);
            run(session, List.of(
                    "CREATE TABLE `order` (`select` int PRIMARY KEY)",
                    "CREATE TABLE " + dialect.quote(longName) + " (" + dialect.quote(longName) + " int, KEY "
                            + dialect.quote(longName) + " (" + dialect.quote(longName) + "))",
                    "CREATE TABLE " + q + " (" + dialect.quote(longName) + " int NOT NULL, " + dialect.quote(column) + " varchar(10), "
                            + "`select` int, " + dialect.quote(json) + " json, PRIMARY KEY (" + dialect.quote(longName) + "), "
                            + "CONSTRAINT " + dialect.quote(foreignKey) + " FOREIGN KEY (`select`) REFERENCES `order` (`select`), "
                            + "CONSTRAINT " + dialect.quote(check) + " CHECK (" + dialect.quote(column) + " <> 'x'), "
                            + "UNIQUE KEY " + dialect.quote(unique) + " (" + dialect.quote(column) + "))",
                    "CREATE INDEX " + dialect.quote(index) + " ON " + q + " (`select`, " + dialect.quote(longName) + ")",
                    "CREATE VIEW " + dialect.quote(view) + " AS SELECT " + dialect.quote(column) + " FROM " + q));

            Schema schema = new MariaDbInspector().inspect(session, Set.of(database));

            Namespace ns = schema.namespace(database).orElseThrow();
            assertThat(ns.tables()).extracting(Table::name).containsExactly(longName, "order", table);
            assertThat(ns.table(longName).orElseThrow().indexes()).containsExactly(Index.on(longName, longName));
            Table t = ns.table(table).orElseThrow();
            assertThat(t.columns()).extracting(Column::name).containsExactly(longName, column, "select", json);
            assertThat(t.column(json).orElseThrow().type()).isEqualTo(ColumnType.of("json"));
            assertThat(t.primaryKey()).isEqualTo(new PrimaryKey(null, List.of(longName)));
            assertThat(t.foreignKeys()).containsExactly(new ForeignKey(foreignKey, List.of("select"), new TableRef(null, "order"),
                    List.of("select"), ReferentialAction.RESTRICT, ReferentialAction.RESTRICT, false, false, true));
            assertThat(t.checks()).containsExactly(CheckConstraint.of(check, dialect.quote(column) + " <> 'x'"));
            assertThat(t.uniques()).containsExactly(UniqueConstraint.of(unique, column));
            // MariaDB dropped the index it made for the foreign key once the new index could serve the key
            assertThat(t.indexes()).containsExactly(Index.on(index, "select", longName));
            assertThat(ns.views()).containsExactly(View.of(view, "select " + dialect.quote(table) + "." + dialect.quote(column)
                    + " AS " + dialect.quote(column) + " from " + dialect.quote(table)));
        } finally {
            dialect.dropDatabase(SERVER, database);
        }
    }

    @Test
    void queriesAreBatchedWhateverTheNumberOfTables() throws SQLException {
        List<String> one = statementsInspecting(1);
        List<String> many = statementsInspecting(200);

        assertThat(one).hasSize(MariaDbInspector.QUERIES.size());
        assertThat(many).isEqualTo(one);
        List<String> expected = new ArrayList<>();
        expected.add(String.format(MariaDbInspector.SCHEMATA, "DATABASE()"));
        for (String query : MariaDbInspector.QUERIES.subList(1, MariaDbInspector.QUERIES.size())) {
            expected.add(String.format(query, "?"));
        }
        assertThat(one).isEqualTo(expected);
    }

    /** Creates {@code count} tables (key, foreign key, index, check) and returns the statements an inspection ran. */
    private static List<String> statementsInspecting(int count) throws SQLException {
        try (ScratchDatabase scratch = ScratchDatabase.create(SERVER, "inspect_batch")) {
            try (JdbcSession setup = scratch.database().open()) {
                setup.execute("SET SESSION foreign_key_checks = 0");
                for (int i = 0; i < count; i++) {
                    setup.execute("CREATE TABLE t" + i + " (id int PRIMARY KEY, prev int, name varchar(20) CHECK (name <> ''), "
                            + "KEY ix_name (name), CONSTRAINT fk_" + i + " FOREIGN KEY (prev) REFERENCES t" + Math.max(i - 1, 0)
                            + " (id))");
                }
            }
            StatementLog log = new StatementLog();
            try (JdbcSession session = log.open(scratch.database())) {
                Schema schema = new MariaDbInspector().inspect(session, Set.of());
                List<Table> tables = schema.namespaces().get(0).tables();
                assertThat(tables).hasSize(count);
                assertThat(tables).allSatisfy(t -> {
                    assertThat(t.foreignKeys()).hasSize(1);
                    assertThat(t.checks()).hasSize(1);
                    assertThat(t.indexes()).extracting(Index::name).contains("ix_name");
                });
            }
            return Collections.unmodifiableList(log.statements);
        }
    }
}
