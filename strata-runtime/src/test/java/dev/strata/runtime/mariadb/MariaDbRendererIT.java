package dev.strata.runtime.mariadb;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.GeneratedColumn;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.model.View;
import dev.strata.core.ops.AddCheck;
import dev.strata.core.ops.AddColumn;
import dev.strata.core.ops.AddForeignKey;
import dev.strata.core.ops.AddPrimaryKey;
import dev.strata.core.ops.AddUnique;
import dev.strata.core.ops.AlterColumn;
import dev.strata.core.ops.AlterSequence;
import dev.strata.core.ops.CreateIndex;
import dev.strata.core.ops.CreateSchema;
import dev.strata.core.ops.CreateSequence;
import dev.strata.core.ops.CreateTable;
import dev.strata.core.ops.CreateView;
import dev.strata.core.ops.DropIndex;
import dev.strata.core.ops.MigrationOps;
import dev.strata.core.ops.Operation;
import dev.strata.core.ops.RenameColumn;
import dev.strata.core.ops.RenameTable;
import dev.strata.core.ops.ReplaceView;
import dev.strata.core.ops.SetTableAttributes;
import dev.strata.core.ops.SetTableComment;
import dev.strata.runtime.DdlRenderer;
import dev.strata.runtime.DdlRenderer.RenderedScript;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendered operations executed on a real MariaDB: information_schema shows what the operations say, and
 * the rendered downgrade brings it back to where it started.
 */
class MariaDbRendererIT {
    private ScratchDatabase scratch;
    private String ns;
    private final DdlRenderer renderer = new MariaDbDialect().renderer();

