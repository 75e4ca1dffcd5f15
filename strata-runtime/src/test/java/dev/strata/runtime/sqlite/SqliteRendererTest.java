package dev.strata.runtime.sqlite;

import dev.strata.core.error.BadInputException;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.ExclusionConstraint;
import dev.strata.core.model.Extension;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.GeneratedColumn;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.model.View;
import dev.strata.core.ops.AddCheck;
import dev.strata.core.ops.AddColumn;
import dev.strata.core.ops.AddEnumValue;
import dev.strata.core.ops.AddExclusion;
import dev.strata.core.ops.AddForeignKey;
import dev.strata.core.ops.AddPrimaryKey;
import dev.strata.core.ops.AddUnique;
import dev.strata.core.ops.AlterColumn;
import dev.strata.core.ops.AlterDomain;
import dev.strata.core.ops.AlterExtension;
import dev.strata.core.ops.AlterSequence;
import dev.strata.core.ops.CreateDomain;
import dev.strata.core.ops.CreateEnumType;
import dev.strata.core.ops.CreateExtension;
import dev.strata.core.ops.CreateIndex;
import dev.strata.core.ops.CreateSchema;
import dev.strata.core.ops.CreateSequence;
import dev.strata.core.ops.CreateTable;
import dev.strata.core.ops.CreateView;
import dev.strata.core.ops.DropCheck;
import dev.strata.core.ops.DropColumn;
import dev.strata.core.ops.DropDomain;
import dev.strata.core.ops.DropEnumType;
import dev.strata.core.ops.DropExclusion;
import dev.strata.core.ops.DropExtension;
import dev.strata.core.ops.DropForeignKey;
import dev.strata.core.ops.DropIndex;
import dev.strata.core.ops.DropPrimaryKey;
import dev.strata.core.ops.DropSchema;
import dev.strata.core.ops.DropSequence;
import dev.strata.core.ops.DropTable;
import dev.strata.core.ops.DropUnique;
import dev.strata.core.ops.DropView;
import dev.strata.core.ops.Operation;
import dev.strata.core.ops.RenameColumn;
import dev.strata.core.ops.RenameTable;
import dev.strata.core.ops.ReplaceEnumType;
import dev.strata.core.ops.ReplaceView;
import dev.strata.core.ops.SetTableAttributes;
import dev.strata.core.ops.SetTableComment;
import dev.strata.core.ops.SetViewComment;
import dev.strata.runtime.DdlRenderer.RenderedScript;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Golden SQL for every operation on SQLite, the table rebuilds, and the operations it cannot express. No database. */
class SqliteRendererTest {
    static final TableRef T = TableRef.of("main", "order \"x\"");
    static final String Q_T = "\"order \"\"x\"\"\"";
    static final String Q_NEW = "\"strata_new_order \"\"x\"\"\"";

    /** The table as the database has it before the operations: a key, a unique column, an index. */
    static final Table ORDER = new Table("order \"x\"",
            List.of(Column.of("id", "INTEGER").notNull(), Column.of("it's", "TEXT"), Column.of("qty", "INTEGER").withDefault("0"),
                    Column.of("ünï", "TEXT")),
            PrimaryKey.of("id"), List.of(), List.of(UniqueConstraint.of("uq_ünï", "ünï")), List.of(), List.of(),
            List.of(Index.on("ix_qty", "qty")), null, Map.of());
    static final Schema BEFORE = Schema.of(Namespace.of("main", ORDER));

    private final SqliteRenderer blind = new SqliteRenderer(new SqliteDialect());
    private final SqliteRenderer knowing = new SqliteRenderer(new SqliteDialect(), BEFORE);

    private static List<String> sql(SqliteRenderer renderer, Operation... operations) {
        RenderedScript script = renderer.render(List.of(operations));
        assertThat(script.transactional()).isTrue();
        return script.statements();
    }

    @Test
    void theDialectHandsOutARendererThatKnowsOnlyWhatTheScriptCreates() {
        assertThat(new SqliteDialect().renderer()).isInstanceOf(SqliteRenderer.class);
    }

