package dev.strata.runtime.postgres;

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

/** Golden SQL for every operation on PostgreSQL, the safe forms and the transactional flag. No database. */
class PostgresRendererTest {
    /** A schema and a table whose names need quoting: a quote, a space, a reserved word, unicode. */
    static final String NS = "app \"x\"";
    static final String Q_NS = "\"app \"\"x\"\"\"";
    static final TableRef T = TableRef.of(NS, "order");
    static final String Q_T = Q_NS + ".\"order\"";
    static final TableRef USERS = TableRef.of(NS, "ünï users");
    static final String Q_USERS = Q_NS + ".\"ünï users\"";

    private final PostgresRenderer renderer = new PostgresRenderer(new PostgresDialect());

    private RenderedScript render(Operation... operations) {
        return renderer.render(List.of(operations));
    }

    private List<String> sql(Operation... operations) {
        return render(operations).statements();
    }

    @Test
    void theDialectHandsOutThisRenderer() {
        assertThat(new PostgresDialect().renderer()).isInstanceOf(PostgresRenderer.class);
    }

    @Test
    void createTableWithEveryKindOfColumnAndConstraint() {
        Table table = new Table("order",
                List.of(Column.of("id", "bigint").notNull().withIdentity(Identity.always().startingAt(100, 5)),
                        Column.of("n", "integer").notNull().withIdentity(Identity.serial()).withDefault("nextval('x_seq'::regclass)"),
                        Column.of("it's \"name\"", "character varying(80)").notNull().withDefault("'none'::character varying")
                                .withCollation("C").withComment("it's the name"),
                        Column.of("total", "numeric(10, 2)").withGenerated(GeneratedColumn.stored("\"n\" * 2")),
                        Column.of("during", "tsrange"),
                        Column.of("tags", ColumnType.parse("text[]"))),
                PrimaryKey.of("id").named("order_pk"), List.of(),
                List.of(UniqueConstraint.of("uq_name", "it's \"name\"").deferrable(true)),
                List.of(CheckConstraint.of("ck_total", "total >= 0")),
                List.of(ExclusionConstraint.of("ex_during", "gist", ExclusionConstraint.Element.of("during", "&&")).where("n > 0")),
                List.of(), "orders, it's said", Map.of());
        RenderedScript script = render(new CreateTable(NS, table));
        assertThat(script.transactional()).isTrue();
        assertThat(script.statements()).containsExactly(
                "CREATE TABLE " + Q_T + " (\n"
                        + "    \"id\" bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5) NOT NULL,\n"
                        + "    \"n\" serial NOT NULL,\n"
                        + "    \"it's \"\"name\"\"\" character varying(80) COLLATE \"C\" DEFAULT 'none'::character varying NOT NULL,\n"
                        + "    \"total\" numeric(10,2) GENERATED ALWAYS AS (\"n\" * 2) STORED,\n"
                        + "    \"during\" tsrange,\n"
                        + "    \"tags\" text[],\n"
                        + "    CONSTRAINT \"order_pk\" PRIMARY KEY (\"id\"),\n"
                        + "    CONSTRAINT \"uq_name\" UNIQUE (\"it's \"\"name\"\"\") DEFERRABLE INITIALLY DEFERRED,\n"
                        + "    CONSTRAINT \"ck_total\" CHECK (total >= 0),\n"
                        + "    CONSTRAINT \"ex_during\" EXCLUDE USING \"gist\" (\"during\" WITH &&) WHERE (n > 0)\n"
                        + ")",
                "COMMENT ON TABLE " + Q_T + " IS 'orders, it''s said'",
                "COMMENT ON COLUMN " + Q_T + ".\"it's \"\"name\"\"\" IS 'it''s the name'");
    }

    @Test
    void dropAndRenameTable() {
        assertThat(sql(new DropTable(NS, Table.of("order", Column.of("id", "integer")))))
                .containsExactly("DROP TABLE " + Q_T);
        assertThat(sql(new RenameTable(NS, "order", "select")))
                .containsExactly("ALTER TABLE " + Q_T + " RENAME TO \"select\"");
    }

    @Test
    void objectsOfATableCreatedInTheSameScriptTakeThePlainForms() {
        Table users = Table.of("ünï users", Column.of("id", "integer").notNull(), Column.of("email", "text"));
        RenderedScript script = render(
                new CreateTable(NS, users),
                new CreateIndex(USERS, Index.on("ix_email", "email")),
                new AddPrimaryKey(USERS, PrimaryKey.of("id").named("pk_users")),
                new AddUnique(USERS, UniqueConstraint.of("uq_email", "email")),
                new AddCheck(USERS, CheckConstraint.of("ck_email", "email <> ''")),
                new AddForeignKey(USERS, ForeignKey.of("fk_self", List.of("id"), TableRef.of(null, "ünï users"), List.of("id"))),
                new AlterColumn(USERS, Column.of("email", "text"), Column.of("email", "text").notNull()),
                new DropIndex(USERS, Index.on("ix_email", "email")));
        assertThat(script.transactional()).isTrue();
        assertThat(script.statements()).doesNotHaveDuplicates().noneMatch(s -> s.startsWith("--"))
                .containsSubsequence(
                        "CREATE INDEX \"ix_email\" ON " + Q_USERS + " (\"email\")",
                        "ALTER TABLE " + Q_USERS + " ADD CONSTRAINT \"pk_users\" PRIMARY KEY (\"id\")",
                        "ALTER TABLE " + Q_USERS + " ADD CONSTRAINT \"uq_email\" UNIQUE (\"email\")",
                        "ALTER TABLE " + Q_USERS + " ADD CONSTRAINT \"ck_email\" CHECK (email <> '')",
                        "ALTER TABLE " + Q_USERS + " ADD CONSTRAINT \"fk_self\" FOREIGN KEY (\"id\") REFERENCES " + Q_USERS + " (\"id\")",
                        "ALTER TABLE " + Q_USERS + " ALTER COLUMN \"email\" SET NOT NULL",
                        "DROP INDEX " + Q_NS + ".\"ix_email\"");
    }

