package dev.strata.runtime.sqlite;

import dev.strata.runtime.testing.StatementLog;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.diff.SchemaDiffer;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
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
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole inspections: stable, free of false differences, faithful to hostile names, and batched. */
class SqliteInspectionIT {
    private static final Database SERVER = TestServers.server(DatabaseKind.SQLITE);

    /** Every kind of object the inspector reads. */
    private static final List<String> SCRIPT = List.of(
            "CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL UNIQUE, "
                    + "name VARCHAR(100) COLLATE NOCASE DEFAULT 'it''s', active BOOLEAN NOT NULL DEFAULT 1, "
                    + "created TEXT DEFAULT CURRENT_TIMESTAMP, initial TEXT AS (substr(name, 1, 1)), "
                    + "CONSTRAINT ck_email CHECK (length(email) > 3), CHECK (active IN (0, 1)))",
            "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users ON DELETE CASCADE, "
                    + "ref TEXT, status TEXT NOT NULL DEFAULT 'new', CONSTRAINT uq_ref UNIQUE (ref, status))",
            "CREATE TABLE order_lines (order_id INTEGER, n INTEGER, PRIMARY KEY (order_id, n), "
                    + "CONSTRAINT fk_lines_order FOREIGN KEY (order_id) REFERENCES orders (id)) WITHOUT ROWID",
            "CREATE INDEX ix_orders_status ON orders (status) WHERE status <> 'done'",
            "CREATE INDEX ix_users_lower ON users (lower(email), created DESC)",
            "CREATE VIEW open_orders AS SELECT o.id, u.email FROM orders o JOIN users u ON u.id = o.user_id WHERE o.status = 'new'");

    private static void run(JdbcSession session, List<String> statements) {
        for (String statement : statements) {
            session.execute(statement);
        }
    }

    @Test
    void theSameScriptInTwoFilesInspectsTheSameAndTwiceIsEqual() {
        SqliteInspector inspector = new SqliteInspector();
        try (ScratchDatabase a = ScratchDatabase.create(SERVER, "inspect_a");
             ScratchDatabase b = ScratchDatabase.create(SERVER, "inspect_b");
             JdbcSession sa = a.database().open();
             JdbcSession sb = b.database().open()) {
            run(sa, SCRIPT);
            run(sb, SCRIPT);
            Schema first = inspector.inspect(sa, Set.of());
            Schema other = inspector.inspect(sb, Set.of());

            assertThat(inspector.inspect(sa, Set.of())).isEqualTo(first);
            assertThat(other).isEqualTo(first);
            SchemaDiff diff = new SchemaDiffer(new SqliteDiffPolicy()).diff(first, other);
            assertThat(diff.differences()).isEmpty();
            assertThat(diff.operations()).isEmpty();
            Namespace ns = first.namespaces().get(0);
            assertThat(ns.tables()).extracting(Table::name).containsExactly("order_lines", "orders", "users");
            assertThat(ns.views()).extracting(View::name).containsExactly("open_orders");
        }
    }

    @Test
    void hostileIdentifiersRoundTrip() {
        String table = "we\"ird `tbl` [x] 'sq' ü select";
        String column = "col \"with\" spaces ü";
        String longName = "c".repeat(100) + "é";
        String index = "ix \"odd\" 'name'";
        String foreignKey = "fk \"odd\" name";
        String check = "ck \"odd\" ü";
        String unique = "uq `odd` order";
        String view = "v \"odd\" ü";
        SqliteDialect dialect = new SqliteDialect();
        String q = dialect.quote(table);
        try (ScratchDatabase scratch = ScratchDatabase.create(SERVER, "inspect_hostile");
             JdbcSession session = scratch.database().open()) {
            run(session, List.of(
                    "CREATE TABLE [order] ([select] INTEGER PRIMARY KEY)",
                    "CREATE TABLE " + q + " (" + dialect.quote(longName) + " INT NOT NULL, " + dialect.quote(column) + " TEXT, "
                            + "`select` INT CONSTRAINT " + dialect.quote(foreignKey) + " REFERENCES \"order\" ([select]), "
                            + "CONSTRAINT " + dialect.quote(check) + " CHECK (" + dialect.quote(column) + " <> 'x'), "
                            + "CONSTRAINT [" + unique + "] UNIQUE (" + dialect.quote(column) + "), "
                            + "PRIMARY KEY (" + dialect.quote(longName) + "))",
                    "CREATE INDEX " + dialect.quote(index) + " ON " + q + " (`select`, " + dialect.quote(longName) + ")",
                    "CREATE VIEW " + dialect.quote(view) + " AS SELECT " + dialect.quote(column) + " FROM " + q));

            Namespace ns = new SqliteInspector().inspect(session, Set.of()).namespaces().get(0);

            assertThat(ns.tables()).extracting(Table::name).containsExactly("order", table);
            Table t = ns.table(table).orElseThrow();
            assertThat(t.columns()).extracting(Column::name).containsExactly(longName, column, "select");
            assertThat(t.primaryKey()).isEqualTo(PrimaryKey.of(longName));
            assertThat(t.foreignKeys()).containsExactly(new ForeignKey(foreignKey, List.of("select"), new TableRef(null, "order"),
                    List.of("select"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false, true));
            assertThat(t.checks()).containsExactly(CheckConstraint.of(check, dialect.quote(column) + " <> 'x'"));
            assertThat(t.uniques()).containsExactly(UniqueConstraint.of(unique, column));
            assertThat(t.indexes()).containsExactly(Index.of(index, IndexElement.column("select"), IndexElement.column(longName)));
            assertThat(ns.views()).containsExactly(View.of(view, "SELECT " + dialect.quote(column) + " FROM " + q));
        }
    }

    @Test
    void queriesAreBatchedWhateverTheNumberOfTables() throws SQLException {
        List<String> one = statementsInspecting(1);
        List<String> many = statementsInspecting(200);

        assertThat(one).isEqualTo(SqliteInspector.QUERIES);
        assertThat(many).isEqualTo(SqliteInspector.QUERIES);
    }

    /** Creates {@code count} tables (key, foreign key, index, check) and returns the statements an inspection ran. */
    private static List<String> statementsInspecting(int count) throws SQLException {
        try (ScratchDatabase scratch = ScratchDatabase.create(SERVER, "inspect_batch")) {
            try (JdbcSession setup = scratch.database().open()) {
                setup.autoCommit(false);
                for (int i = 0; i < count; i++) {
                    setup.execute("CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY, prev INTEGER REFERENCES t" + Math.max(i - 1, 0)
                            + " (id), name TEXT UNIQUE CHECK (name <> ''))");
                    setup.execute("CREATE INDEX ix_" + i + " ON t" + i + " (prev)");
                }
                setup.commit();
            }
            StatementLog log = new StatementLog();
            try (JdbcSession session = log.open(scratch.database())) {
                List<Table> tables = new SqliteInspector().inspect(session, Set.of()).namespaces().get(0).tables();
                assertThat(tables).hasSize(count);
                assertThat(tables).allSatisfy(t -> {
                    assertThat(t.foreignKeys()).hasSize(1);
                    assertThat(t.checks()).hasSize(1);
                    assertThat(t.uniques()).hasSize(1);
                    assertThat(t.indexes()).hasSize(1);
                });
            }
            return new ArrayList<>(log.statements);
        }
    }
}
