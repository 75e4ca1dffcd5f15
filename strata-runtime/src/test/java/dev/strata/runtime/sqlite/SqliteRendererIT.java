package dev.strata.runtime.sqlite;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.GeneratedColumn;
import dev.strata.core.model.Identity;
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
import dev.strata.core.ops.AddCheck;
import dev.strata.core.ops.AddColumn;
import dev.strata.core.ops.AddForeignKey;
import dev.strata.core.ops.AddUnique;
import dev.strata.core.ops.AlterColumn;
import dev.strata.core.ops.CreateIndex;
import dev.strata.core.ops.CreateTable;
import dev.strata.core.ops.CreateView;
import dev.strata.core.ops.DropForeignKey;
import dev.strata.core.ops.MigrationOps;
import dev.strata.core.ops.Operation;
import dev.strata.core.ops.RenameColumn;
import dev.strata.core.ops.RenameTable;
import dev.strata.runtime.DdlRenderer.RenderedScript;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendered operations executed on SQLite (a scratch file), each script in one transaction: the pragmas show
 * what the operations say, rows survive table rebuilds, and the rendered downgrade brings the schema back.
 */
class SqliteRendererIT {
    static final String USERS = "ünï \"users\"";
    static final String ORDERS = "select";

    private ScratchDatabase scratch;

