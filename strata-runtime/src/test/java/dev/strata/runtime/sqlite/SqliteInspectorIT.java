package dev.strata.runtime.sqlite;

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

/** Each kind of object, created with SQL in a SQLite file and read back into exact model values. */
class SqliteInspectorIT {
    private static final Database SERVER = TestServers.server(DatabaseKind.SQLITE);

    private static void inspecting(String sql, Consumer<Namespace> check) {
        try (ScratchDatabase scratch = ScratchDatabase.create(SERVER, "inspect");
             JdbcSession session = scratch.database().open()) {
            for (String statement : sql.split(";\n")) {
                if (!statement.isBlank()) {
                    session.execute(statement);
                }
            }
            Schema schema = new SqliteInspector().inspect(session, Set.of());
            assertThat(schema.namespaces()).extracting(Namespace::name).containsExactly("main");
            check.accept(schema.namespaces().get(0));
        }
    }

    private static Table table(Namespace namespace, String name) {
        return namespace.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + namespace.tables()));
    }

    private static Column column(String name, String type, boolean nullable, String defaultExpression) {
        return new Column(name, ColumnType.parse(type), nullable, defaultExpression, null, null, null, null, Map.of());
    }

    @Test
    void columnsWithTypesAsWrittenDefaultsAndNullability() {
        inspecting("""
                CREATE TABLE t (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  name VARCHAR(50) NOT NULL DEFAULT 'it''s',
                  price Decimal(10, 2) DEFAULT 1.50,
                  created TEXT DEFAULT CURRENT_TIMESTAMP,
                  stamp TEXT DEFAULT (datetime('now')),
                  neg INT DEFAULT -1,
                  no_value TEXT DEFAULT NULL,
                  untyped,
                  title TEXT COLLATE NOCASE,
                  a INT,
                  twice INT GENERATED ALWAYS AS (a * 2) VIRTUAL,
                  label TEXT AS ('#' || a) STORED
                )""", ns -> assertThat(table(ns, "t").columns()).containsExactly(
                column("id", "INTEGER", true, null).withIdentity(Identity.autoIncrement()),
                column("name", "VARCHAR(50)", false, "'it''s'"),
                column("price", "Decimal(10, 2)", true, "1.50"),
                column("created", "TEXT", true, "CURRENT_TIMESTAMP"),
                column("stamp", "TEXT", true, "datetime('now')"),
                column("neg", "INT", true, "-1"),
                column("no_value", "TEXT", true, null),
                column("untyped", "BLOB", true, null),
                column("title", "TEXT", true, null).withCollation("NOCASE"),
                column("a", "INT", true, null),
                column("twice", "INT", true, null).withGenerated(GeneratedColumn.virtual("a * 2")),
                column("label", "TEXT", true, null).withGenerated(GeneratedColumn.stored("'#' || a"))));
    }

    @Test
    void primaryKeysNamedAndCompositeAndWithoutRowidOrStrict() {
        inspecting("""
                CREATE TABLE rowid_alias (id INTEGER PRIMARY KEY, v TEXT);
                CREATE TABLE composite (a TEXT NOT NULL, b INT NOT NULL, CONSTRAINT pk_composite PRIMARY KEY (b, a)) WITHOUT ROWID;
                CREATE TABLE strict_one (id INT PRIMARY KEY) STRICT""", ns -> {
            assertThat(table(ns, "rowid_alias").primaryKey()).isEqualTo(PrimaryKey.of("id"));
            assertThat(table(ns, "rowid_alias").attributes()).isEmpty();
            Table composite = table(ns, "composite");
            assertThat(composite.primaryKey()).isEqualTo(new PrimaryKey("pk_composite", List.of("b", "a")));
            assertThat(composite.attributes()).isEqualTo(Map.of("without_rowid", "true"));
            assertThat(composite.indexes()).isEmpty();
            assertThat(composite.uniques()).isEmpty();
            assertThat(table(ns, "strict_one").attributes()).isEqualTo(Map.of("strict", "true"));
            assertThat(table(ns, "strict_one").indexes()).isEmpty();
        });
    }

    @Test
    void uniqueConstraintsByTheirNamesOrTheirAutoindexes() {
        inspecting("""
                CREATE TABLE t (
                  email TEXT UNIQUE,
                  code TEXT CONSTRAINT uq_code UNIQUE,
                  a INT, b INT,
                  CONSTRAINT uq_ab UNIQUE (a, b),
                  UNIQUE (b, code)
                )""", ns -> assertThat(table(ns, "t").uniques()).containsExactly(
                UniqueConstraint.of("sqlite_autoindex_t_1", "email"),
                UniqueConstraint.of("uq_code", "code"),
                UniqueConstraint.of("uq_ab", "a", "b"),
                UniqueConstraint.of("sqlite_autoindex_t_4", "b", "code")));
    }

    @Test
    void indexesWithExpressionsCollationsOrderAndPredicates() {
        inspecting("""
                CREATE TABLE t (a INT, b TEXT COLLATE NOCASE, c TEXT);
                CREATE INDEX ix_plain ON t (a);
                CREATE UNIQUE INDEX ix_unique ON t (a DESC, c);
                CREATE INDEX ix_expr ON t (lower(c) COLLATE NOCASE, (a + 1) DESC);
                CREATE INDEX ix_coll ON t (b, c COLLATE RTRIM, b COLLATE BINARY);
                CREATE INDEX ix_partial ON t (c) WHERE a > 0 AND c IS NOT NULL""", ns -> assertThat(table(ns, "t").indexes())
                .containsExactly(
                        Index.of("ix_coll", IndexElement.column("b"), IndexElement.column("c").withCollation("RTRIM"),
                                IndexElement.column("b").withCollation("BINARY")),
                        Index.of("ix_expr", IndexElement.expression("lower(c)").withCollation("NOCASE"),
                                IndexElement.expression("(a + 1)").desc()),
                        Index.on("ix_partial", "c").where("a > 0 AND c IS NOT NULL"),
                        Index.on("ix_plain", "a"),
                        Index.of("ix_unique", IndexElement.column("a").desc(), IndexElement.column("c")).asUnique()));
    }

    @Test
    void foreignKeysNamedUnnamedImplicitAndDeferrable() {
        inspecting("""
                CREATE TABLE users (id INTEGER PRIMARY KEY, x INT, y INT, UNIQUE (x, y));
                CREATE TABLE orders (
                  id INTEGER PRIMARY KEY,
                  user_id INTEGER REFERENCES users ON DELETE CASCADE,
                  owner INTEGER CONSTRAINT fk_owner REFERENCES "USERS" (id) ON UPDATE SET NULL,
                  x INT, y INT,
                  CONSTRAINT fk_xy FOREIGN KEY (x, y) REFERENCES users (x, y) ON DELETE SET DEFAULT DEFERRABLE INITIALLY DEFERRED,
                  FOREIGN KEY (y) REFERENCES orders (id) ON DELETE RESTRICT
                )""", ns -> {
            TableRef users = new TableRef(null, "users");
            assertThat(table(ns, "orders").foreignKeys()).containsExactly(
                    new ForeignKey(null, List.of("user_id"), users, List.of("id"), ReferentialAction.CASCADE,
                            ReferentialAction.NO_ACTION, false, false, true),
                    new ForeignKey("fk_owner", List.of("owner"), users, List.of("id"), ReferentialAction.NO_ACTION,
                            ReferentialAction.SET_NULL, false, false, true),
                    new ForeignKey("fk_xy", List.of("x", "y"), users, List.of("x", "y"), ReferentialAction.SET_DEFAULT,
                            ReferentialAction.NO_ACTION, true, true, true),
                    new ForeignKey(null, List.of("y"), new TableRef(null, "orders"), List.of("id"), ReferentialAction.RESTRICT,
                            ReferentialAction.NO_ACTION, false, false, true));
            assertThat(table(ns, "orders").indexes()).isEmpty();
        });
    }

    @Test
    void checksNamedUnnamedAndOnColumns() {
        inspecting("""
                CREATE TABLE t (
                  n INT CHECK (n <> 3) CONSTRAINT ck_n_small CHECK (n < 100),
                  m INT CONSTRAINT "ck m" CHECK(m IN (1, 2)),
                  CONSTRAINT ck_positive CHECK (n > 0 AND (m IS NULL OR m > n)),
                  CHECK (length(n) < 5)
                )""", ns -> assertThat(table(ns, "t").checks()).containsExactly(
                CheckConstraint.of(null, "n <> 3"),
                CheckConstraint.of("ck_n_small", "n < 100"),
                CheckConstraint.of("ck m", "m IN (1, 2)"),
                CheckConstraint.of("ck_positive", "n > 0 AND (m IS NULL OR m > n)"),
                CheckConstraint.of(null, "length(n) < 5")));
    }

    @Test
    void viewsAsWritten() {
        inspecting("""
                CREATE TABLE users (id INT, email TEXT);
                CREATE VIEW active (a, b) AS SELECT id, email FROM users WHERE email LIKE '% AS %';
                CREATE VIEW "as" AS
                  SELECT 1""", ns -> assertThat(ns.views()).containsExactly(
                View.of("active", "SELECT id, email FROM users WHERE email LIKE '% AS %'"),
                View.of("as", "SELECT 1")));
    }

    @Test
    void tablesAddedToLaterAndCreatedFromQueries() {
        inspecting("""
                CREATE TABLE t (a INT);
                ALTER TABLE t ADD COLUMN b TEXT NOT NULL DEFAULT 'x' CHECK (b <> '');
                ALTER TABLE t RENAME COLUMN a TO "first";
                CREATE TABLE copy AS SELECT * FROM t""", ns -> {
            Table t = table(ns, "t");
            assertThat(t.columns()).containsExactly(column("first", "INT", true, null), column("b", "TEXT", false, "'x'"));
            assertThat(t.checks()).containsExactly(CheckConstraint.of(null, "b <> ''"));
            assertThat(table(ns, "copy").columns()).containsExactly(column("first", "INT", true, null), column("b", "TEXT", true, null));
        });
    }

    @Test
    void internalStrataAndVirtualTablesAreLeftOut() {
        inspecting(String.join(";\n", new SqliteDialect().createBookkeepingTables(null)) + """
                ;
                CREATE TABLE mine (id INTEGER PRIMARY KEY AUTOINCREMENT);
                INSERT INTO mine DEFAULT VALUES;
                CREATE VIRTUAL TABLE docs USING fts5(body);
                ANALYZE""", ns -> assertThat(ns.tables()).extracting(Table::name).containsExactly("mine"));
    }

    @Test
    void onlyTheMainSchemaIsRead() {
        try (ScratchDatabase scratch = ScratchDatabase.create(SERVER, "inspect");
             JdbcSession session = scratch.database().open()) {
            session.execute("CREATE TABLE t (a INT)");
            SqliteInspector inspector = new SqliteInspector();
            assertThat(inspector.inspect(session, Set.of("main")).namespaces()).extracting(Namespace::name).containsExactly("main");
            assertThat(inspector.inspect(session, Set.of("public")).namespaces()).isEmpty();
        }
    }
}