    @Test
    void aTableRenamedAfterItsCreationIsStillNew() {
        RenderedScript script = render(
                new CreateTable(NS, Table.of("a", Column.of("x", "integer"))),
                new RenameTable(NS, "a", "b"),
                new CreateIndex(TableRef.of(NS, "b"), Index.on("ix_x", "x")));
        assertThat(script.transactional()).isTrue();
        assertThat(script.statements()).last().isEqualTo("CREATE INDEX \"ix_x\" ON " + Q_NS + ".\"b\" (\"x\")");
    }

    @Test
    void createIndexOnAnExistingTableIsConcurrentAndTheScriptNotTransactional() {
        Index index = new Index("ix_\"odd\" name", true, "btree",
                List.of(IndexElement.column("email").withCollation("C").desc().nullsFirst(false),
                        IndexElement.expression("lower(name)").withOpclass("text_pattern_ops")),
                List.of("id"), "deleted_at IS NULL", true);
        RenderedScript script = render(new CreateIndex(T, index));
        assertThat(script.transactional()).isFalse();
        assertThat(script.statements()).hasSize(2);
        assertThat(script.statements().get(0)).startsWith("-- note: ").contains("CONCURRENTLY");
        assertThat(script.statements().get(1)).isEqualTo("CREATE UNIQUE INDEX CONCURRENTLY \"ix_\"\"odd\"\" name\" ON " + Q_T
                + " USING \"btree\" (\"email\" COLLATE \"C\" DESC NULLS LAST, (lower(name)) \"text_pattern_ops\") INCLUDE (\"id\")"
                + " NULLS NOT DISTINCT WHERE deleted_at IS NULL");
    }

    @Test
    void indexElementsSayOnlyWhatDiffersFromTheDefaultOrder() {
        PostgresClauses clauses = new PostgresClauses(new PostgresDialect());
        assertThat(clauses.element(IndexElement.column("a").nullsFirst(false))).isEqualTo("\"a\"");
        assertThat(clauses.element(IndexElement.column("a").nullsFirst(true))).isEqualTo("\"a\" NULLS FIRST");
        assertThat(clauses.element(IndexElement.column("a").desc())).isEqualTo("\"a\" DESC");
        assertThat(clauses.element(IndexElement.column("a").desc().nullsFirst(true))).isEqualTo("\"a\" DESC");
        assertThat(clauses.element(IndexElement.column("a").withCollation("pg_catalog.\"C\""))).isEqualTo("\"a\" COLLATE pg_catalog.\"C\"");
    }

    @Test
    void dropIndexIsConcurrent() {
        RenderedScript script = render(new DropIndex(T, Index.on("ix_total", "total")));
        assertThat(script.transactional()).isFalse();
        assertThat(script.statements()).hasSize(2);
        assertThat(script.statements().get(0)).startsWith("-- note: ");
        assertThat(script.statements().get(1)).isEqualTo("DROP INDEX CONCURRENTLY " + Q_NS + ".\"ix_total\"");
    }

    @Test
    void anIndexOfATableDroppedInTheSameScriptIsDroppedPlainlyInTheTransaction() {
        RenderedScript script = render(
                new DropIndex(T, Index.on("ix_total", "total")),
                new DropTable(NS, Table.of("order", Column.of("total", "integer"))));
        assertThat(script.transactional()).isTrue();
        assertThat(script.statements()).containsExactly("DROP INDEX " + Q_NS + ".\"ix_total\"", "DROP TABLE " + Q_T);
    }

    @Test
    void aForeignKeyOnAnExistingTableIsAddedNotValidThenValidated() {
        ForeignKey key = ForeignKey.of("fk_\"user\"", List.of("user id"), TableRef.of("other", "ünï users"), List.of("id"))
                .onDelete(ReferentialAction.CASCADE).onUpdate(ReferentialAction.SET_NULL).deferrable(false);
        RenderedScript script = render(new AddForeignKey(T, key));
        assertThat(script.transactional()).isFalse();
        assertThat(script.statements()).hasSize(3);
        assertThat(script.statements().get(0)).startsWith("-- note: ").contains("NOT VALID");
        assertThat(script.statements().subList(1, 3)).containsExactly(
                "ALTER TABLE " + Q_T + " ADD CONSTRAINT \"fk_\"\"user\"\"\" FOREIGN KEY (\"user id\") REFERENCES \"other\".\"ünï users\" (\"id\")"
                        + " ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE NOT VALID",
                "ALTER TABLE " + Q_T + " VALIDATE CONSTRAINT \"fk_\"\"user\"\"\"");
    }

    @Test
    void aKeyTheModelWantsNotValidIsNotValidated() {
        ForeignKey key = ForeignKey.of("fk", List.of("a"), TableRef.of(null, "p"), List.of("id")).notValid();
        RenderedScript script = render(new AddForeignKey(T, key));
        assertThat(script.transactional()).isTrue();
        assertThat(script.statements()).containsExactly(
                "ALTER TABLE " + Q_T + " ADD CONSTRAINT \"fk\" FOREIGN KEY (\"a\") REFERENCES " + Q_NS + ".\"p\" (\"id\") NOT VALID");
    }

    @Test
    void aCheckOnAnExistingTableIsAddedNotValidThenValidated() {
        RenderedScript script = render(new AddCheck(T, CheckConstraint.of("ck_\"q\"", "qty > 0")));
        assertThat(script.transactional()).isFalse();
        assertThat(script.statements()).hasSize(3);
        assertThat(script.statements().get(0)).startsWith("-- note: ");
        assertThat(script.statements().subList(1, 3)).containsExactly(
                "ALTER TABLE " + Q_T + " ADD CONSTRAINT \"ck_\"\"q\"\"\" CHECK (qty > 0) NOT VALID",
                "ALTER TABLE " + Q_T + " VALIDATE CONSTRAINT \"ck_\"\"q\"\"\"");
    }

    @Test
    void anUnnamedCheckCannotTakeTheSafeFormAndSaysSo() {
        RenderedScript script = render(new AddCheck(T, CheckConstraint.of(null, "qty > 0")));
        assertThat(script.transactional()).isTrue();
        assertThat(script.statements()).hasSize(2);
        assertThat(script.statements().get(0)).startsWith("-- note: ").contains("no name");
        assertThat(script.statements().get(1)).isEqualTo("ALTER TABLE " + Q_T + " ADD CHECK (qty > 0)");
    }