    @BeforeEach
    void createScratch() {
        scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.MARIADB), "render");
        ns = scratch.name();
    }

    @AfterEach
    void dropScratch() {
        scratch.close();
    }

    private String q(String identifier) {
        return new MariaDbDialect().quote(identifier);
    }

    @Test
    void objectsCreatedInOneScriptExistAndTheDowngradeRemovesThemAll() {
        List<String> empty = snapshot(ns);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("engine", "InnoDB");
        attributes.put("charset", "utf8mb4");
        attributes.put("collation", "utf8mb4_unicode_ci");
        Table users = new Table("ünï `users`",
                List.of(Column.of("id", "bigint(20) unsigned").notNull().withIdentity(Identity.autoIncrement().startingAt(100, 1)),
                        Column.of("it's \"mail\"", "varchar(200)").notNull().withCollation("utf8mb4_bin")
                                .withAttributes(Map.of("charset", "utf8mb4")).withComment("it's unique \\ ok"),
                        Column.of("kind", "enum('a','b''c')").notNull().withDefault("'a'"),
                        Column.of("updated", "datetime(6)").withDefault("current_timestamp(6)")
                                .withAttributes(Map.of("on_update", "current_timestamp(6)")),
                        Column.of("bio", "text")),
                PrimaryKey.of("id"), List.of(), List.of(UniqueConstraint.of("uq_mail", "it's \"mail\"")), List.of(), List.of(), List.of(),
                "people's table", attributes);
        Table orders = new Table("select",
                List.of(Column.of("id", "int(11)").notNull().withIdentity(Identity.autoIncrement()),
                        Column.of("user id", "bigint(20) unsigned"),
                        Column.of("qty", "int(11)").notNull().withDefault("1"),
                        Column.of("double qty", "int(11)").withGenerated(GeneratedColumn.stored("`qty` * 2")),
                        Column.of("uuid", "varchar(36)").withDefault("uuid()")),
                PrimaryKey.of("id"), List.of(), List.of(), List.of(CheckConstraint.of("ck_qty", "`qty` > 0")), List.of(), List.of(),
                null, Map.of("engine", "InnoDB"));
        TableRef usersRef = TableRef.of(ns, users.name());
        TableRef ordersRef = TableRef.of(ns, orders.name());
        List<Operation> upgrade = List.of(
                new CreateSequence(ns, new Sequence("codes", null, 10L, 5L, 1L, 1000L, 2L, false)),
                new CreateTable(ns, users),
                new CreateTable(ns, orders),
                new CreateIndex(usersRef, Index.on("ft_bio", "bio").using("fulltext")),
                new CreateIndex(ordersRef, Index.of("ix_user", IndexElement.column("user id"), IndexElement.column("qty").desc())),
                new AddForeignKey(ordersRef, ForeignKey.of("fk_user", List.of("user id"), TableRef.of(null, users.name()), List.of("id"))
                        .onDelete(ReferentialAction.SET_NULL)),
                new CreateView(ns, View.of("v", "SELECT `id`, `qty` FROM " + q(ns) + ".`select`")));
        execute(renderer.render(upgrade));

        try (JdbcSession s = scratch.database().open()) {
            s.execute("INSERT INTO `ünï ``users``` (`it's \"mail\"`, bio) VALUES ('a@x', 'hello')");
            s.execute("INSERT INTO `select` (`user id`, qty) VALUES (100, 3)");
            assertThat(one(s, "SELECT `double qty` FROM `select`")).isEqualTo("6");
            assertThat(one(s, "SELECT LENGTH(uuid) FROM `select`")).isEqualTo("36");
            assertThat(one(s, "SELECT kind FROM `ünï ``users```")).isEqualTo("a");
            assertThat(one(s, "SELECT NEXTVAL(codes)")).isEqualTo("10");
            assertThat(one(s, "SELECT CONCAT(engine, ' ', table_collation, ' ', table_comment) FROM information_schema.tables"
                    + " WHERE table_schema = ? AND table_name = ?", ns, users.name())).isEqualTo("InnoDB utf8mb4_unicode_ci people's table");
            assertThat(one(s, "SELECT CONCAT(collation_name, ' ', column_comment) FROM information_schema.columns"
                    + " WHERE table_schema = ? AND column_name = ?", ns, "it's \"mail\"")).isEqualTo("utf8mb4_bin it's unique \\ ok");
            assertThat(one(s, "SELECT extra FROM information_schema.columns WHERE table_schema = ? AND column_name = 'updated'", ns))
                    .containsIgnoringCase("on update");
            assertThat(rows(s, "SELECT CONCAT(constraint_name, ' ', constraint_type) FROM information_schema.table_constraints"
                    + " WHERE table_schema = ? ORDER BY 1", ns))
                    .containsExactlyInAnyOrder("PRIMARY PRIMARY KEY", "PRIMARY PRIMARY KEY", "ck_qty CHECK", "fk_user FOREIGN KEY", "uq_mail UNIQUE");
            assertThat(one(s, "SELECT delete_rule FROM information_schema.referential_constraints WHERE constraint_schema = ?", ns))
                    .isEqualTo("SET NULL");
            assertThat(one(s, "SELECT index_type FROM information_schema.statistics WHERE table_schema = ? AND index_name = 'ft_bio'", ns))
                    .isEqualTo("FULLTEXT");
            assertThat(one(s, "SELECT collation FROM information_schema.statistics WHERE table_schema = ? AND index_name = 'ix_user'"
                    + " AND column_name = 'qty'", ns)).isEqualTo("D");
            assertThat(one(s, "SELECT auto_increment FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                    ns, users.name())).isEqualTo("101");
        }

        execute(renderer.render(MigrationOps.downgrade(upgrade)));
        assertThat(snapshot(ns)).isEqualTo(empty);
    }

    @Test
    void changesToExistingTablesAndTheirDowngrade() {
        TableRef table = TableRef.of(ns, "it's `t`");
        Map<String, String> attributes = Map.of("engine", "InnoDB", "charset", "utf8mb4", "collation", "utf8mb4_unicode_ci");
        // a null setting means "leave it as it is", so the settings the downgrade restores are stated
        Sequence sequence = Sequence.of("s").startingAt(1).incrementingBy(1);
        View view = View.of("v", "SELECT 1 AS `x`");
        execute(renderer.render(List.of(
                new CreateTable(ns, new Table("parent", List.of(Column.of("id", "int(11)").notNull()), PrimaryKey.of("id"),
                        List.of(), List.of(), List.of(), List.of(), List.of(), null, Map.of())),
                new CreateTable(ns, Table.of("it's `t`", Column.of("id", "int(11)").notNull(), Column.of("name", "varchar(20)"),
                        Column.of("qty", "int(11)"), Column.of("parent id", "int(11)")).withAttributes(attributes)),
                new CreateIndex(table, Index.on("ix_parent", "parent id")),
                new CreateIndex(table, Index.on("ix_old", "qty")),
                new CreateSequence(ns, sequence),
                new CreateView(ns, view))));
        try (JdbcSession s = scratch.database().open()) {
            s.execute("INSERT INTO parent VALUES (1), (2)");
            s.execute("INSERT INTO `it's ``t``` VALUES (1, 'a', 5, 1), (2, 'b', 7, 2)");
        }
        List<String> before = snapshot(ns);

        Map<String, String> latin = Map.of("engine", "InnoDB", "charset", "latin1", "collation", "latin1_bin");
        List<Operation> upgrade = List.of(
                new AddColumn(table, Column.of("note", "varchar(10)").notNull().withDefault("'n/a'")),
                new AlterColumn(table, Column.of("name", "varchar(20)"), Column.of("name", "varchar(40)").notNull().withComment("wider")),
                new AlterColumn(table, Column.of("qty", "int(11)"), Column.of("qty", "bigint(20)").withDefault("0")),
                new AddPrimaryKey(table, PrimaryKey.of("id")),
                new AddUnique(table, UniqueConstraint.of("uq_name", "name")),
                new AddCheck(table, CheckConstraint.of("ck_qty", "`qty` >= 0")),
                new AddForeignKey(table, ForeignKey.of("fk_parent", List.of("parent id"), TableRef.of(ns, "parent"), List.of("id"))),
                new DropIndex(table, Index.on("ix_old", "qty")),
                new CreateIndex(table, Index.on("ix_new", "qty", "name")),
                new SetTableComment(table, null, "it's changed"),
                new SetTableAttributes(table, attributes, latin),
                new AlterSequence(ns, sequence, sequence.incrementingBy(5).cycling(true)),
                new ReplaceView(ns, view, view.withDefinition("SELECT 2 AS `x`")),
                new RenameColumn(table, "note", "remark"),
                new RenameTable(ns, "it's `t`", "from"));
        execute(renderer.render(upgrade));
        try (JdbcSession s = scratch.database().open()) {
            assertThat(rows(s, "SELECT CONCAT(constraint_name, ' ', constraint_type) FROM information_schema.table_constraints"
                    + " WHERE table_schema = ? AND table_name = 'from' ORDER BY 1", ns))
                    .containsExactlyInAnyOrder("PRIMARY PRIMARY KEY", "ck_qty CHECK", "fk_parent FOREIGN KEY", "uq_name UNIQUE");
            assertThat(rows(s, "SELECT CONCAT(column_name, ' ', column_type, ' ', is_nullable, ' ', COALESCE(column_default, '-'))"
                    + " FROM information_schema.columns WHERE table_schema = ? AND table_name = 'from' ORDER BY column_name", ns))
                    .containsExactly("id int(11) NO -", "name varchar(40) NO -", "parent id int(11) YES NULL", "qty bigint(20) YES 0",
                            "remark varchar(10) NO 'n/a'");
            assertThat(one(s, "SELECT CONCAT(table_collation, ' ', table_comment) FROM information_schema.tables"
                    + " WHERE table_schema = ? AND table_name = 'from'", ns)).isEqualTo("latin1_bin it's changed");
            assertThat(one(s, "SELECT x FROM v")).isEqualTo("2");
            assertThat(one(s, "SELECT CONCAT(increment, ' ', cycle_option) FROM s")).isEqualTo("5 1");
        }

        execute(renderer.render(MigrationOps.downgrade(upgrade)));
        assertThat(snapshot(ns)).isEqualTo(before);
    }

    @Test
    void aSchemaWithAHostileNameIsCreatedAndDropped() {
        String schema = "we`ird ü select " + UUID.randomUUID().toString().substring(0, 8);
        List<Operation> upgrade = List.of(new CreateSchema(schema),
                new CreateTable(schema, Table.of("t", Column.of("a", "int(11)"))));
        try {
            execute(renderer.render(upgrade));
            assertThat(snapshot(schema)).anyMatch(fact -> fact.startsWith("table t InnoDB"));
            execute(renderer.render(MigrationOps.downgrade(upgrade)));
            try (JdbcSession s = scratch.database().open()) {
                assertThat(one(s, "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?", schema)).isEqualTo("0");
            }
        } finally {
            try (JdbcSession s = scratch.database().open()) {
                s.execute("DROP DATABASE IF EXISTS " + q(schema));
            }
        }
    }

    private void execute(RenderedScript script) {
        try (JdbcSession s = scratch.database().open()) {
            for (String statement : script.statements()) {
                if (!statement.startsWith("--")) {
                    s.execute(statement);
                }
            }
        }
    }

    private static String one(JdbcSession s, String sql, Object... parameters) {
        return s.queryOne(sql, r -> r.getString(1), parameters);
    }

    private static List<String> rows(JdbcSession s, String sql, Object... parameters) {
        return s.query(sql, r -> r.getString(1), parameters);
    }

    /** A schema's tables, columns, indexes, constraints, views and sequences as information_schema prints them, sorted. */
    private List<String> snapshot(String schema) {
        List<String> facts = new ArrayList<>();
        try (JdbcSession s = scratch.database().open()) {
            facts.addAll(rows(s, "SELECT CONCAT_WS(' ', 'table', table_name, engine, table_collation, table_comment, table_type)"
                    + " FROM information_schema.tables WHERE table_schema = ?", schema));
            facts.addAll(rows(s, "SELECT CONCAT_WS(' ', 'column', table_name, column_name, column_type, is_nullable,"
                    + " COALESCE(column_default, '-'), COALESCE(character_set_name, '-'), COALESCE(collation_name, '-'), extra,"
                    + " COALESCE(generation_expression, '-'), column_comment) FROM information_schema.columns WHERE table_schema = ?", schema));
            facts.addAll(rows(s, "SELECT CONCAT_WS(' ', 'index', table_name, index_name, seq_in_index, column_name, non_unique, index_type,"
                    + " COALESCE(collation, '-'), COALESCE(sub_part, '-')) FROM information_schema.statistics WHERE table_schema = ?", schema));
            facts.addAll(rows(s, "SELECT CONCAT_WS(' ', 'constraint', table_name, constraint_name, constraint_type)"
                    + " FROM information_schema.table_constraints WHERE table_schema = ?", schema));
            facts.addAll(rows(s, "SELECT CONCAT_WS(' ', 'check', table_name, constraint_name, check_clause)"
                    + " FROM information_schema.check_constraints WHERE constraint_schema = ?", schema));
            facts.addAll(rows(s, "SELECT CONCAT_WS(' ', 'fk', table_name, constraint_name, referenced_table_name, update_rule, delete_rule)"
                    + " FROM information_schema.referential_constraints WHERE constraint_schema = ?", schema));
            facts.addAll(rows(s, "SELECT CONCAT_WS(' ', 'view', table_name, view_definition) FROM information_schema.views"
                    + " WHERE table_schema = ?", schema));
            for (String sequence : rows(s, "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                    + " AND table_type = 'SEQUENCE'", schema)) {
                facts.addAll(rows(s, "SELECT CONCAT_WS(' ', 'sequence', ?, minimum_value, maximum_value, start_value, increment,"
                        + " cache_size, cycle_option) FROM " + q(schema) + "." + q(sequence), sequence));
            }
        }
        facts.sort(null);
        return facts;
    }
}