    @Test
    void createTableDeclaresForeignKeysAndEverythingElseInline() {
        Table table = new Table("order \"x\"",
                List.of(Column.of("id", "INTEGER").notNull().withIdentity(Identity.autoIncrement()),
                        Column.of("user id", "INTEGER"),
                        Column.of("name", "TEXT").notNull().withDefault("'it''s'").withCollation("NOCASE"),
                        Column.of("created", "TEXT").withDefault("datetime('now')"),
                        Column.of("stamp", "TEXT").withDefault("CURRENT_TIMESTAMP"),
                        Column.of("twice", "INTEGER").withGenerated(GeneratedColumn.virtual("\"user id\" * 2"))),
                PrimaryKey.of("id").named("pk"),
                List.of(ForeignKey.of("fk_user", List.of("user id"), TableRef.of("main", "ünï users"), List.of("id"))
                        .onDelete(ReferentialAction.CASCADE).deferrable(true)),
                List.of(UniqueConstraint.of("uq_name", "name")),
                List.of(CheckConstraint.of("ck_name", "length(name) > 0")), List.of(), List.of(), null, Map.of("strict", "true"));
        assertThat(sql(blind, new CreateTable("main", table))).containsExactly("CREATE TABLE " + Q_T + " (\n"
                + "    \"id\" INTEGER CONSTRAINT \"pk\" PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
                + "    \"user id\" INTEGER,\n"
                + "    \"name\" TEXT NOT NULL DEFAULT 'it''s' COLLATE \"NOCASE\",\n"
                + "    \"created\" TEXT DEFAULT (datetime('now')),\n"
                + "    \"stamp\" TEXT DEFAULT CURRENT_TIMESTAMP,\n"
                + "    \"twice\" INTEGER GENERATED ALWAYS AS (\"user id\" * 2) VIRTUAL,\n"
                + "    CONSTRAINT \"uq_name\" UNIQUE (\"name\"),\n"
                + "    CONSTRAINT \"ck_name\" CHECK (length(name) > 0),\n"
                + "    CONSTRAINT \"fk_user\" FOREIGN KEY (\"user id\") REFERENCES \"ünï users\" (\"id\") ON DELETE CASCADE"
                + " DEFERRABLE INITIALLY DEFERRED\n"
                + ") STRICT");
    }

    @Test
    void whatSqliteCanAlterInPlaceIsAlteredInPlace() {
        assertThat(sql(blind,
                new AddColumn(T, Column.of("note", "TEXT").notNull().withDefault("'n/a'")),
                new RenameColumn(T, "note", "select"),
                new DropColumn(T, Column.of("select", "TEXT")),
                new CreateIndex(T, Index.of("ix \"q\"", IndexElement.column("qty").desc(), IndexElement.expression("lower(name)")
                        .withCollation("NOCASE")).where("qty > 0").asUnique()),
                new DropIndex(T, Index.on("ix \"q\"", "qty")),
                new RenameTable("main", "order \"x\"", "from"),
                new DropTable("main", Table.of("from", Column.of("id", "INTEGER")))))
                .containsExactly(
                        "ALTER TABLE " + Q_T + " ADD COLUMN \"note\" TEXT NOT NULL DEFAULT 'n/a'",
                        "ALTER TABLE " + Q_T + " RENAME COLUMN \"note\" TO \"select\"",
                        "ALTER TABLE " + Q_T + " DROP COLUMN \"select\"",
                        "CREATE UNIQUE INDEX \"ix \"\"q\"\"\" ON " + Q_T + " (\"qty\" DESC, (lower(name)) COLLATE \"NOCASE\") WHERE qty > 0",
                        "DROP INDEX \"ix \"\"q\"\"\"",
                        "ALTER TABLE " + Q_T + " RENAME TO \"from\"",
                        "DROP TABLE \"from\"");
    }

