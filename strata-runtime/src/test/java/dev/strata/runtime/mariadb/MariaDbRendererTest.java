package dev.strata.runtime.mariadb;

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
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Golden SQL for every operation on MariaDB, and the operations it cannot express. No database. */
class MariaDbRendererTest {
    static final String NS = "db `x` ü";
    static final String Q_NS = "`db ``x`` ü`";
    static final TableRef T = TableRef.of(NS, "order");
    static final String Q_T = Q_NS + ".`order`";

    private final MariaDbRenderer renderer = new MariaDbRenderer(new MariaDbDialect());

    private List<String> sql(Operation... operations) {
        RenderedScript script = renderer.render(List.of(operations));
        assertThat(script.transactional()).isTrue();
        return script.statements();
    }

    @Test
    void theDialectHandsOutThisRenderer() {
        assertThat(new MariaDbDialect().renderer()).isInstanceOf(MariaDbRenderer.class);
    }

    @Test
    void createTableWithAttributesAutoIncrementGeneratedColumnsAndTableConstraints() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("engine", "InnoDB");
        attributes.put("charset", "utf8mb4");
        attributes.put("collation", "utf8mb4_unicode_ci");
        Table table = new Table("order",
                List.of(Column.of("id", "bigint(20) unsigned").notNull().withIdentity(Identity.autoIncrement().startingAt(1000, 1)),
                        Column.of("it's `name`", "varchar(80)").notNull().withDefault("'it''s'").withCollation("utf8mb4_bin")
                                .withAttributes(Map.of("charset", "utf8mb4")).withComment("it's a name \\o/"),
                        Column.of("updated", "datetime(6)").withDefault("current_timestamp(6)").withAttributes(Map.of("on_update", "current_timestamp(6)")),
                        Column.of("qty", "int(11)").withDefault("0"),
                        Column.of("double", "int(11)").withGenerated(GeneratedColumn.virtual("`qty` * 2")),
                        Column.of("kind", "enum('a','b''c')").withDefault("'a'"),
                        Column.of("user id", "bigint(20) unsigned")),
                PrimaryKey.of("id").named("PRIMARY"),
                List.of(ForeignKey.of("fk_user", List.of("user id"), TableRef.of(null, "users"), List.of("id")).onDelete(ReferentialAction.SET_NULL)),
                List.of(UniqueConstraint.of("uq_name", "it's `name`")),
                List.of(CheckConstraint.of("ck_qty", "`qty` >= 0")), List.of(), List.of(), "orders' table", attributes);
        assertThat(sql(new CreateTable(NS, table))).containsExactly("CREATE TABLE " + Q_T + " (\n"
                + "    `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,\n"
                + "    `it's ``name``` varchar(80) CHARACTER SET `utf8mb4` COLLATE `utf8mb4_bin` NOT NULL DEFAULT 'it''s' COMMENT 'it''s a name \\\\o/',\n"
                + "    `updated` datetime(6) NULL DEFAULT (current_timestamp(6)) ON UPDATE current_timestamp(6),\n"
                + "    `qty` int(11) NULL DEFAULT 0,\n"
                + "    `double` int(11) GENERATED ALWAYS AS (`qty` * 2) VIRTUAL,\n"
                + "    `kind` enum('a','b''c') NULL DEFAULT 'a',\n"
                + "    `user id` bigint(20) unsigned NULL,\n"
                + "    PRIMARY KEY (`id`),\n"
                + "    UNIQUE KEY `uq_name` (`it's ``name```),\n"
                + "    CONSTRAINT `ck_qty` CHECK (`qty` >= 0),\n"
                + "    CONSTRAINT `fk_user` FOREIGN KEY (`user id`) REFERENCES " + Q_NS + ".`users` (`id`) ON DELETE SET NULL\n"
                + ") ENGINE = `InnoDB` DEFAULT CHARSET = `utf8mb4` COLLATE = `utf8mb4_unicode_ci` AUTO_INCREMENT = 1000 COMMENT = 'orders'' table'");
    }

    @Test
    void typeModifiersFollowTheParameters() {
        MariaDbClauses clauses = new MariaDbClauses(new MariaDbDialect());
        assertThat(clauses.type(ColumnType.parse("int(10) unsigned zerofill"), "")).isEqualTo("int(10) unsigned zerofill");
        assertThat(clauses.type(ColumnType.parse("decimal(10,2) unsigned"), "")).isEqualTo("decimal(10,2) unsigned");
        assertThat(clauses.type(ColumnType.parse("double precision"), "")).isEqualTo("double precision");
        assertThat(clauses.type(ColumnType.parse("varchar(10)"), "")).isEqualTo("varchar(10)");
        assertThatThrownBy(() -> clauses.type(ColumnType.parse("int[]"), "")).isInstanceOf(BadInputException.class);
    }

    @Test
    void defaultsThatAreNotLiteralsAreParenthesized() {
        assertThat(MariaDbClauses.defaultValue("'a''b'")).isEqualTo("'a''b'");
        assertThat(MariaDbClauses.defaultValue("-1.5e3")).isEqualTo("-1.5e3");
        assertThat(MariaDbClauses.defaultValue("NULL")).isEqualTo("NULL");
        assertThat(MariaDbClauses.defaultValue("b'101'")).isEqualTo("b'101'");
        assertThat(MariaDbClauses.defaultValue("uuid()")).isEqualTo("(uuid())");
        assertThat(MariaDbClauses.defaultValue("(1 + 2)")).isEqualTo("(1 + 2)");
        assertThat(MariaDbClauses.defaultValue("(1) + (2)")).isEqualTo("((1) + (2))");
    }

    @Test
    void alterColumnModifiesTheWholeDefinition() {
        Column from = Column.of("qty", "int(11)");
        Column to = Column.of("qty", "bigint(20)").notNull().withDefault("1").withComment("how many");
        assertThat(sql(new AlterColumn(T, from, to)))
                .containsExactly("ALTER TABLE " + Q_T + " MODIFY COLUMN `qty` bigint(20) NOT NULL DEFAULT 1 COMMENT 'how many'");
        Column id = Column.of("id", "int(11)").notNull();
        assertThat(sql(new AlterColumn(T, id, id.withIdentity(Identity.autoIncrement().startingAt(50, 1))))).containsExactly(
                "ALTER TABLE " + Q_T + " MODIFY COLUMN `id` int(11) NOT NULL AUTO_INCREMENT",
                "ALTER TABLE " + Q_T + " AUTO_INCREMENT = 50");
    }

    @Test
    void columnsTablesAndComments() {
        assertThat(sql(new AddColumn(T, Column.of("note", "text").withDefault("'n/a'")),
                new DropColumn(T, Column.of("old", "int")),
                new RenameColumn(T, "a`b", "select"),
                new RenameTable(NS, "order", "from"),
                new DropTable(NS, Table.of("order", Column.of("id", "int"))),
                new SetTableComment(T, null, "it's"),
                new SetTableComment(T, "it's", null)))
                .containsExactly(
                        "ALTER TABLE " + Q_T + " ADD COLUMN `note` text NULL DEFAULT 'n/a'",
                        "ALTER TABLE " + Q_T + " DROP COLUMN `old`",
                        "ALTER TABLE " + Q_T + " RENAME COLUMN `a``b` TO `select`",
                        "RENAME TABLE " + Q_T + " TO " + Q_NS + ".`from`",
                        "DROP TABLE " + Q_T,
                        "ALTER TABLE " + Q_T + " COMMENT = 'it''s'",
                        "ALTER TABLE " + Q_T + " COMMENT = ''");
    }

    @Test
    void tableAttributes() {
        assertThat(sql(new SetTableAttributes(T, Map.of("engine", "InnoDB", "charset", "utf8mb4"),
                Map.of("engine", "Aria", "charset", "utf8mb4")))).containsExactly("ALTER TABLE " + Q_T + " ENGINE = `Aria`");
        assertThatThrownBy(() -> sql(new SetTableAttributes(T, Map.of("engine", "InnoDB"), Map.of())))
                .isInstanceOf(BadInputException.class).hasMessageContaining("engine").hasMessageContaining("MariaDB");
        assertThatThrownBy(() -> sql(new SetTableAttributes(T, Map.of(), Map.of("without_rowid", "true"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("without_rowid");
        assertThat(sql(new SetTableAttributes(T, Map.of(), Map.of("row_format", "dynamic"))))
                .containsExactly("ALTER TABLE " + Q_T + " ROW_FORMAT = DYNAMIC");
    }

    @Test
    void aNewDefaultCharsetConvertsTheColumnsThatFollowTheDefaultAndKeepsThoseWithTheirOwn() {
        Map<String, String> latin1 = Map.of("engine", "InnoDB", "charset", "latin1", "collation", "latin1_swedish_ci");
        Map<String, String> utf8mb4 = Map.of("engine", "InnoDB", "charset", "utf8mb4", "collation", "utf8mb4_unicode_ci");
        Column slug = Column.of("slug", "varchar(200)").notNull();
        Column asciiSlug = slug.withCollation("ascii_bin").withAttributes(Map.of("charset", "ascii"));
        Table articles = new Table("articles",
                List.of(Column.of("id", "int(11)").notNull(), Column.of("title", "varchar(200)").notNull(), slug,
                        Column.of("body", "text"), Column.of("kind", "enum('a','b')").withDefault("'a'"),
                        Column.of("code", "char(2)").withAttributes(Map.of("charset", "ascii")),
                        Column.of("name", "varchar(50)").withCollation("latin1_bin")),
                PrimaryKey.of("id"), List.of(), List.of(), List.of(), List.of(), List.of(), null, latin1);
        TableRef ref = TableRef.of(NS, "articles");
        String table = Q_NS + ".`articles`";
        MariaDbRenderer knowing = new MariaDbRenderer(new MariaDbDialect(), Schema.of(Namespace.of(NS, articles)));
        List<String> up = knowing.render(List.of(new AlterColumn(ref, slug, asciiSlug),
                new SetTableAttributes(ref, latin1, utf8mb4))).statements();
        assertThat(up).hasSize(4);
        assertThat(up.get(0)).isEqualTo("ALTER TABLE " + table + " MODIFY COLUMN `slug` varchar(200) CHARACTER SET `ascii` COLLATE `ascii_bin` NOT NULL");
        // (the attributes are a map: their order in the statement is not fixed)
        assertThat(up.get(1)).startsWith("ALTER TABLE " + table + " ").contains("DEFAULT CHARSET = `utf8mb4`").contains("COLLATE = `utf8mb4_unicode_ci`");
        assertThat(up.get(2)).startsWith("-- note: ").contains("not CONVERT TO CHARACTER SET");
        assertThat(up.get(3)).isEqualTo("ALTER TABLE " + table + " MODIFY COLUMN `title` varchar(200) NOT NULL,"
                + " MODIFY COLUMN `body` text NULL, MODIFY COLUMN `kind` enum('a','b') NULL DEFAULT 'a'");

        // the way back starts from the upgraded table: slug has its own charset there, and is changed after
        Table upgraded = articles.withColumns(articles.columns().stream().map(c -> c.name().equals("slug") ? asciiSlug : c).toList())
                .withAttributes(utf8mb4);
        List<String> down = new MariaDbRenderer(new MariaDbDialect(), Schema.of(Namespace.of(NS, upgraded)))
                .render(List.of(new SetTableAttributes(ref, utf8mb4, latin1), new AlterColumn(ref, asciiSlug, slug))).statements();
        assertThat(down).hasSize(4);
        assertThat(down.get(0)).contains("DEFAULT CHARSET = `latin1`").contains("COLLATE = `latin1_swedish_ci`");
        assertThat(down.subList(2, 4)).containsExactly(
                "ALTER TABLE " + table + " MODIFY COLUMN `title` varchar(200) NOT NULL,"
                        + " MODIFY COLUMN `body` text NULL, MODIFY COLUMN `kind` enum('a','b') NULL DEFAULT 'a'",
                "ALTER TABLE " + table + " MODIFY COLUMN `slug` varchar(200) NOT NULL");

        // columns added, renamed or created in the script are followed too; an engine change alone converts nothing
        List<String> followed = knowing.render(List.of(new AddColumn(ref, Column.of("extra", "tinytext")),
                new RenameColumn(ref, "title", "headline"), new DropColumn(ref, Column.of("body", "text")),
                new SetTableAttributes(ref, latin1, Map.of("engine", "Aria", "charset", "latin1", "collation", "latin1_general_ci")))).statements();
        assertThat(followed).last().isEqualTo("ALTER TABLE " + table + " MODIFY COLUMN `headline` varchar(200) NOT NULL,"
                + " MODIFY COLUMN `slug` varchar(200) NOT NULL, MODIFY COLUMN `kind` enum('a','b') NULL DEFAULT 'a',"
                + " MODIFY COLUMN `extra` tinytext NULL");
        assertThat(knowing.render(List.of(new SetTableAttributes(ref, latin1, Map.of("engine", "Aria", "charset", "latin1",
                "collation", "latin1_swedish_ci")))).statements()).containsExactly("ALTER TABLE " + table + " ENGINE = `Aria`");

        // without the schema, the renderer does not know the columns, and says so
        List<String> blind = sql(new SetTableAttributes(ref, latin1, utf8mb4));
        assertThat(blind).hasSize(2);
        assertThat(blind.get(0)).contains("DEFAULT CHARSET = `utf8mb4`").contains("COLLATE = `utf8mb4_unicode_ci`");
        assertThat(blind.get(1)).startsWith("-- note: ").contains("keep the old one").contains("MODIFY COLUMN");
    }

    @Test
    void keysConstraintsAndIndexes() {
        ForeignKey key = ForeignKey.of("fk `u`", List.of("user id"), TableRef.of("other db", "users"), List.of("id"))
                .onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.RESTRICT);
        assertThat(sql(new AddPrimaryKey(T, PrimaryKey.of("a", "b")), new DropPrimaryKey(T, PrimaryKey.of("a", "b")),
                new AddUnique(T, UniqueConstraint.of("uq", "a")), new DropUnique(T, UniqueConstraint.of("uq", "a")),
                new AddForeignKey(T, key), new DropForeignKey(T, key),
                new AddCheck(T, CheckConstraint.of("ck", "a > 0")), new AddCheck(T, CheckConstraint.of(null, "b > 0")),
                new DropCheck(T, CheckConstraint.of("ck", "a > 0")),
                new CreateIndex(T, Index.of("ix `d`", IndexElement.column("a").desc(), IndexElement.expression("`name`(10)")).using("btree")),
                new CreateIndex(T, Index.unique("ux", "a", "b")),
                new CreateIndex(T, Index.on("ft", "body").using("FULLTEXT")),
                new DropIndex(T, Index.on("ix `d`", "a"))))
                .containsExactly(
                        "ALTER TABLE " + Q_T + " ADD PRIMARY KEY (`a`, `b`)",
                        "ALTER TABLE " + Q_T + " DROP PRIMARY KEY",
                        "ALTER TABLE " + Q_T + " ADD UNIQUE KEY `uq` (`a`)",
                        "ALTER TABLE " + Q_T + " DROP INDEX `uq`",
                        "ALTER TABLE " + Q_T + " ADD CONSTRAINT `fk ``u``` FOREIGN KEY (`user id`) REFERENCES `other db`.`users` (`id`)"
                                + " ON DELETE CASCADE ON UPDATE RESTRICT",
                        "ALTER TABLE " + Q_T + " DROP FOREIGN KEY `fk ``u```",
                        "ALTER TABLE " + Q_T + " ADD CONSTRAINT `ck` CHECK (a > 0)",
                        "ALTER TABLE " + Q_T + " ADD CHECK (b > 0)",
                        "ALTER TABLE " + Q_T + " DROP CONSTRAINT `ck`",
                        "CREATE INDEX `ix ``d``` ON " + Q_T + " (`a` DESC, `name`(10)) USING BTREE",
                        "CREATE UNIQUE INDEX `ux` ON " + Q_T + " (`a`, `b`)",
                        "CREATE FULLTEXT INDEX `ft` ON " + Q_T + " (`body`)",
                        "DROP INDEX `ix ``d``` ON " + Q_T);
    }

    @Test
    void whatMariaDbCannotSayIsRefused() {
        assertThatThrownBy(() -> sql(new CreateIndex(T, Index.on("ix", "a").where("a > 0"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("partial indexes");
        assertThatThrownBy(() -> sql(new CreateIndex(T, Index.on("ix", "a").using("gin"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("gin");
        assertThatThrownBy(() -> sql(new AddForeignKey(T, ForeignKey.of("fk", List.of("a"), T, List.of("b")).deferrable(true))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("deferrable");
        assertThatThrownBy(() -> sql(new AddColumn(T, Column.of("g", "int").notNull().withGenerated(GeneratedColumn.stored("1")))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("generated column");
        assertThatThrownBy(() -> sql(new AddColumn(T, Column.of("id", "int").withIdentity(Identity.always()))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("ALWAYS");
        assertThatThrownBy(() -> sql(new AddColumn(T, Column.of("id", "int").withAttributes(Map.of("storage", "x")))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("storage");
        assertThatThrownBy(() -> sql(new DropForeignKey(T, ForeignKey.of(null, List.of("a"), T, List.of("b")))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("without a name");
        assertThatThrownBy(() -> sql(new AddExclusion(T, ExclusionConstraint.of("ex", "gist", ExclusionConstraint.Element.of("a", "=")))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("AddExclusion").hasMessageContaining("MariaDB")
                .hasMessageContaining("exclusion constraints");
        assertThatThrownBy(() -> sql(new CreateEnumType(NS, EnumType.of("mood", "a"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CreateEnumType").hasMessageContaining("MariaDB");
        assertThatThrownBy(() -> sql(new CreateView(NS, View.materialized("mv", "SELECT 1"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("materialized");
    }

    @Test
    void schemasSequencesAndViews() {
        Sequence sequence = new Sequence("s `1`", null, 10L, 2L, 1L, 1000L, 5L, true);
        String s = Q_NS + ".`s ``1```";
        View view = View.of("v", "SELECT 1 AS `x`");
        assertThat(sql(new CreateSchema(NS), new DropSchema(NS),
                new CreateSequence(NS, sequence), new CreateSequence(NS, Sequence.of("plain")),
                new AlterSequence(NS, sequence, new Sequence("s `1`", null, 10L, 3L, 1L, 1000L, 5L, false)),
                new AlterSequence(NS, sequence, sequence),
                new DropSequence(NS, sequence),
                new CreateView(NS, view), new ReplaceView(NS, view, view.withDefinition("SELECT 2 AS `x`")), new DropView(NS, view)))
                .containsExactly(
                        "CREATE SCHEMA " + Q_NS,
                        "DROP SCHEMA " + Q_NS,
                        "CREATE SEQUENCE " + s + " INCREMENT BY 2 MINVALUE 1 MAXVALUE 1000 START WITH 10 CACHE 5 CYCLE",
                        "CREATE SEQUENCE " + Q_NS + ".`plain`",
                        "ALTER SEQUENCE " + s + " INCREMENT BY 3 NOCYCLE",
                        "DROP SEQUENCE " + s,
                        "CREATE VIEW " + Q_NS + ".`v` AS SELECT 1 AS `x`",
                        "CREATE OR REPLACE VIEW " + Q_NS + ".`v` AS SELECT 2 AS `x`",
                        "DROP VIEW " + Q_NS + ".`v`");
        assertThatThrownBy(() -> sql(new CreateSequence(NS, Sequence.of("s").withDataType(ColumnType.parse("int")))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("sequences of type int");
    }

    @Test
    void everyOperationRendersOrIsRefusedClearly() {
        List<Operation> samples = oneOfEach();
        Set<Class<?>> kinds = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(Arrays.asList(Operation.class.getPermittedSubclasses()));
        List<String> refused = new ArrayList<>();
        for (Operation operation : samples) {
            try {
                renderer.render(List.of(operation));
            } catch (BadInputException e) {
                assertThat(e.getMessage()).contains("MariaDB").contains(operation.getClass().getSimpleName());
                refused.add(operation.getClass().getSimpleName());
            }
        }
        assertThat(refused).containsExactlyInAnyOrder("CreateExtension", "DropExtension", "AlterExtension",
                "CreateEnumType", "DropEnumType", "AddEnumValue", "ReplaceEnumType", "CreateDomain", "DropDomain", "AlterDomain",
                "AddExclusion", "DropExclusion", "SetViewComment");
    }

    static List<Operation> oneOfEach() {
        Table table = Table.of("t", Column.of("id", "int").notNull()).withPrimaryKey(PrimaryKey.of("id"));
        Column column = Column.of("c", "text");
        EnumType mood = EnumType.of("mood", "a", "b");
        Domain domain = Domain.of("d", ColumnType.parse("int"));
        Sequence sequence = Sequence.of("s");
        View view = View.of("v", "SELECT 1");
        ForeignKey key = ForeignKey.of("fk", List.of("id"), TableRef.of(NS, "p"), List.of("id"));
        ExclusionConstraint exclusion = ExclusionConstraint.of("ex", "gist", ExclusionConstraint.Element.of("id", "="));
        return List.of(new CreateSchema(NS), new DropSchema(NS),
                new CreateExtension(Extension.of("hstore")), new DropExtension(Extension.of("hstore")),
                new AlterExtension(Extension.of("hstore"), new Extension("hstore", null, "1.8")),
                new CreateEnumType(NS, mood), new DropEnumType(NS, mood), new AddEnumValue(NS, "mood", "c", null, "b"),
                new ReplaceEnumType(NS, mood, EnumType.of("mood", "b")),
                new CreateDomain(NS, domain), new DropDomain(NS, domain), new AlterDomain(NS, domain, domain.notNull()),
                new CreateSequence(NS, sequence), new DropSequence(NS, sequence), new AlterSequence(NS, sequence, sequence.incrementingBy(2)),
                new CreateTable(NS, table), new DropTable(NS, table), new RenameTable(NS, "t", "u"),
                new SetTableComment(T, null, "c"), new SetTableAttributes(T, Map.of(), Map.of("engine", "InnoDB")),
                new AddColumn(T, column), new DropColumn(T, column), new AlterColumn(T, column, column.notNull()),
                new RenameColumn(T, "c", "d"),
                new AddPrimaryKey(T, PrimaryKey.of("id")), new DropPrimaryKey(T, PrimaryKey.of("id")),
                new AddForeignKey(T, key), new DropForeignKey(T, key),
                new AddUnique(T, UniqueConstraint.of("uq", "c")), new DropUnique(T, UniqueConstraint.of("uq", "c")),
                new AddCheck(T, CheckConstraint.of("ck", "id > 0")), new DropCheck(T, CheckConstraint.of("ck", "id > 0")),
                new AddExclusion(T, exclusion), new DropExclusion(T, exclusion),
                new CreateIndex(T, Index.on("ix", "c")), new DropIndex(T, Index.on("ix", "c")),
                new CreateView(NS, view), new DropView(NS, view), new ReplaceView(NS, view, view.withDefinition("SELECT 2")),
                new SetViewComment(TableRef.of(NS, "v"), null, "c"));
    }
}