    @Test
    void setNotNullOnAnExistingTableGoesThroughAValidatedCheck() {
        RenderedScript script = render(new AlterColumn(T, Column.of("it's", "text"), Column.of("it's", "text").notNull()));
        assertThat(script.transactional()).isFalse();
        assertThat(script.statements()).hasSize(5);
        assertThat(script.statements().get(0)).startsWith("-- note: ").contains("SET NOT NULL");
        String check = "\"order_it's_not_null_strata\"";
        assertThat(script.statements().subList(1, 5)).containsExactly(
                "ALTER TABLE " + Q_T + " ADD CONSTRAINT " + check + " CHECK (\"it's\" IS NOT NULL) NOT VALID",
                "ALTER TABLE " + Q_T + " VALIDATE CONSTRAINT " + check,
                "ALTER TABLE " + Q_T + " ALTER COLUMN \"it's\" SET NOT NULL",
                "ALTER TABLE " + Q_T + " DROP CONSTRAINT " + check);
    }

    @Test
    void uniqueAndPrimaryKeysOnAnExistingTableAttachAnIndexBuiltConcurrently() {
        RenderedScript unique = render(new AddUnique(T, new UniqueConstraint("uq \"x\"", List.of("a", "b"), true, true, false)));
        assertThat(unique.transactional()).isFalse();
        assertThat(unique.statements().get(0)).startsWith("-- note: ").contains("USING INDEX");
        assertThat(unique.statements().subList(1, 3)).containsExactly(
                "CREATE UNIQUE INDEX CONCURRENTLY \"uq \"\"x\"\"\" ON " + Q_T + " (\"a\", \"b\") NULLS NOT DISTINCT",
                "ALTER TABLE " + Q_T + " ADD CONSTRAINT \"uq \"\"x\"\"\" UNIQUE USING INDEX \"uq \"\"x\"\"\" DEFERRABLE");

        RenderedScript key = render(new AddPrimaryKey(T, PrimaryKey.of("id")));
        assertThat(key.transactional()).isFalse();
        assertThat(key.statements().subList(1, 3)).containsExactly(
                "CREATE UNIQUE INDEX CONCURRENTLY \"order_pkey\" ON " + Q_T + " (\"id\")",
                "ALTER TABLE " + Q_T + " ADD PRIMARY KEY USING INDEX \"order_pkey\"");

        RenderedScript unnamed = render(new AddUnique(T, new UniqueConstraint(null, List.of("a", "b"), false, false, false)));
        assertThat(unnamed.statements().subList(1, 3)).containsExactly(
                "CREATE UNIQUE INDEX CONCURRENTLY \"order_a_b_key\" ON " + Q_T + " (\"a\", \"b\")",
                "ALTER TABLE " + Q_T + " ADD UNIQUE USING INDEX \"order_a_b_key\"");
    }