    @Test
    void consecutiveChangesOfOneTableMakeOneRebuild() {
        List<String> statements = sql(knowing,
                new AlterColumn(T, Column.of("it's", "TEXT"), Column.of("it's", "TEXT").notNull().withDefault("''")),
                new RenameColumn(T, "qty", "quantity"),
                new AddColumn(T, Column.of("note", "TEXT")),
                new AddForeignKey(T, ForeignKey.of("fk", List.of("quantity"), TableRef.of("main", "q"), List.of("n"))),
                new AddCheck(T, CheckConstraint.of("ck", "\"quantity\" >= 0")));
        assertThat(statements.get(0)).startsWith("-- note: ").contains("AlterColumn, AddForeignKey, AddCheck");
        assertThat(statements.subList(1, statements.size())).containsExactly(
                "CREATE TABLE " + Q_NEW + " (\n"
                        + "    \"id\" INTEGER NOT NULL,\n"
                        + "    \"it's\" TEXT NOT NULL DEFAULT '',\n"
                        + "    \"quantity\" INTEGER DEFAULT 0,\n"
                        + "    \"ünï\" TEXT,\n"
                        + "    \"note\" TEXT,\n"
                        + "    PRIMARY KEY (\"id\"),\n"
                        + "    CONSTRAINT \"uq_ünï\" UNIQUE (\"ünï\"),\n"
                        + "    CONSTRAINT \"ck\" CHECK (\"quantity\" >= 0),\n"
                        + "    CONSTRAINT \"fk\" FOREIGN KEY (\"quantity\") REFERENCES \"q\" (\"n\")\n"
                        + ")",
                "INSERT INTO " + Q_NEW + " (\"id\", \"it's\", \"quantity\", \"ünï\") SELECT \"id\", \"it's\", \"qty\", \"ünï\" FROM " + Q_T,
                "DROP TABLE " + Q_T,
                "PRAGMA legacy_alter_table = ON",
                "ALTER TABLE " + Q_NEW + " RENAME TO " + Q_T,
                "PRAGMA legacy_alter_table = OFF",
                "CREATE INDEX \"ix_qty\" ON " + Q_T + " (\"quantity\")");
    }

    @Test
    void theRendererFollowsTheTableAcrossTheScript() {
        List<String> statements = sql(knowing,
                new CreateIndex(T, Index.on("ix_ünï", "ünï")),
                new RenameTable("main", "order \"x\"", "renamed"),
                new DropUnique(TableRef.of("main", "renamed"), UniqueConstraint.of("uq_ünï", "ünï")));
        assertThat(statements).contains("ALTER TABLE \"strata_new_renamed\" RENAME TO \"renamed\"",
                "CREATE INDEX \"ix_qty\" ON \"renamed\" (\"qty\")", "CREATE INDEX \"ix_ünï\" ON \"renamed\" (\"ünï\")");
        assertThat(statements).noneMatch(s -> s.contains("UNIQUE"));
    }

    @Test
    void droppingAColumnThatAConstraintUsesRebuilds() {
        assertThat(sql(knowing, new DropColumn(T, Column.of("it's", "TEXT"))))
                .containsExactly("ALTER TABLE " + Q_T + " DROP COLUMN \"it's\"");
        List<String> statements = sql(knowing, new DropColumn(T, Column.of("ünï", "TEXT")));
        assertThat(statements).as("the unique constraint on the column stays, so the rebuild fails loudly").anyMatch(s -> s.startsWith("-- note: "))
                .anyMatch(s -> s.contains("UNIQUE (\"ünï\")"));
        assertThat(sql(knowing, new DropUnique(T, UniqueConstraint.of("uq_ünï", "ünï")), new DropColumn(T, Column.of("ünï", "TEXT"))))
                .filteredOn(s -> s.startsWith("INSERT")).containsExactly(
                        "INSERT INTO " + Q_NEW + " (\"id\", \"it's\", \"qty\") SELECT \"id\", \"it's\", \"qty\" FROM " + Q_T);
    }

    @Test
    void addColumnRebuildsWhenSqliteWouldRefuseIt() {
        assertThat(sql(knowing, new AddColumn(T, Column.of("n", "INTEGER").notNull())).get(0)).startsWith("-- note: ");
        assertThat(sql(knowing, new AddColumn(T, Column.of("n", "TEXT").withDefault("datetime('now')"))).get(0)).startsWith("-- note: ");
        assertThat(sql(knowing, new AddColumn(T, Column.of("n", "INTEGER").withGenerated(GeneratedColumn.stored("qty + 1")))).get(0))
                .startsWith("-- note: ");
        assertThat(sql(knowing, new AddColumn(T, Column.of("n", "INTEGER").withGenerated(GeneratedColumn.virtual("qty + 1")))))
                .containsExactly("ALTER TABLE " + Q_T + " ADD COLUMN \"n\" INTEGER GENERATED ALWAYS AS (qty + 1) VIRTUAL");
        assertThat(sql(knowing, new AddColumn(T, Column.of("n", "INTEGER").notNull().withDefault("-1"))))
                .containsExactly("ALTER TABLE " + Q_T + " ADD COLUMN \"n\" INTEGER NOT NULL DEFAULT -1");
    }

