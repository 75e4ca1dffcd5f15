package dev.strata.runtime.mariadb;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
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
import dev.strata.runtime.Database;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.ScratchDatabase;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Each kind of object, created with SQL on a real MariaDB and read back into exact model values. */
class MariaDbInspectorIT {
    private static final Database SERVER = TestServers.server(DatabaseKind.MARIADB);
    private static final Map<String, String> INNODB_UTF8MB4 =
            Map.of("engine", "InnoDB", "charset", "utf8mb4", "collation", "utf8mb4_general_ci");

    /** Runs the statements in a fresh scratch database (utf8mb4_general_ci) and hands over its inspection. */
    private static void inspecting(String sql, Consumer<Namespace> check) {
        try (ScratchDatabase scratch = ScratchDatabase.create(SERVER, "inspect");
             JdbcSession session = scratch.database().open()) {
            session.execute("ALTER DATABASE " + MariaDbTable.quote(scratch.name())
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
            for (String statement : sql.split(";\n")) {
                if (!statement.isBlank()) {
                    session.execute(statement);
                }
            }
            Schema schema = new MariaDbInspector().inspect(session, Set.of());
            assertThat(schema.namespaces()).extracting(Namespace::name).containsExactly(scratch.name());
            check.accept(schema.namespaces().get(0));
        }
    }

    private static Table table(Namespace namespace, String name) {
        return namespace.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + namespace.tables()));
    }

    @Test
    void columnsWithTypesDefaultsAndNullability() {
        inspecting("""
                CREATE TABLE t (
                  id int NOT NULL,
                  small tinyint(1) DEFAULT 1,
                  big bigint(20) unsigned NOT NULL DEFAULT 0,
                  price decimal(10,2) DEFAULT 1.50,
                  name varchar(50) DEFAULT 'it''s',
                  quoted_null varchar(10) DEFAULT 'NULL',
                  no_default varchar(10),
                  explicit_null int DEFAULT NULL,
                  mood enum('a','b''c') NOT NULL DEFAULT 'a',
                  created timestamp(3) NOT NULL DEFAULT current_timestamp(3),
                  sum_default int DEFAULT (1 + 2),
                  body text
                )""", ns -> assertThat(table(ns, "t").columns()).containsExactly(
                new Column("id", ColumnType.of("int", 11), false, null, null, null, null, null, Map.of()),
                new Column("small", ColumnType.of("tinyint", 1), true, "1", null, null, null, null, Map.of()),
                new Column("big", ColumnType.of("bigint unsigned", 20), false, "0", null, null, null, null, Map.of()),
                new Column("price", ColumnType.of("decimal", 10, 2), true, "1.50", null, null, null, null, Map.of()),
                new Column("name", ColumnType.of("varchar", 50), true, "'it''s'", null, null, null, null, Map.of()),
                new Column("quoted_null", ColumnType.of("varchar", 10), true, "'NULL'", null, null, null, null, Map.of()),
                new Column("no_default", ColumnType.of("varchar", 10), true, null, null, null, null, null, Map.of()),
                new Column("explicit_null", ColumnType.of("int", 11), true, null, null, null, null, null, Map.of()),
                new Column("mood", ColumnType.of("enum", "'a'", "'b''c'"), false, "'a'", null, null, null, null, Map.of()),
                new Column("created", ColumnType.of("timestamp", 3), false, "current_timestamp(3)", null, null, null, null, Map.of()),
                new Column("sum_default", ColumnType.of("int", 11), true, "(1 + 2)", null, null, null, null, Map.of()),
                new Column("body", ColumnType.of("text"), true, null, null, null, null, null, Map.of())));
    }

    @Test
    void autoIncrementGeneratedOnUpdateInvisibleCommentAndJson() {
        inspecting("""
                CREATE TABLE t (
                  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
                  a int,
                  twice int AS (a * 2) VIRTUAL,
                  label varchar(20) AS (concat('#', a)) PERSISTENT,
                  touched datetime ON UPDATE current_timestamp(),
                  secret int INVISIBLE,
                  noted int COMMENT 'it''s noted',
                  doc json
                )""", ns -> assertThat(table(ns, "t").columns()).containsExactly(
                new Column("id", ColumnType.of("bigint", 20), false, null, Identity.autoIncrement(), null, null, null, Map.of()),
                new Column("a", ColumnType.of("int", 11), true, null, null, null, null, null, Map.of()),
                new Column("twice", ColumnType.of("int", 11), true, null, null, GeneratedColumn.virtual("`a` * 2"), null, null, Map.of()),
                new Column("label", ColumnType.of("varchar", 20), true, null, null, GeneratedColumn.stored("concat('#',`a`)"),
                        null, null, Map.of()),
                new Column("touched", ColumnType.of("datetime"), true, null, null, null, null, null,
                        Map.of("on_update", "current_timestamp()")),
                new Column("secret", ColumnType.of("int", 11), true, null, null, null, null, null, Map.of("invisible", "true")),
                new Column("noted", ColumnType.of("int", 11), true, null, null, null, null, "it's noted", Map.of()),
                new Column("doc", ColumnType.of("json"), true, null, null, null, null, null, Map.of())));
    }

    @Test
    void tableAttributesAndColumnCharsetsOnlyWhereTheyDiffer() {
        inspecting("""
                CREATE TABLE plain (a varchar(10));
                CREATE TABLE latin (
                  a varchar(10),
                  b varchar(10) CHARACTER SET utf8mb4,
                  c varchar(10) COLLATE latin1_bin
                ) ENGINE=Aria DEFAULT CHARSET=latin1 COMMENT='it''s latin';
                CREATE TABLE uca (a varchar(10)) COLLATE utf8mb4_uca1400_ai_ci;
                CREATE TABLE history (a int) WITH SYSTEM VERSIONING""", ns -> {
            assertThat(table(ns, "uca").attributes()).containsExactly(entry("engine", "InnoDB"), entry("charset", "utf8mb4"),
                    entry("collation", "utf8mb4_uca1400_ai_ci"));
            assertThat(table(ns, "uca").columns()).containsExactly(Column.of("a", ColumnType.of("varchar", 10)));
            assertThat(table(ns, "history").attributes()).containsEntry("system_versioning", "true");
            assertThat(table(ns, "history").columns()).containsExactly(Column.of("a", ColumnType.of("int", 11)));
            assertThat(table(ns, "plain").attributes()).containsExactlyInAnyOrderEntriesOf(INNODB_UTF8MB4);
            assertThat(table(ns, "plain").comment()).isNull();
            Table latin = table(ns, "latin");
            assertThat(latin.attributes()).containsExactly(entry("engine", "Aria"), entry("charset", "latin1"),
                    entry("collation", "latin1_swedish_ci"));
            assertThat(latin.comment()).isEqualTo("it's latin");
            assertThat(latin.columns()).containsExactly(
                    Column.of("a", ColumnType.of("varchar", 10)),
                    new Column("b", ColumnType.of("varchar", 10), true, null, null, null, "utf8mb4_general_ci", null,
                            Map.of("charset", "utf8mb4")),
                    Column.of("c", ColumnType.of("varchar", 10)).withCollation("latin1_bin"));
        });
    }

    @Test
    void primaryKeyUniqueConstraintsAndIndexes() {
        inspecting("""
                CREATE TABLE t (
                  a int NOT NULL, b int NOT NULL, c varchar(200), d text, e int,
                  PRIMARY KEY (b, a),
                  UNIQUE KEY uq_c_e (c, e),
                  UNIQUE (e),
                  UNIQUE KEY uq_prefix (c(20)),
                  KEY ix_mixed (e DESC, c(10)),
                  FULLTEXT KEY ft_d (d)
                );
                CREATE INDEX `ix e` ON t (e);
                CREATE TABLE shapes (p POINT NOT NULL, b blob, SPATIAL INDEX sp (p), KEY kb (b(10)));
                CREATE TABLE memory (a int, KEY (a)) ENGINE=MEMORY""", ns -> {
            assertThat(table(ns, "shapes").indexes()).containsExactly(
                    Index.of("kb", IndexElement.expression("`b`(10)")), Index.on("sp", "p").using("spatial"));
            assertThat(table(ns, "memory").indexes()).containsExactly(Index.on("a", "a").using("hash"));
            Table t = table(ns, "t");
            assertThat(t.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("b", "a")));
            assertThat(t.uniques()).containsExactly(UniqueConstraint.of("e", "e"), UniqueConstraint.of("uq_c_e", "c", "e"));
            assertThat(t.indexes()).containsExactly(
                    Index.on("ft_d", "d").using("fulltext"),
                    Index.on("ix e", "e"),
                    Index.of("ix_mixed", IndexElement.column("e").desc(), IndexElement.expression("`c`(10)")),
                    Index.of("uq_prefix", IndexElement.expression("`c`(20)")).asUnique());
        });
    }

    @Test
    void foreignKeysWithActionsNamesAndTheirIndexes() {
        inspecting("""
                CREATE TABLE parent (id int PRIMARY KEY, x int, y int, UNIQUE KEY uq_xy (x, y));
                CREATE TABLE child (
                  id int PRIMARY KEY, parent_id int, x int, y int, z int,
                  FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE,
                  CONSTRAINT fk_pair FOREIGN KEY (x, y) REFERENCES parent (x, y) ON DELETE SET NULL ON UPDATE NO ACTION,
                  CONSTRAINT fk_self FOREIGN KEY (z) REFERENCES child (id)
                )""", ns -> {
            Table child = table(ns, "child");
            TableRef parent = new TableRef(null, "parent");
            assertThat(child.foreignKeys()).containsExactly(
                    new ForeignKey("child_ibfk_1", List.of("parent_id"), parent, List.of("id"), ReferentialAction.CASCADE,
                            ReferentialAction.RESTRICT, false, false, true),
                    new ForeignKey("fk_pair", List.of("x", "y"), parent, List.of("x", "y"), ReferentialAction.SET_NULL,
                            ReferentialAction.NO_ACTION, false, false, true),
                    new ForeignKey("fk_self", List.of("z"), new TableRef(null, "child"), List.of("id"), ReferentialAction.RESTRICT,
                            ReferentialAction.RESTRICT, false, false, true));
            // the indexes MariaDB made for the keys: named after the constraint, or after the column when unnamed
            assertThat(child.indexes()).containsExactly(Index.on("fk_pair", "x", "y"), Index.on("fk_self", "z"),
                    Index.on("parent_id", "parent_id"));
        });
    }

    @Test
    void foreignKeyToAnotherDatabaseKeepsItsNamespace() {
        try (ScratchDatabase other = ScratchDatabase.create(SERVER, "inspect_other")) {
            inspecting("CREATE TABLE " + MariaDbTable.quote(other.name()) + ".users (id int PRIMARY KEY);\n"
                    + "CREATE TABLE t (user_id int, CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES "
                    + MariaDbTable.quote(other.name()) + ".users (id))", ns -> assertThat(table(ns, "t").foreignKeys())
                    .containsExactly(new ForeignKey("fk_user", List.of("user_id"), new TableRef(other.name(), "users"), List.of("id"),
                            ReferentialAction.RESTRICT, ReferentialAction.RESTRICT, false, false, true)));
        }
    }

    @Test
    void checkConstraintsNamedUnnamedAndOnColumns() {
        inspecting("""
                CREATE TABLE t (
                  n int CHECK (n <> 3),
                  m int,
                  CONSTRAINT ck_n CHECK (n > 0),
                  CHECK (m < 10 AND m > n)
                )""", ns -> assertThat(table(ns, "t").checks()).containsExactly(
                CheckConstraint.of("CONSTRAINT_1", "`m` < 10 and `m` > `n`"),
                CheckConstraint.of("ck_n", "`n` > 0"),
                CheckConstraint.of("n", "`n` <> 3")));
    }

    @Test
    void viewsWithoutTheirOwnDatabaseQualifier() {
        inspecting("""
                CREATE TABLE users (id int, email varchar(100));
                CREATE VIEW active AS SELECT id, email FROM users WHERE email LIKE '%`x`.%'""",
                ns -> assertThat(ns.views()).containsExactly(View.of("active",
                        "select `users`.`id` AS `id`,`users`.`email` AS `email` from `users` where `users`.`email` like '%`x`.%'")));
    }

    @Test
    void strataTablesAreLeftOut() {
        inspecting(String.join(";\n", new MariaDbDialect().createBookkeepingTables(null)) + ";\nCREATE TABLE mine (id int)",
                ns -> assertThat(ns.tables()).extracting(Table::name).containsExactly("mine"));
    }

    @Test
    void requestedDatabasesThatExistAreTheNamespaces() {
        try (ScratchDatabase a = ScratchDatabase.create(SERVER, "inspect_a");
             ScratchDatabase b = ScratchDatabase.create(SERVER, "inspect_b");
             JdbcSession session = a.database().open()) {
            session.execute("CREATE TABLE " + MariaDbTable.quote(b.name()) + ".t (id int)");
            Schema schema = new MariaDbInspector().inspect(session, Set.of(a.name(), b.name(), "strata_no_such_database"));
            assertThat(schema.namespaces()).extracting(Namespace::name).containsExactlyInAnyOrder(a.name(), b.name());
            assertThat(schema.namespace(a.name()).orElseThrow().tables()).isEmpty();
            assertThat(schema.namespace(b.name()).orElseThrow().tables()).extracting(Table::name).containsExactly("t");
        }
    }
}