    @Test
    void droppedConstraintsAreDroppedByName() {
        assertThat(sql(new DropPrimaryKey(T, PrimaryKey.of("id").named("pk")),
                new DropUnique(T, UniqueConstraint.of("uq", "a")),
                new DropForeignKey(T, ForeignKey.of("fk", List.of("a"), TableRef.of(NS, "p"), List.of("id"))),
                new DropCheck(T, CheckConstraint.of("ck", "a > 0")),
                new DropExclusion(T, ExclusionConstraint.of("ex", "gist", ExclusionConstraint.Element.of("a", "=")))))
                .containsExactly(
                        "ALTER TABLE " + Q_T + " DROP CONSTRAINT \"pk\"",
                        "ALTER TABLE " + Q_T + " DROP CONSTRAINT \"uq\"",
                        "ALTER TABLE " + Q_T + " DROP CONSTRAINT \"fk\"",
                        "ALTER TABLE " + Q_T + " DROP CONSTRAINT \"ck\"",
                        "ALTER TABLE " + Q_T + " DROP CONSTRAINT \"ex\"");
        assertThatThrownBy(() -> render(new DropCheck(T, CheckConstraint.of(null, "a > 0"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("without a name").hasMessageContaining("PostgreSQL");
        assertThatThrownBy(() -> render(new DropIndex(T, Index.on(null, "a"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("without a name");
    }

    @Test
    void addExclusionHasNoSafeFormAndIsPlain() {
        assertThat(sql(new AddExclusion(T, ExclusionConstraint.of("ex", "gist", ExclusionConstraint.Element.of("during", "&&")))))
                .containsExactly("ALTER TABLE " + Q_T + " ADD CONSTRAINT \"ex\" EXCLUDE USING \"gist\" (\"during\" WITH &&)");
    }

    @Test
    void columnsAreAddedDroppedAndRenamed() {
        assertThat(sql(new AddColumn(T, Column.of("note", "text").withDefault("''::text").withComment("free text")),
                new DropColumn(T, Column.of("old", "integer")),
                new RenameColumn(T, "a \"b\"", "select")))
                .containsExactly(
                        "ALTER TABLE " + Q_T + " ADD COLUMN \"note\" text DEFAULT ''::text",
                        "COMMENT ON COLUMN " + Q_T + ".\"note\" IS 'free text'",
                        "ALTER TABLE " + Q_T + " DROP COLUMN \"old\"",
                        "ALTER TABLE " + Q_T + " RENAME COLUMN \"a \"\"b\"\"\" TO \"select\"");
    }

    @Test
    void alterColumnChangesEachAspectInAnOrderThatStaysValid() {
        Column from = Column.of("qty", "integer").notNull().withDefault("0").withIdentity(null).withComment("old");
        Column to = Column.of("qty", "bigint").withDefault("1").withCollation(null).withComment(null);
        assertThat(sql(new AlterColumn(T, from, to))).containsExactly(
                "ALTER TABLE " + Q_T + " ALTER COLUMN \"qty\" DROP DEFAULT",
                "ALTER TABLE " + Q_T + " ALTER COLUMN \"qty\" TYPE bigint USING \"qty\"::bigint",
                "ALTER TABLE " + Q_T + " ALTER COLUMN \"qty\" SET DEFAULT 1",
                "ALTER TABLE " + Q_T + " ALTER COLUMN \"qty\" DROP NOT NULL",
                "COMMENT ON COLUMN " + Q_T + ".\"qty\" IS NULL");

        Column text = Column.of("name", "character varying(20)").withCollation("C");
        assertThat(sql(new AlterColumn(T, text, text.withType(ColumnType.parse("text")))))
                .containsExactly("ALTER TABLE " + Q_T + " ALTER COLUMN \"name\" TYPE text COLLATE \"C\" USING \"name\"::text");
        Column serial = Column.of("n", "integer").notNull().withIdentity(Identity.serial());
        assertThat(sql(new AlterColumn(T, serial, serial.withType(ColumnType.parse("bigint")))))
                .containsExactly("ALTER TABLE " + Q_T + " ALTER COLUMN \"n\" TYPE bigint USING \"n\"::bigint");
        assertThat(sql(new AlterColumn(T, Column.of("n", "integer"), Column.of("n", "bigserial"))))
                .containsExactly("ALTER TABLE " + Q_T + " ALTER COLUMN \"n\" TYPE bigint USING \"n\"::bigint");
        assertThat(sql(new AlterColumn(T, text, text.withCollation(null))))
                .containsExactly("ALTER TABLE " + Q_T + " ALTER COLUMN \"name\" TYPE character varying(20) COLLATE \"default\"");
    }

    @Test
    void aTypeChangeOfAColumnWithADefaultDropsTheDefaultAndSetsItAgainAfter() {
        String alter = "ALTER TABLE " + Q_T + " ALTER COLUMN \"method\" ";
        // the differ carries an equivalent default over as the old column spells it: the literal loses its old cast
        Column text = Column.of("method", "text").notNull().withDefault("'card'::text");
        Column enumerated = Column.of("method", "public.payment_method").notNull().withDefault("'card'::text");
        assertThat(sql(new AlterColumn(T, text, enumerated))).containsExactly(
                alter + "DROP DEFAULT",
                alter + "TYPE public.payment_method USING \"method\"::public.payment_method",
                alter + "SET DEFAULT 'card'");
        assertThat(sql(new AlterColumn(T, enumerated, text))).containsExactly(
                alter + "DROP DEFAULT",
                alter + "TYPE text USING \"method\"::text",
                alter + "SET DEFAULT 'card'");
        // a changed default is set as the target column spells it; other expressions are kept as they are
        assertThat(sql(new AlterColumn(T, text, enumerated.withDefault("'cash'::payment_method")))).last()
                .isEqualTo(alter + "SET DEFAULT 'cash'::payment_method");
        Column counter = Column.of("method", "integer").withDefault("nextval('it''s_seq'::regclass)");
        assertThat(sql(new AlterColumn(T, counter, counter.withType(ColumnType.parse("bigint"))))).containsExactly(
                alter + "DROP DEFAULT",
                alter + "TYPE bigint USING \"method\"::bigint",
                alter + "SET DEFAULT nextval('it''s_seq'::regclass)");
        assertThat(PostgresColumnRenderer.retyped("'it''s'::character varying")).isEqualTo("'it''s'");
        assertThat(PostgresColumnRenderer.retyped("'{}'::text[]")).isEqualTo("'{}'");
        assertThat(PostgresColumnRenderer.retyped("'a'::text || 'b'::text")).isEqualTo("'a'::text || 'b'::text");
        // a collation change alone keeps the default where it is
        assertThat(sql(new AlterColumn(T, text, text.withCollation("C"))))
                .containsExactly(alter + "TYPE text COLLATE \"C\"");
    }

    @Test
    void alterColumnIdentityAndGeneration() {
        Column plain = Column.of("id", "bigint").notNull();
        String alter = "ALTER TABLE " + Q_T + " ALTER COLUMN \"id\" ";
        assertThat(sql(new AlterColumn(T, plain, plain.withIdentity(Identity.byDefault()))))
                .containsExactly(alter + "ADD GENERATED BY DEFAULT AS IDENTITY");
        assertThat(sql(new AlterColumn(T, plain.withIdentity(Identity.byDefault()), plain)))
                .containsExactly(alter + "DROP IDENTITY");
        assertThat(sql(new AlterColumn(T, plain.withIdentity(Identity.byDefault()), plain.withIdentity(Identity.always().startingAt(10, 2)))))
                .containsExactly(alter + "SET GENERATED ALWAYS", alter + "SET START WITH 10", alter + "SET INCREMENT BY 2");
        Column generated = Column.of("id", "bigint").withGenerated(GeneratedColumn.stored("a + 1"));
        assertThat(sql(new AlterColumn(T, generated, Column.of("id", "bigint")))).containsExactly(alter + "DROP EXPRESSION");
        Column virtual = Column.of("id", "bigint").withGenerated(GeneratedColumn.virtual("a + 1"));
        assertThat(sql(new AlterColumn(T, virtual, virtual.withGenerated(GeneratedColumn.virtual("a + 2")))))
                .containsExactly(alter + "SET EXPRESSION AS (a + 2)");
        assertThatThrownBy(() -> render(new AlterColumn(T, Column.of("id", "bigint"), generated)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("generated column");
        assertThatThrownBy(() -> render(new AlterColumn(T, Column.of("id", "integer"), Column.of("id", "integer").withIdentity(Identity.serial()))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("serial");
        assertThatThrownBy(() -> render(new AddColumn(T, Column.of("id", "integer").withIdentity(Identity.autoIncrement()))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("AUTO_INCREMENT");
        assertThatThrownBy(() -> render(new AddColumn(T, Column.of("id", "integer").withAttributes(Map.of("charset", "utf8")))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("column attributes");
    }

    @Test
    void aNewExpressionOfAStoredGeneratedColumnDropsAndAddsTheColumn() {
        Column total = Column.of("total", "numeric(12,2)").withGenerated(GeneratedColumn.stored("quantity::numeric * unit_price"));
        Column changed = Column.of("total", "numeric(14,2)").notNull().withComment("with tax")
                .withGenerated(GeneratedColumn.stored("quantity::numeric * unit_price * 1.2"));
        List<String> up = sql(new AlterColumn(T, total, changed));
        assertThat(up).hasSize(4);
        assertThat(up.get(0)).startsWith("-- note: ").contains("PostgreSQL 17").contains("computed again").contains("indexes");
        assertThat(up.subList(1, 4)).containsExactly(
                "ALTER TABLE " + Q_T + " DROP COLUMN \"total\"",
                "ALTER TABLE " + Q_T + " ADD COLUMN \"total\" numeric(14,2) GENERATED ALWAYS AS (quantity::numeric * unit_price * 1.2) STORED NOT NULL",
                "COMMENT ON COLUMN " + Q_T + ".\"total\" IS 'with tax'");
        assertThat(sql(new AlterColumn(T, changed, total))).filteredOn(s -> !s.startsWith("--")).containsExactly(
                "ALTER TABLE " + Q_T + " DROP COLUMN \"total\"",
                "ALTER TABLE " + Q_T + " ADD COLUMN \"total\" numeric(12,2) GENERATED ALWAYS AS (quantity::numeric * unit_price) STORED");
    }

    @Test
    void aReplacedGeneratedColumnGetsItsIndexesAndConstraintsBackUnlessTheScriptChangesThemItself() {
        Column total = Column.of("total", "numeric(12,2)").withGenerated(GeneratedColumn.stored("quantity * 2"));
        Column changed = Column.of("total", "numeric(12,2)").withGenerated(GeneratedColumn.stored("quantity * 3"));
        Table before = Table.of("order", Column.of("id", "integer"), Column.of("quantity", "integer"), total)
                .withChecks(CheckConstraint.of("ck_total", "\"total\" >= 0"), CheckConstraint.of("ck_quantity", "quantity > 0"))
                .withIndexes(List.of(Index.on("ix_total", "total"), Index.on("ix_id", "id"), Index.on("ix_changed", "total")));
        PostgresRenderer withBefore = new PostgresRenderer(new PostgresDialect(),
                dev.strata.core.model.Schema.of(dev.strata.core.model.Namespace.of(NS, before)));
        List<String> up = withBefore.render(List.of(new DropIndex(T, Index.on("ix_changed", "total")), new AlterColumn(T, total, changed),
                new CreateIndex(T, Index.on("ix_changed", "total", "id")))).statements();
        assertThat(up).filteredOn(s -> !s.startsWith("--")).containsSubsequence(
                "ALTER TABLE " + Q_T + " DROP COLUMN \"total\"",
                "ALTER TABLE " + Q_T + " ADD COLUMN \"total\" numeric(12,2) GENERATED ALWAYS AS (quantity * 3) STORED",
                "ALTER TABLE " + Q_T + " ADD CONSTRAINT \"ck_total\" CHECK (\"total\" >= 0)",
                "CREATE INDEX \"ix_total\" ON " + Q_T + " (\"total\")");
        assertThat(up).noneMatch(s -> s.contains("ck_quantity") || s.contains("\"ix_id\""))
                .filteredOn(s -> s.contains("ix_changed") && s.startsWith("CREATE")).hasSize(1);
    }

    @Test
    void aSerialColumnBecomesAnIdentityColumnAndBack() {
        String alter = "ALTER TABLE " + Q_T + " ALTER COLUMN \"id\" ";
        String identitySequence = "pg_get_serial_sequence('" + Q_T + "', 'id')";
        // as the inspector reads it: a serial column has no default in the model, and its sequence is not in it
        Column serial = Column.of("id", "integer").notNull().withIdentity(Identity.serial());
        Column identity = Column.of("id", "integer").notNull().withIdentity(Identity.byDefault());
        List<String> up = sql(new AlterColumn(T, serial, identity));
        assertThat(up).hasSize(2);
        assertThat(up.get(0)).startsWith("-- note: ").contains("goes on from where that one was");
        assertThat(up.get(1)).isEqualTo("DO $strata$\n"
                + "DECLARE\n"
                + "    serial_sequence text := " + identitySequence + ";\n"
                + "    next_value bigint;\n"
                + "BEGIN\n"
                + "    IF serial_sequence IS NULL THEN\n"
                + "        RAISE EXCEPTION '%', 'column id of app \"x\".order owns no sequence: it is not a serial column';\n"
                + "    END IF;\n"
                + "    next_value := nextval(serial_sequence);\n"
                + "    " + alter + "DROP DEFAULT;\n"
                + "    EXECUTE format('DROP SEQUENCE %s', serial_sequence);\n"
                + "    " + alter + "ADD GENERATED BY DEFAULT AS IDENTITY;\n"
                + "    PERFORM setval(" + identitySequence + ", next_value, false);\n"
                + "END\n"
                + "$strata$");
        RenderedScript down = render(new AlterColumn(T, identity, serial));
        assertThat(down.transactional()).isTrue();
        assertThat(down.statements().get(0)).startsWith("-- note: ").contains("order_id_seq").contains("owned by the column");
        assertThat(down.statements().subList(1, down.statements().size())).containsExactly(
                "CREATE SEQUENCE " + Q_NS + ".\"order_id_seq__strata\" AS integer",
                "SELECT setval('" + Q_NS + ".\"order_id_seq__strata\"', nextval(" + identitySequence + "), false)",
                alter + "DROP IDENTITY",
                "ALTER SEQUENCE " + Q_NS + ".\"order_id_seq__strata\" RENAME TO \"order_id_seq\"",
                alter + "SET DEFAULT nextval('" + Q_NS + ".\"order_id_seq\"'::regclass)",
                "ALTER SEQUENCE " + Q_NS + ".\"order_id_seq\" OWNED BY " + Q_T + ".\"id\"");
        // a bigserial's sequence is a bigint one, the default type of a sequence
        assertThat(sql(new AlterColumn(T, Column.of("id", "bigint").notNull().withIdentity(Identity.always()),
                Column.of("id", "bigint").notNull().withIdentity(Identity.serial()))))
                .contains("CREATE SEQUENCE " + Q_NS + ".\"order_id_seq__strata\"");
        // into or out of a serial column other than from or to an identity: still refused
        assertThatThrownBy(() -> render(new AlterColumn(T, serial, identity.withIdentity(null))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("serial");
    }

    @Test
    void tableCommentsAndAttributes() {
        assertThat(sql(new SetTableComment(T, null, "it's"), new SetTableComment(T, "it's", null))).containsExactly(
                "COMMENT ON TABLE " + Q_T + " IS 'it''s'",
                "COMMENT ON TABLE " + Q_T + " IS NULL");
        assertThatThrownBy(() -> render(new SetTableAttributes(T, Map.of(), Map.of("engine", "InnoDB"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("PostgreSQL").hasMessageContaining("engine");
    }

    @Test
    void enumTypes() {
        EnumType mood = EnumType.of("mood \"m\"", "sad", "it's ok", "happy");
        String type = Q_NS + ".\"mood \"\"m\"\"\"";
        assertThat(sql(new CreateEnumType(NS, mood), new DropEnumType(NS, mood))).containsExactly(
                "CREATE TYPE " + type + " AS ENUM ('sad', 'it''s ok', 'happy')",
                "DROP TYPE " + type);
        RenderedScript added = render(new AddEnumValue(NS, "mood \"m\"", "meh", "happy", null),
                new AddEnumValue(NS, "mood \"m\"", "glad", null, "happy"),
                new AddEnumValue(NS, "mood \"m\"", "last", null, null));
        assertThat(added.transactional()).isTrue();
        assertThat(added.statements().stream().filter(s -> !s.startsWith("--"))).containsExactly(
                "ALTER TYPE " + type + " ADD VALUE 'meh' BEFORE 'happy'",
                "ALTER TYPE " + type + " ADD VALUE 'glad' AFTER 'happy'",
                "ALTER TYPE " + type + " ADD VALUE 'last'");
        assertThat(added.statements().get(0)).startsWith("-- note: ").contains("PostgreSQL 12");
    }

    @Test
    void replacingAnEnumTypeRebuildsItAndConvertsTheColumnsUsingIt() {
        RenderedScript script = render(new ReplaceEnumType(NS, EnumType.of("mood", "a", "b", "c"), EnumType.of("mood", "c", "a")));
        assertThat(script.transactional()).isTrue();
        List<String> statements = script.statements();
        assertThat(statements).hasSize(5);
        assertThat(statements.get(0)).startsWith("-- note: ");
        assertThat(statements.get(1)).isEqualTo("ALTER TYPE " + Q_NS + ".\"mood\" RENAME TO \"mood__strata_old\"");
        assertThat(statements.get(2)).isEqualTo("CREATE TYPE " + Q_NS + ".\"mood\" AS ENUM ('c', 'a')");
        assertThat(statements.get(3)).startsWith("DO $strata$\n").endsWith("\n$strata$")
                .contains("old_type regtype := '\"app \"\"x\"\"\".\"mood__strata_old\"'::regtype;")
                .contains("new_type text := '\"app \"\"x\"\"\".\"mood\"';");
        assertThat(statements.get(4)).isEqualTo("DROP TYPE " + Q_NS + ".\"mood__strata_old\"");
    }

    @Test
    void theDollarQuoteOfTheConversionBlockNeverAppearsInsideIt() {
        RenderedScript script = render(new ReplaceEnumType("$strata$", EnumType.of("m", "a", "b"), EnumType.of("m", "b")));
        assertThat(script.statements().get(3)).startsWith("DO $strata1$\n").endsWith("\n$strata1$");
    }

    @Test
    void domains() {
        Domain domain = new Domain("pos int", ColumnType.parse("integer"), false, "1",
                List.of(CheckConstraint.of("ck_pos", "VALUE > 0")), "C");
        String name = Q_NS + ".\"pos int\"";
        assertThat(sql(new CreateDomain(NS, domain), new DropDomain(NS, domain))).containsExactly(
                "CREATE DOMAIN " + name + " AS integer COLLATE \"C\" DEFAULT 1 NOT NULL CONSTRAINT \"ck_pos\" CHECK (VALUE > 0)",
                "DROP DOMAIN " + name);
        Domain changed = new Domain("pos int", ColumnType.parse("integer"), true, null,
                List.of(CheckConstraint.of("ck_small", "VALUE < 100")), "C");
        assertThat(sql(new AlterDomain(NS, domain, changed))).containsExactly(
                "ALTER DOMAIN " + name + " DROP CONSTRAINT \"ck_pos\"",
                "ALTER DOMAIN " + name + " DROP DEFAULT",
                "ALTER DOMAIN " + name + " DROP NOT NULL",
                "ALTER DOMAIN " + name + " ADD CONSTRAINT \"ck_small\" CHECK (VALUE < 100)");
        assertThatThrownBy(() -> render(new AlterDomain(NS, domain, new Domain("pos int", ColumnType.parse("bigint"), false, "1", List.of(), "C"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("base type");
    }

    @Test
    void sequences() {
        Sequence sequence = new Sequence("seq \"s\"", ColumnType.parse("integer"), 10L, 2L, 1L, 1000L, 5L, true);
        String name = Q_NS + ".\"seq \"\"s\"\"\"";
        assertThat(sql(new CreateSequence(NS, sequence), new CreateSequence(NS, Sequence.of("plain")), new DropSequence(NS, sequence)))
                .containsExactly(
                        "CREATE SEQUENCE " + name + " AS integer INCREMENT BY 2 MINVALUE 1 MAXVALUE 1000 START WITH 10 CACHE 5 CYCLE",
                        "CREATE SEQUENCE " + Q_NS + ".\"plain\"",
                        "DROP SEQUENCE " + name);
        Sequence changed = new Sequence("seq \"s\"", null, 10L, 3L, 1L, 2000L, null, false);
        assertThat(sql(new AlterSequence(NS, sequence, changed)))
                .containsExactly("ALTER SEQUENCE " + name + " INCREMENT BY 3 MAXVALUE 2000 NO CYCLE");
        assertThat(sql(new AlterSequence(NS, sequence, sequence))).isEmpty();
    }

    @Test
    void newSequenceBoundsThatMayExcludeTheCurrentValueMoveItForwardFirst() {
        Sequence from = new Sequence("seq", ColumnType.parse("bigint"), 1L, 1L, 1L, Long.MAX_VALUE, 1L, false);
        Sequence to = new Sequence("seq", ColumnType.parse("bigint"), 100000L, 5L, 100000L, 999999999L, 10L, false);
        String name = Q_NS + ".\"seq\"";
        List<String> up = sql(new AlterSequence(NS, from, to));
        assertThat(up).hasSize(4);
        assertThat(up.get(0)).startsWith("-- note: ").contains("moved to 100000").contains("setval is not undone by a rollback");
        assertThat(up.get(1)).isEqualTo("SELECT setval('" + name + "', 100000, false) FROM " + name + " WHERE last_value < 100000");
        assertThat(up.get(2)).startsWith("-- note: ").contains("past the new MAXVALUE 999999999");
        assertThat(up.get(3)).isEqualTo("ALTER SEQUENCE " + name + " INCREMENT BY 5 MINVALUE 100000 MAXVALUE 999999999 START WITH 100000 CACHE 10");
        // the way back only widens the bounds: the sequence keeps the value it reached
        assertThat(sql(new AlterSequence(NS, to, from)))
                .containsExactly("ALTER SEQUENCE " + name + " INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1");

        // a start above the new MINVALUE is where a value below it goes; unknown old bounds are the type's defaults
        assertThat(sql(new AlterSequence(NS, Sequence.of("seq").withDataType(ColumnType.parse("integer")),
                new Sequence("seq", null, 500L, null, 10L, null, null, false))))
                .filteredOn(s -> !s.startsWith("--"))
                .containsExactly("SELECT setval('" + name + "', 500, false) FROM " + name + " WHERE last_value < 10",
                        "ALTER SEQUENCE " + name + " MINVALUE 10 START WITH 500");

        // descending: the mirror image, on MAXVALUE
        Sequence down = new Sequence("seq", null, -1L, -1L, -1000L, -1L, null, false);
        assertThat(sql(new AlterSequence(NS, down, new Sequence("seq", null, -1L, -1L, -1000L, -10L, null, false))))
                .filteredOn(s -> !s.startsWith("--"))
                .containsExactly("SELECT setval('" + name + "', -10, false) FROM " + name + " WHERE last_value > -10",
                        "ALTER SEQUENCE " + name + " MAXVALUE -10");

        // no value of the old range is in the new one: the ALTER restarts the sequence
        Sequence small = new Sequence("seq", ColumnType.parse("integer"), 1L, 1L, 1L, 9999L, null, true);
        List<String> disjoint = sql(new AlterSequence(NS, small, new Sequence("seq", null, 1L, 1L, 100000L, 999999L, null, true)));
        assertThat(disjoint).hasSize(2);
        assertThat(disjoint.get(0)).startsWith("-- note: ").contains("restarts at 100000").doesNotContain("handed out");
        assertThat(disjoint.get(1)).isEqualTo("ALTER SEQUENCE " + name + " MINVALUE 100000 MAXVALUE 999999 RESTART WITH 100000");
        List<String> back = sql(new AlterSequence(NS, new Sequence("seq", null, 1L, 1L, 100000L, 999999L, null, true), small));
        assertThat(back.get(0)).startsWith("-- note: ").contains("restarts at 1,").contains("check that none of them is still in use");
        assertThat(back.get(1)).isEqualTo("ALTER SEQUENCE " + name + " AS integer MINVALUE 1 MAXVALUE 9999 RESTART WITH 1");
    }

    @Test
    void viewsAndMaterializedViews() {
        View view = View.of("v \"1\"", "SELECT 1 AS x").withComment("it's a view");
        View matview = View.materialized("mv", "SELECT 2 AS y");
        String v = Q_NS + ".\"v \"\"1\"\"\"";
        String mv = Q_NS + ".\"mv\"";
        assertThat(sql(new CreateView(NS, view), new CreateView(NS, matview), new SetViewComment(TableRef.of(NS, "mv"), null, "m"),
                new ReplaceView(NS, view, view.withDefinition("SELECT 3 AS x")),
                new ReplaceView(NS, matview, matview.withDefinition("SELECT 4 AS y")),
                new SetViewComment(TableRef.of(NS, "v \"1\""), "it's a view", null),
                new DropView(NS, view), new DropView(NS, matview)))
                .containsExactly(
                        "CREATE VIEW " + v + " AS SELECT 1 AS x",
                        "COMMENT ON VIEW " + v + " IS 'it''s a view'",
                        "CREATE MATERIALIZED VIEW " + mv + " AS SELECT 2 AS y",
                        "COMMENT ON MATERIALIZED VIEW " + mv + " IS 'm'",
                        "CREATE OR REPLACE VIEW " + v + " AS SELECT 3 AS x",
                        "DROP MATERIALIZED VIEW " + mv,
                        "CREATE MATERIALIZED VIEW " + mv + " AS SELECT 4 AS y",
                        "COMMENT ON VIEW " + v + " IS NULL",
                        "DROP VIEW " + v,
                        "DROP MATERIALIZED VIEW " + mv);
    }

    @Test
    void aViewLosingOrReorderingColumnsIsDroppedAndCreatedAgain() {
        String v = Q_NS + ".\"product list\"";
        View wide = View.of("product list", " SELECT products.id,\n    products.name,\n    products.price\n   FROM public.products\n"
                + "  WHERE NOT products.archived;").withComment("it's listed");
        View narrow = View.of("product list", " SELECT products.id,\n    products.name\n   FROM public.products;").withComment("it's listed");
        List<String> removed = sql(new ReplaceView(NS, wide, narrow));
        assertThat(removed).hasSize(4);
        assertThat(removed.get(0)).startsWith("-- note: ").contains("(id, name, price -> id, name)")
                .contains("no dependencies between views").contains("privileges");
        assertThat(removed.subList(1, 4)).containsExactly(
                "DROP VIEW " + v,
                "CREATE VIEW " + v + " AS " + narrow.definition(),
                "COMMENT ON VIEW " + v + " IS 'it''s listed'");
        // columns added at the end: CREATE OR REPLACE VIEW takes it
        assertThat(sql(new ReplaceView(NS, narrow, wide))).containsExactly("CREATE OR REPLACE VIEW " + v + " AS " + wide.definition());
        // reordered or renamed columns
        assertThat(sql(new ReplaceView(NS, View.of("product list", "SELECT a, b FROM t"), View.of("product list", "SELECT b, a FROM t"))))
                .filteredOn(s -> !s.startsWith("--")).containsExactly("DROP VIEW " + v, "CREATE VIEW " + v + " AS SELECT b, a FROM t");
        assertThat(sql(new ReplaceView(NS, View.of("product list", "SELECT a FROM t"), View.of("product list", "SELECT a AS \"A\" FROM t"))))
                .filteredOn(s -> !s.startsWith("--")).hasSize(2).first().isEqualTo("DROP VIEW " + v);
        // columns the text does not name plainly: CREATE OR REPLACE VIEW, with a note saying what to do if it is refused
        List<String> unknown = sql(new ReplaceView(NS, View.of("product list", "SELECT * FROM t"), View.of("product list", "SELECT a FROM t")));
        assertThat(unknown).hasSize(2);
        assertThat(unknown.get(0)).startsWith("-- note: ").contains("cannot be read");
        assertThat(unknown.get(1)).isEqualTo("CREATE OR REPLACE VIEW " + v + " AS SELECT a FROM t");
    }

    @Test
    void viewColumnsAreReadFromTheOutermostSelectList() {
        assertThat(PostgresViewColumns.of(" SELECT p.id,\n    p.name,\n    p.price * 1.2 AS price_with_tax\n   FROM public.product_list p\n"
                + "  WHERE p.price > 100::numeric\n  ORDER BY p.price DESC;")).containsExactly("id", "name", "price_with_tax");
        assertThat(PostgresViewColumns.of("select DISTINCT ON (a, b) T.\"Mixed\", x.Y as \"it's, \"\"q\"\"\", f(a, (b)) AS z from t"))
                .containsExactly("Mixed", "it's, \"q\"", "z");
        assertThat(PostgresViewColumns.of("WITH RECURSIVE r(n) AS (SELECT 1 AS n UNION ALL SELECT n + 1 AS n FROM r), s AS (SELECT 2)"
                + " SELECT r.n, 'a, b' AS s /* c, d */, -- e, f\n a IS DISTINCT FROM b AS d FROM r UNION SELECT 1, 2, 3"))
                .containsExactly("n", "s", "d");
        assertThat(PostgresViewColumns.of("SELECT E'it\\'s, x' AS a, $q$ , $q$ AS b")).containsExactly("a", "b");
        assertThat(PostgresViewColumns.of("SELECT * FROM t")).isNull();
        assertThat(PostgresViewColumns.of("SELECT t.* FROM t")).isNull();
        assertThat(PostgresViewColumns.of("SELECT 1")).isNull();
        assertThat(PostgresViewColumns.of("SELECT a + b FROM t")).isNull();
        assertThat(PostgresViewColumns.of("SELECT count(*) n FROM t")).isNull();
        assertThat(PostgresViewColumns.of("SELECT true FROM t")).isNull();
        assertThat(PostgresViewColumns.of("VALUES (1, 2)")).isNull();
        assertThat(PostgresViewColumns.of("(SELECT a FROM t) UNION SELECT b FROM u")).isNull();
        assertThat(PostgresViewColumns.of("SELECT 'unclosed")).isNull();
    }

    @Test
    void schemasAndExtensions() {
        assertThat(sql(new CreateSchema(NS), new DropSchema(NS))).containsExactly("CREATE SCHEMA " + Q_NS, "DROP SCHEMA " + Q_NS);
        Extension hstore = new Extension("hstore", NS, "1.7");
        assertThat(sql(new CreateExtension(hstore), new CreateExtension(Extension.of("uuid-ossp")),
                new AlterExtension(hstore, new Extension("hstore", "public", "1.8")), new DropExtension(hstore)))
                .containsExactly(
                        "CREATE EXTENSION \"hstore\" SCHEMA " + Q_NS + " VERSION '1.7'",
                        "CREATE EXTENSION \"uuid-ossp\"",
                        "ALTER EXTENSION \"hstore\" UPDATE TO '1.8'",
                        "ALTER EXTENSION \"hstore\" SET SCHEMA \"public\"",
                        "DROP EXTENSION \"hstore\"");
    }

    @Test
    void generatedNamesStayWithinSixtyThreeBytesWithoutSplittingACharacter() {
        String base = "é".repeat(40); // 80 bytes
        String name = PostgresClauses.fit(base, "_key");
        assertThat(name).endsWith("_key").startsWith("ééé");
        assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(PostgresClauses.fit("short", "_key")).isEqualTo("short_key");
    }

    @Test
    void everyOperationRendersOrIsRefusedClearly() {
        List<Operation> samples = oneOfEach();
        Set<Class<?>> kinds = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrderElementsOf(Arrays.asList(Operation.class.getPermittedSubclasses()));
        List<String> refused = new ArrayList<>();
        for (Operation operation : samples) {
            try {
                assertThat(renderer.render(List.of(operation)).statements()).as(operation.toString()).isNotNull();
            } catch (BadInputException e) {
                refused.add(operation.getClass().getSimpleName());
            }
        }
        assertThat(refused).containsExactly("SetTableAttributes");
    }

    /** One operation of each kind, valid for PostgreSQL's model. */
    static List<Operation> oneOfEach() {
        Table table = Table.of("t", Column.of("id", "integer").notNull()).withPrimaryKey(PrimaryKey.of("id").named("pk"));
        Column column = Column.of("c", "text");
        EnumType mood = EnumType.of("mood", "a", "b");
        Domain domain = Domain.of("d", ColumnType.parse("integer"));
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
                new AddPrimaryKey(T, PrimaryKey.of("id")), new DropPrimaryKey(T, PrimaryKey.of("id").named("pk")),
                new AddForeignKey(T, key), new DropForeignKey(T, key),
                new AddUnique(T, UniqueConstraint.of("uq", "c")), new DropUnique(T, UniqueConstraint.of("uq", "c")),
                new AddCheck(T, CheckConstraint.of("ck", "id > 0")), new DropCheck(T, CheckConstraint.of("ck", "id > 0")),
                new AddExclusion(T, exclusion), new DropExclusion(T, exclusion),
                new CreateIndex(T, Index.on("ix", "c")), new DropIndex(T, Index.on("ix", "c")),
                new CreateView(NS, view), new DropView(NS, view), new ReplaceView(NS, view, view.withDefinition("SELECT 2")),
                new SetViewComment(TableRef.of(NS, "v"), null, "c"));
    }
}