    @Test
    void aRebuildNeedsTheTableAndSaysHowToGiveIt() {
        assertThatThrownBy(() -> blind.render(List.of(new AlterColumn(T, Column.of("a", "TEXT"), Column.of("a", "INTEGER")))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("AlterColumn").hasMessageContaining("order \"x\"")
                .hasMessageContaining("whole definition")
                .satisfies(e -> assertThat(((BadInputException) e).hint()).contains("new SqliteRenderer(dialect, schemaBeforeTheMigration)"));
        // a table the script creates is known
        Table created = Table.of("new", Column.of("a", "TEXT"));
        List<String> statements = sql(blind, new CreateTable("main", created),
                new AddForeignKey(TableRef.of("main", "new"), ForeignKey.of("fk", List.of("a"), TableRef.of("main", "p"), List.of("b"))));
        assertThat(statements).contains("INSERT INTO \"strata_new_new\" (\"a\") SELECT \"a\" FROM \"new\"");
        // a schema that does not match the operations is reported, not rebuilt from
        assertThatThrownBy(() -> knowing.render(List.of(new DropCheck(T, CheckConstraint.of("nope", "1")))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("has no check constraint nope");
    }

    @Test
    void aRebuildThatWouldKeepNoColumnIsRefused() {
        Table one = Table.of("one", Column.of("a", "TEXT"));
        SqliteRenderer renderer = new SqliteRenderer(new SqliteDialect(), Schema.of(Namespace.of("main", one)));
        TableRef ref = TableRef.of("main", "one");
        assertThatThrownBy(() -> renderer.render(List.of(new AddColumn(ref, Column.of("b", "TEXT").notNull()),
                new DropColumn(ref, Column.of("a", "TEXT"))))).isInstanceOf(BadInputException.class).hasMessageContaining("none of its columns");
    }

    @Test
    void identifiersInSqlTextAreFoundAndRenamedOutsideStrings() {
        assertThat(SqliteIdentifiers.mentions("\"QTY\" > 0", "qty")).isTrue();
        assertThat(SqliteIdentifiers.mentions("length(name) > 'qty'", "qty")).isFalse();
        assertThat(SqliteIdentifiers.mentions("[it's] > `a``b`", "a`b")).isTrue();
        assertThat(SqliteIdentifiers.mentions("qty2 > 0", "qty")).isFalse();
        assertThat(SqliteIdentifiers.rename("qty > 0 AND \"qty\" < 'qty'", "qty", "\"n\"")).isEqualTo("\"n\" > 0 AND \"n\" < 'qty'");
    }

    @Test
    void viewsAreDroppedAndCreatedSinceSqliteCannotReplaceOne() {
        View view = View.of("v \"1\"", "SELECT 1 AS x");
        assertThat(sql(blind, new CreateView("main", view), new ReplaceView("main", view, view.withDefinition("SELECT 2 AS x")),
                new DropView("main", view))).containsExactly(
                "CREATE VIEW \"v \"\"1\"\"\" AS SELECT 1 AS x",
                "DROP VIEW \"v \"\"1\"\"\"",
                "CREATE VIEW \"v \"\"1\"\"\" AS SELECT 2 AS x",
                "DROP VIEW \"v \"\"1\"\"\"");
    }

    @Test
    void whatSqliteCannotSayIsRefused() {
        assertThatThrownBy(() -> sql(blind, new CreateTable("main", Table.of("t", Column.of("a", "TEXT").withComment("c")))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("comments");
        assertThatThrownBy(() -> sql(blind, new CreateTable("main", Table.of("t", Column.of("a", "TEXT").withIdentity(Identity.autoIncrement())))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("AUTOINCREMENT");
        assertThatThrownBy(() -> sql(blind, new CreateIndex(T, Index.on("ix", "a").using("gin"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("index methods");
        assertThatThrownBy(() -> sql(blind, new CreateIndex(T, Index.of("ix", IndexElement.column("a").nullsFirst(false)))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("NULLs");
        assertThatThrownBy(() -> sql(blind, new CreateTable("main", Table.of("t", Column.of("a", "TEXT")).withAttributes(Map.of("engine", "x")))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("engine");
        assertThatThrownBy(() -> sql(blind, new CreateEnumType("main", EnumType.of("mood", "a"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("SQLite cannot render CreateEnumType").hasMessageContaining("enum types");
    }

    @Test
    void everyOperationRendersOrIsRefusedClearly() {
        List<Operation> samples = oneOfEach();
        Set<Class<?>> kinds = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(Arrays.asList(Operation.class.getPermittedSubclasses()));
        List<String> refused = new ArrayList<>();
        SqliteRenderer renderer = new SqliteRenderer(new SqliteDialect(), Schema.of(Namespace.of("main",
                Table.of("t", Column.of("id", "INTEGER").notNull(), Column.of("c", "TEXT"))
                        .withPrimaryKey(PrimaryKey.of("id")).withUniques(UniqueConstraint.of("uq", "c"))
                        .withChecks(CheckConstraint.of("ck", "id > 0")).withIndexes(Index.on("ix", "c"))
                        .withForeignKeys(ForeignKey.of("fk", List.of("id"), TableRef.of("main", "p"), List.of("id"))))));
        for (Operation operation : samples) {
            try {
                renderer.render(List.of(operation));
            } catch (BadInputException e) {
                assertThat(e.getMessage()).contains("SQLite").contains(operation.getClass().getSimpleName());
                refused.add(operation.getClass().getSimpleName());
            }
        }
        assertThat(refused).containsExactlyInAnyOrder("CreateSchema", "DropSchema", "CreateExtension", "DropExtension", "AlterExtension",
                "CreateEnumType", "DropEnumType", "AddEnumValue", "ReplaceEnumType", "CreateDomain", "DropDomain", "AlterDomain",
                "CreateSequence", "DropSequence", "AlterSequence", "AddExclusion", "DropExclusion", "SetTableComment", "SetViewComment");
    }

    static List<Operation> oneOfEach() {
        String ns = "main";
        TableRef t = TableRef.of(ns, "t");
        Table table = Table.of("u", Column.of("id", "INTEGER").notNull()).withPrimaryKey(PrimaryKey.of("id"));
        Column column = Column.of("c", "TEXT");
        EnumType mood = EnumType.of("mood", "a", "b");
        Domain domain = Domain.of("d", ColumnType.parse("integer"));
        Sequence sequence = Sequence.of("s");
        View view = View.of("v", "SELECT 1");
        ForeignKey key = ForeignKey.of("fk", List.of("id"), TableRef.of(ns, "p"), List.of("id"));
        ExclusionConstraint exclusion = ExclusionConstraint.of("ex", "gist", ExclusionConstraint.Element.of("id", "="));
        return List.of(new CreateSchema("s"), new DropSchema("s"),
                new CreateExtension(Extension.of("hstore")), new DropExtension(Extension.of("hstore")),
                new AlterExtension(Extension.of("hstore"), new Extension("hstore", null, "1.8")),
                new CreateEnumType(ns, mood), new DropEnumType(ns, mood), new AddEnumValue(ns, "mood", "c", null, "b"),
                new ReplaceEnumType(ns, mood, EnumType.of("mood", "b")),
                new CreateDomain(ns, domain), new DropDomain(ns, domain), new AlterDomain(ns, domain, domain.notNull()),
                new CreateSequence(ns, sequence), new DropSequence(ns, sequence), new AlterSequence(ns, sequence, sequence.incrementingBy(2)),
                new CreateTable(ns, table), new DropTable(ns, table), new RenameTable(ns, "t", "w"),
                new SetTableComment(t, null, "c"), new SetTableAttributes(t, Map.of(), Map.of("without_rowid", "true")),
                new AddColumn(t, Column.of("e", "TEXT")), new DropColumn(t, column), new AlterColumn(t, column, column.notNull()),
                new RenameColumn(t, "c", "d"),
                new AddPrimaryKey(t, PrimaryKey.of("id")), new DropPrimaryKey(t, PrimaryKey.of("id")),
                new AddForeignKey(t, key.named("fk2")), new DropForeignKey(t, key),
                new AddUnique(t, UniqueConstraint.of("uq2", "c")), new DropUnique(t, UniqueConstraint.of("uq", "c")),
                new AddCheck(t, CheckConstraint.of("ck2", "id > 1")), new DropCheck(t, CheckConstraint.of("ck", "id > 0")),
                new AddExclusion(t, exclusion), new DropExclusion(t, exclusion),
                new CreateIndex(t, Index.on("ix2", "c")), new DropIndex(t, Index.on("ix", "c")),
                new CreateView(ns, view), new DropView(ns, view), new ReplaceView(ns, view, view.withDefinition("SELECT 2")),
                new SetViewComment(TableRef.of(ns, "v"), null, "c"));
    }
}