    @BeforeEach
    void createScratch() {
        scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.SQLITE), "render");
    }

    @AfterEach
    void dropScratch() {
        scratch.close();
    }

    static Table users() {
        return new Table(USERS,
                List.of(Column.of("id", "INTEGER").notNull().withIdentity(Identity.autoIncrement()),
                        Column.of("it's mail", "TEXT").notNull().withCollation("NOCASE"),
                        Column.of("created", "TEXT").withDefault("datetime('now')")),
                PrimaryKey.of("id"), List.of(), List.of(UniqueConstraint.of("uq_mail", "it's mail")),
                List.of(CheckConstraint.of("ck_mail", "length(\"it's mail\") > 2")), List.of(), List.of(), null, Map.of());
    }

    static Table orders() {
        return new Table(ORDERS,
                List.of(Column.of("id", "INTEGER").notNull(), Column.of("user id", "INTEGER"), Column.of("qty", "TEXT"),
                        Column.of("twice", "INTEGER").withGenerated(GeneratedColumn.virtual("qty * 2")), Column.of("note", "TEXT")),
                PrimaryKey.of("id"),
                List.of(ForeignKey.of("fk_user", List.of("user id"), TableRef.of("main", USERS), List.of("id")).onDelete(ReferentialAction.CASCADE)),
                List.of(), List.of(), List.of(), List.of(), null, Map.of());
    }

    @Test
    void tablesWithInlineForeignKeysAreCreatedAndTheDowngradeRemovesThem() {
        List<String> empty = snapshot();
        List<Operation> upgrade = List.of(
                new CreateTable("main", users()),
                new CreateTable("main", orders()),
                new CreateIndex(TableRef.of("main", ORDERS), Index.of("ix_user", IndexElement.column("user id"), IndexElement.column("qty").desc())
                        .where("qty IS NOT NULL")),
                new CreateView("main", View.of("v", "SELECT id, qty FROM \"select\"")));
        execute(new SqliteDialect().renderer().render(upgrade));
        try (JdbcSession s = scratch.database().open()) {
            s.execute("INSERT INTO \"ünï \"\"users\"\"\" (\"it's mail\") VALUES ('a@x')");
            s.execute("INSERT INTO \"select\" (id, \"user id\", qty) VALUES (1, 1, 3)");
            assertThat(one(s, "SELECT twice FROM \"select\"")).isEqualTo("6");
            assertThat(one(s, "SELECT created IS NOT NULL FROM \"ünï \"\"users\"\"\"")).isEqualTo("1");
            assertThat(rows(s, "SELECT \"table\" || ' ' || \"from\" || ' ' || \"to\" || ' ' || on_delete FROM pragma_foreign_key_list('select')"))
                    .containsExactly(USERS + " user id id CASCADE");
            assertThat(one(s, "SELECT sql FROM sqlite_master WHERE name = ?", USERS)).contains("AUTOINCREMENT").contains("CHECK");
            assertThat(rows(s, "SELECT name || ' ' || partial FROM pragma_index_list('select') ORDER BY 1")).containsExactly("ix_user 1");
        }
        execute(new SqliteRenderer(new SqliteDialect()).render(MigrationOps.downgrade(upgrade)));
        assertThat(snapshot()).isEqualTo(empty);
    }

    @Test
    void tablesAreRebuiltKeepingTheirRowsIndexesAndViewsAndTheDowngradeRebuildsThemBack() {
        Table users = users();
        Table orders = orders().withIndexes(Index.on("ix_qty", "qty"));
        List<Operation> setup = List.of(new CreateTable("main", users), new CreateTable("main", orders().withIndexes()),
                new CreateIndex(TableRef.of("main", ORDERS), Index.on("ix_qty", "qty")),
                new CreateView("main", View.of("v", "SELECT id, qty FROM \"select\"")));
        execute(new SqliteRenderer(new SqliteDialect()).render(setup));
        try (JdbcSession s = scratch.database().open()) {
            s.execute("INSERT INTO \"ünï \"\"users\"\"\" (\"it's mail\") VALUES ('a@x'), ('b@x')");
            s.execute("INSERT INTO \"select\" (id, \"user id\", qty, note) VALUES (1, 1, '3', 'one'), (2, 2, '5', NULL)");
        }
        List<String> before = snapshot();
        Schema start = Schema.of(Namespace.of("main", users, orders));

        TableRef ref = TableRef.of("main", ORDERS);
        List<Operation> upgrade = List.of(
                new DropForeignKey(ref, orders.foreignKeys().get(0)),
                new AlterColumn(ref, Column.of("qty", "TEXT"), Column.of("qty", "INTEGER").notNull().withDefault("0")),
                new RenameColumn(ref, "note", "remark"),
                new AddColumn(ref, Column.of("status", "TEXT").notNull().withDefault("'new'")),
                new AddForeignKey(ref, ForeignKey.of("fk_user2", List.of("user id"), TableRef.of("main", USERS), List.of("id"))
                        .onDelete(ReferentialAction.SET_NULL)),
                new AddCheck(ref, CheckConstraint.of("ck_qty", "qty >= 0")),
                new AddUnique(ref, UniqueConstraint.of("uq_remark", "remark")),
                new CreateIndex(ref, Index.on("ix_status", "status")),
                new AlterColumn(TableRef.of("main", USERS), Column.of("created", "TEXT").withDefault("datetime('now')"),
                        Column.of("created", "TEXT")));
        RenderedScript script = new SqliteRenderer(new SqliteDialect(), start).render(upgrade);
        assertThat(script.transactional()).isTrue();
        assertThat(script.statements()).filteredOn(st -> st.startsWith("-- note: ")).hasSize(2);
        execute(script);

        try (JdbcSession s = scratch.database().open()) {
            assertThat(rows(s, "SELECT id || ' ' || qty || ' ' || typeof(qty) || ' ' || coalesce(remark, '-') || ' ' || status || ' ' || twice"
                    + " FROM \"select\" ORDER BY id")).containsExactly("1 3 integer one new 6", "2 5 integer - new 10");
            assertThat(rows(s, "SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' || coalesce(dflt_value, '-')"
                    + " FROM pragma_table_xinfo('select') ORDER BY cid")).containsExactly(
                    "id INTEGER 1 -", "user id INTEGER 0 -", "qty INTEGER 1 0", "twice INTEGER 0 -", "remark TEXT 0 -", "status TEXT 1 'new'");
            assertThat(rows(s, "SELECT on_delete FROM pragma_foreign_key_list('select')")).containsExactly("SET NULL");
            assertThat(rows(s, "SELECT name FROM pragma_index_list('select') ORDER BY 1"))
                    .containsExactly("ix_qty", "ix_status", "sqlite_autoindex_select_1");
            assertThat(one(s, "SELECT sql FROM sqlite_master WHERE name = 'select'")).contains("CHECK (qty >= 0)");
            assertThat(rows(s, "SELECT qty FROM v ORDER BY id")).containsExactly("3", "5");
            assertThat(rows(s, "SELECT name FROM sqlite_master WHERE name LIKE 'strata_new_%'")).isEmpty();
            assertThat(rows(s, "SELECT count(*) FROM \"ünï \"\"users\"\"\"")).containsExactly("2");
            assertThat(rows(s, "SELECT * FROM pragma_foreign_key_check")).isEmpty();
        }

        Table ordersAfter = new Table(ORDERS,
                List.of(Column.of("id", "INTEGER").notNull(), Column.of("user id", "INTEGER"), Column.of("qty", "INTEGER").notNull().withDefault("0"),
                        Column.of("twice", "INTEGER").withGenerated(GeneratedColumn.virtual("qty * 2")), Column.of("remark", "TEXT"),
                        Column.of("status", "TEXT").notNull().withDefault("'new'")),
                PrimaryKey.of("id"),
                List.of(ForeignKey.of("fk_user2", List.of("user id"), TableRef.of("main", USERS), List.of("id")).onDelete(ReferentialAction.SET_NULL)),
                List.of(UniqueConstraint.of("uq_remark", "remark")), List.of(CheckConstraint.of("ck_qty", "qty >= 0")), List.of(),
                List.of(Index.on("ix_qty", "qty"), Index.on("ix_status", "status")), null, Map.of());
        Table usersAfter = users.withColumns(users.columns().get(0), users.columns().get(1), Column.of("created", "TEXT"));
        Schema end = Schema.of(Namespace.of("main", usersAfter, ordersAfter));
        execute(new SqliteRenderer(new SqliteDialect(), end).render(MigrationOps.downgrade(upgrade)));
        assertThat(snapshot()).isEqualTo(before);
        try (JdbcSession s = scratch.database().open()) {
            assertThat(rows(s, "SELECT id || ' ' || qty || ' ' || coalesce(note, '-') FROM \"select\" ORDER BY id"))
                    .containsExactly("1 3 one", "2 5 -");
        }
    }

    @Test
    void aRenamedTableAndColumnAreFollowedByLaterRebuilds() {
        Table parent = new Table("parent", List.of(Column.of("id", "INTEGER").notNull()), PrimaryKey.of("id"),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, Map.of());
        Table child = new Table("child", List.of(Column.of("id", "INTEGER").notNull(), Column.of("pid", "INTEGER")), PrimaryKey.of("id"),
                List.of(ForeignKey.of("fk", List.of("pid"), TableRef.of("main", "parent"), List.of("id"))),
                List.of(), List.of(), List.of(), List.of(), null, Map.of());
        execute(new SqliteRenderer(new SqliteDialect()).render(List.of(new CreateTable("main", parent), new CreateTable("main", child))));
        List<Operation> upgrade = List.of(
                new RenameTable("main", "parent", "mother"),
                new RenameColumn(TableRef.of("main", "mother"), "id", "key"),
                new AddCheck(TableRef.of("main", "child"), CheckConstraint.of("ck", "pid > 0")));
        execute(new SqliteRenderer(new SqliteDialect(), Schema.of(Namespace.of("main", parent, child))).render(upgrade));
        try (JdbcSession s = scratch.database().open()) {
            assertThat(rows(s, "SELECT \"table\" || ' ' || \"to\" FROM pragma_foreign_key_list('child')")).containsExactly("mother key");
            assertThat(one(s, "SELECT sql FROM sqlite_master WHERE name = 'child'")).contains("CHECK (pid > 0)");
        }
    }

    private void execute(RenderedScript script) {
        try (JdbcSession s = scratch.database().open()) {
            assertThat(rows(s, "PRAGMA foreign_keys")).as("rebuilds assume foreign keys are not enforced").containsExactly("0");
            s.autoCommit(!script.transactional());
            for (String statement : script.statements()) {
                if (!statement.startsWith("--")) {
                    s.execute(statement);
                }
            }
            if (script.transactional()) {
                s.commit();
            }
        }
    }

    private static String one(JdbcSession s, String sql, Object... parameters) {
        return s.queryOne(sql, r -> r.getString(1), parameters);
    }

    private static List<String> rows(JdbcSession s, String sql, Object... parameters) {
        return s.query(sql, r -> r.getString(1), parameters);
    }

    /** Tables, views, columns, indexes and foreign keys as SQLite's pragmas print them, sorted (column order aside). */
    private List<String> snapshot() {
        List<String> facts = new ArrayList<>();
        try (JdbcSession s = scratch.database().open()) {
            for (String object : rows(s, "SELECT type || '|' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")) {
                facts.add(object);
                String[] parts = object.split("\\|", 2);
                String name = parts[1];
                if (parts[0].equals("view")) {
                    facts.add(one(s, "SELECT sql FROM sqlite_master WHERE name = ?", name));
                }
                if (!parts[0].equals("table")) {
                    continue;
                }
                facts.addAll(rows(s, "SELECT 'column ' || ? || ' ' || name || ' ' || type || ' ' || \"notnull\" || ' '"
                        + " || coalesce(dflt_value, '-') || ' ' || pk || ' ' || hidden FROM pragma_table_xinfo(?)", name, name));
                facts.addAll(rows(s, "SELECT 'fk ' || ? || ' ' || \"table\" || ' ' || \"from\" || ' ' || \"to\" || ' ' || on_update"
                        + " || ' ' || on_delete FROM pragma_foreign_key_list(?)", name, name));
                for (String index : rows(s, "SELECT name || '|' || \"unique\" || '|' || origin || '|' || partial FROM pragma_index_list(?)", name)) {
                    String indexName = index.split("\\|")[0];
                    facts.add("index " + name + " " + index + " " + String.join(",", rows(s,
                            "SELECT coalesce(name, '(expr)') || ' ' || \"desc\" || ' ' || coll FROM pragma_index_xinfo(?) WHERE key = 1",
                            indexName)));
                }
            }
        }
        facts.sort(null);
        return facts;
    }
}
