package dev.strata.runtime.postgres;

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
import dev.strata.core.ops.DropColumn;
import dev.strata.core.ops.DropIndex;
import dev.strata.core.ops.MigrationOps;
import dev.strata.core.ops.Operation;
import dev.strata.core.ops.RenameColumn;
import dev.strata.core.ops.RenameTable;
import dev.strata.core.ops.ReplaceEnumType;
import dev.strata.core.ops.ReplaceView;
import dev.strata.core.ops.SetTableComment;
import dev.strata.core.ops.SetViewComment;
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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendered operations executed on a real PostgreSQL: the catalogs show what the operations say, and the
 * rendered downgrade brings the catalogs back to where they started. Non-transactional scripts run in
 * autocommit, the others in one transaction, as the migrator runs them.
 */
class PostgresRendererIT {
    static final String S = "we\"ird sché ma";
    static final String QS = "\"we\"\"ird sché ma\"";

    private ScratchDatabase scratch;
    private final DdlRenderer renderer = new PostgresDialect().renderer();

    @BeforeEach
    void createScratch() {
        scratch = ScratchDatabase.create(TestServers.server(DatabaseKind.POSTGRES), "render");
    }

    @AfterEach
    void dropScratch() {
        scratch.close();
    }

    @Test
    void objectsCreatedInOneScriptExistAndTheDowngradeRemovesThemAll() {
        List<String> empty = snapshot();
        TableRef users = TableRef.of(S, "ünï users");
        TableRef orders = TableRef.of(S, "select");
        Table usersTable = new Table("ünï users",
                List.of(Column.of("id", "bigint").notNull().withIdentity(Identity.always().startingAt(100, 1)),
                        Column.of("e \"mail\"", "character varying(200)").notNull().withCollation("C").withComment("it's unique"),
                        Column.of("mood", QS + ".\"mood\"").notNull().withDefault("'ok'::" + QS + ".\"mood\"")),
                PrimaryKey.of("id").named("pk_users"), List.of(), List.of(), List.of(), List.of(), List.of(), "people", Map.of());
        Table ordersTable = new Table("select",
                List.of(Column.of("id", "integer").notNull().withIdentity(Identity.serial()),
                        Column.of("user id", "bigint").notNull(),
                        Column.of("qty", QS + ".\"pos int\"").notNull(),
                        Column.of("double qty", "integer").withGenerated(GeneratedColumn.stored("qty * 2")),
                        Column.of("during", "tsrange"),
                        Column.of("code", "integer").withDefault("nextval('" + QS.replace("'", "''") + ".\"codes\"'::regclass)")),
                PrimaryKey.of("id").named("pk_select"), List.of(),
                List.of(UniqueConstraint.of("uq_code", "code").deferrable(true)),
                List.of(CheckConstraint.of("ck_qty", "qty < 1000")),
                List.of(new ExclusionConstraint("ex_during", "gist", List.of(ExclusionConstraint.Element.of("user id", "="),
                        ExclusionConstraint.Element.of("during", "&&")), null, false, false)),
                List.of(), null, Map.of());
        List<Operation> upgrade = List.of(
                new CreateSchema(S),
                new CreateExtension(new Extension("btree_gist", S, null)),
                new CreateEnumType(S, EnumType.of("mood", "sad", "ok", "it's great")),
                new CreateDomain(S, new Domain("pos int", ColumnType.parse("integer"), true, null,
                        List.of(CheckConstraint.of("ck_positive", "VALUE > 0")), null)),
                new CreateSequence(S, Sequence.of("codes").startingAt(10)),
                new CreateTable(S, usersTable),
                new CreateTable(S, ordersTable),
                new CreateIndex(users, Index.unique("ix_email", "e \"mail\"")),
                new CreateIndex(orders, Index.of("ix_expr", IndexElement.expression("(qty + 1)"), IndexElement.column("code").desc())
                        .where("qty > 1")),
                new AddForeignKey(orders, ForeignKey.of("fk_user", List.of("user id"), TableRef.of(null, "ünï users"), List.of("id"))
                        .onDelete(ReferentialAction.CASCADE)),
                new CreateView(S, View.of("v", "SELECT id, qty FROM " + QS + ".\"select\"").withComment("a view")),
                new CreateView(S, View.materialized("mv", "SELECT count(*) AS n FROM " + QS + ".\"ünï users\"")));
        RenderedScript script = renderer.render(upgrade);
        assertThat(script.transactional()).as("everything is new: no safe form is needed").isTrue();
        assertThat(script.statements()).noneMatch(s -> s.contains("CONCURRENTLY") || s.contains("NOT VALID"));
        execute(script);

        try (JdbcSession s = scratch.database().open()) {
            s.execute("INSERT INTO " + QS + ".\"ünï users\" (\"e \"\"mail\"\"\", mood) VALUES ('a@x', 'it''s great')");
            s.execute("INSERT INTO " + QS + ".\"select\" (\"user id\", qty, during) VALUES (100, 3, '[2020-01-01,2020-02-01)')");
            assertThat(one(s, "SELECT \"double qty\" FROM " + QS + ".\"select\"")).isEqualTo("6");
            assertThat(one(s, "SELECT code FROM " + QS + ".\"select\"")).isEqualTo("10");
            assertThat(one(s, "SELECT mood::text FROM " + QS + ".\"ünï users\"")).isEqualTo("it's great");
            assertThat(rows(s, "SELECT conname FROM pg_constraint WHERE connamespace = ?::regnamespace ORDER BY 1", QS)).containsExactly("ck_positive", "ck_qty", "ex_during", "fk_user", "pk_select",
                    "pk_users", "uq_code");
            assertThat(one(s, "SELECT collation_name FROM information_schema.columns WHERE table_schema = ? AND column_name = ?", S, "e \"mail\"")).isEqualTo("C");
            assertThat(one(s, "SELECT col_description(?::regclass, 2)", QS + ".\"ünï users\""))
                    .isEqualTo("it's unique");
            assertThat(one(s, "SELECT obj_description(?::regclass, 'pg_class')", QS + ".\"v\""))
                    .isEqualTo("a view");
            assertThat(one(s, "SELECT identity_generation FROM information_schema.columns WHERE table_schema = ? AND column_name = 'id'"
                    + " AND table_name = 'ünï users'", S)).isEqualTo("ALWAYS");
            assertThat(one(s, "SELECT pg_get_serial_sequence(?, 'id')", QS + ".\"select\"")).isNotNull();
            assertThat(one(s, "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_expr'"))
                    .contains("::integer + 1)").contains("code DESC").contains("WHERE ((qty)::integer > 1)");
            assertThat(one(s, "SELECT relkind::text FROM pg_class WHERE oid = ?::regclass", QS + ".\"mv\""))
                    .isEqualTo("m");
        }

        execute(renderer.render(MigrationOps.downgrade(upgrade)));
        assertThat(snapshot()).isEqualTo(empty);
    }

    @Test
    void changesToExistingTablesTakeTheSafeFormsAndTheDowngradeRestoresThem() {
        TableRef table = TableRef.of(S, "select");
        TableRef parent = TableRef.of(S, "parent");
        execute(renderer.render(List.of(
                new CreateSchema(S),
                new CreateTable(S, new Table("parent", List.of(Column.of("id", "integer").notNull()), PrimaryKey.of("id").named("pk_parent"),
                        List.of(), List.of(), List.of(), List.of(), List.of(), null, Map.of())),
                new CreateTable(S, Table.of("select", Column.of("id", "integer").notNull(), Column.of("it's \"x\"", "text"),
                        Column.of("qty", "integer"), Column.of("parent id", "integer"))),
                new CreateIndex(table, Index.on("ix_old", "qty")))));
        try (JdbcSession s = scratch.database().open()) {
            s.execute("INSERT INTO " + QS + ".parent VALUES (1), (2)");
            s.execute("INSERT INTO " + QS + ".\"select\" VALUES (1, 'a', 5, 1), (2, 'b', 7, 2)");
        }
        List<String> before = snapshot();

        List<Operation> upgrade = List.of(
                new AddColumn(table, Column.of("note", "text").withDefault("'n/a'::text")),
                new AlterColumn(table, Column.of("it's \"x\"", "text"), Column.of("it's \"x\"", "text").notNull()),
                new AlterColumn(table, Column.of("qty", "integer"), Column.of("qty", "bigint").withDefault("0").withComment("how many")),
                new AddPrimaryKey(table, PrimaryKey.of("id").named("pk_select")),
                new AddUnique(table, UniqueConstraint.of("uq_x", "it's \"x\"")),
                new AddCheck(table, CheckConstraint.of("ck_qty", "qty >= 0")),
                new AddForeignKey(table, ForeignKey.of("fk_parent", List.of("parent id"), parent, List.of("id"))),
                new DropIndex(table, Index.on("ix_old", "qty")),
                new CreateIndex(table, Index.on("ix_new", "qty", "parent id")),
                new SetTableComment(table, null, "it's renamed next"),
                new RenameColumn(table, "note", "remark"),
                new RenameTable(S, "select", "from"));
        RenderedScript script = renderer.render(upgrade);
        assertThat(script.transactional()).isFalse();
        assertThat(script.statements()).filteredOn(st -> st.startsWith("-- note: ")).hasSize(7);
        execute(script);

        try (JdbcSession s = scratch.database().open()) {
            assertThat(rows(s, "SELECT conname || ' ' || contype::text || ' ' || convalidated FROM pg_constraint"
                            + " WHERE conrelid = ?::regclass ORDER BY 1", QS + ".\"from\""))
                    .containsExactly("ck_qty c true", "fk_parent f true", "pk_select p true", "uq_x u true");
            assertThat(rows(s, "SELECT c.relname || ' ' || i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                            + " WHERE i.indrelid = ?::regclass ORDER BY 1", QS + ".\"from\""))
                    .containsExactly("ix_new true", "pk_select true", "uq_x true");
            assertThat(one(s, "SELECT is_nullable FROM information_schema.columns WHERE table_schema = ? AND column_name = ?", S, "it's \"x\"")).isEqualTo("NO");
            assertThat(one(s, "SELECT data_type FROM information_schema.columns WHERE table_schema = ? AND column_name = 'qty'", S)).isEqualTo("bigint");
            assertThat(one(s, "SELECT remark FROM " + QS + ".\"from\" WHERE id = 1")).isEqualTo("n/a");
            assertThat(one(s, "SELECT obj_description(?::regclass, 'pg_class')", QS + ".\"from\""))
                    .isEqualTo("it's renamed next");
        }

        RenderedScript downgrade = renderer.render(MigrationOps.downgrade(upgrade));
        assertThat(downgrade.transactional()).as("DROP INDEX and CREATE INDEX run concurrently").isFalse();
        execute(downgrade);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void enumValuesAreAddedAndATypeReplacedConvertsItsColumns() {
        execute(renderer.render(List.of(
                new CreateSchema(S),
                new CreateEnumType(S, EnumType.of("mood", "sad", "ok", "happy")),
                new CreateTable(S, Table.of("t", Column.of("id", "integer"),
                        Column.of("m", QS + ".mood").notNull().withDefault("'ok'::" + QS + ".mood"),
                        Column.of("ms", ColumnType.parse(QS + ".mood[]")))))));
        try (JdbcSession s = scratch.database().open()) {
            s.execute("INSERT INTO " + QS + ".t VALUES (1, 'sad', '{ok,happy}'), (2, DEFAULT, NULL)");
        }
        RenderedScript added = renderer.render(List.of(new AddEnumValue(S, "mood", "it's meh", "happy", null)));
        assertThat(added.transactional()).isTrue();
        execute(added);
        assertThat(labels()).containsExactly("sad", "ok", "it's meh", "happy");
        List<String> before = snapshot();

        List<Operation> upgrade = List.of(new ReplaceEnumType(S, EnumType.of("mood", "sad", "ok", "it's meh", "happy"),
                EnumType.of("mood", "happy", "ok", "sad")));
        execute(renderer.render(upgrade));
        assertThat(labels()).containsExactly("happy", "ok", "sad");
        try (JdbcSession s = scratch.database().open()) {
            assertThat(rows(s, "SELECT m::text || ' ' || coalesce(ms::text, '-') FROM " + QS + ".t ORDER BY id"))
                    .containsExactly("sad {ok,happy}", "ok -");
            assertThat(rows(s, "SELECT typname FROM pg_type WHERE typnamespace = ?::regnamespace AND typtype = 'e'", QS)).containsExactly("mood");
            s.execute("INSERT INTO " + QS + ".t (id) VALUES (3)");
            assertThat(one(s, "SELECT m::text FROM " + QS + ".t WHERE id = 3")).isEqualTo("ok");
            s.execute("DELETE FROM " + QS + ".t WHERE id = 3");
        }

        execute(renderer.render(MigrationOps.downgrade(upgrade)));
        assertThat(labels()).containsExactly("sad", "ok", "it's meh", "happy");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void sequencesDomainsViewsAndExtensionsChangeAndChangeBack() {
        Domain domain = new Domain("d", ColumnType.parse("integer"), false, "1", List.of(CheckConstraint.of("ck_pos", "VALUE > 0")), null);
        Sequence sequence = new Sequence("s", ColumnType.parse("bigint"), 1L, 1L, 1L, 1000L, 1L, false);
        View view = View.of("v", "SELECT 1 AS x");
        View matview = View.materialized("mv", "SELECT 1 AS y");
        Extension hstore = new Extension("hstore", S, "1.7");
        execute(renderer.render(List.of(new CreateSchema(S), new CreateSchema("other"), new CreateExtension(hstore),
                new CreateDomain(S, domain), new CreateSequence(S, sequence),
                new CreateTable(S, Table.of("t", Column.of("a", QS + ".d"), Column.of("b", "integer"))),
                new CreateView(S, view), new CreateView(S, matview))));
        List<String> before = snapshot();

        List<Operation> upgrade = List.of(
                new AlterDomain(S, domain, new Domain("d", ColumnType.parse("integer"), true, null,
                        List.of(CheckConstraint.of("ck_small", "VALUE < 100")), null)),
                new AlterSequence(S, sequence, new Sequence("s", ColumnType.parse("integer"), 5L, 2L, 1L, 500L, 10L, true)),
                new ReplaceView(S, view, view.withDefinition("SELECT 2 AS x")),
                new SetViewComment(TableRef.of(S, "v"), null, "changed"),
                new ReplaceView(S, matview, matview.withDefinition("SELECT 2 AS y").withComment("rebuilt")),
                new AlterExtension(hstore, new Extension("hstore", "other", "1.7")),
                new DropColumn(TableRef.of(S, "t"), Column.of("b", "integer")));
        execute(renderer.render(upgrade));
        try (JdbcSession s = scratch.database().open()) {
            assertThat(one(s, "SELECT data_type || ' ' || increment_by || ' ' || max_value || ' ' || cycle || ' ' || cache_size"
                    + " FROM pg_sequences WHERE sequencename = 's'")).isEqualTo("integer 2 500 true 10");
            assertThat(one(s, "SELECT y FROM " + QS + ".mv")).isEqualTo("2");
            assertThat(one(s, "SELECT obj_description(?::regclass, 'pg_class')", QS + ".mv")).isEqualTo("rebuilt");
            assertThat(one(s, "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
                    + " WHERE extname = 'hstore'")).isEqualTo("other");
            assertThat(rows(s, "SELECT conname FROM pg_constraint WHERE contypid = ?::regtype", QS + ".d"))
                    .containsExactly("ck_small");
        }

        execute(renderer.render(MigrationOps.downgrade(upgrade)));
        assertThat(snapshot()).isEqualTo(before);

        execute(renderer.render(List.of(new AlterExtension(hstore, new Extension("hstore", S, "1.8")))));
        try (JdbcSession s = scratch.database().open()) {
            assertThat(one(s, "SELECT extversion FROM pg_extension WHERE extname = 'hstore'")).isEqualTo("1.8");
        }
    }

    private List<String> labels() {
        try (JdbcSession s = scratch.database().open()) {
            return rows(s, "SELECT enumlabel FROM pg_enum WHERE enumtypid = ?::regtype ORDER BY enumsortorder", QS + ".mood");
        }
    }

    private static String one(JdbcSession s, String sql, Object... parameters) {
        return s.queryOne(sql, r -> r.getString(1), parameters);
    }

    private static List<String> rows(JdbcSession s, String sql, Object... parameters) {
        return s.query(sql, r -> r.getString(1), parameters);
    }

    /** Runs a rendered script as the migrator does: in one transaction, or statement by statement in autocommit. */
    private void execute(RenderedScript script) {
        try (JdbcSession s = scratch.database().open()) {
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

    /** The user-visible schema as plain catalog queries print it, one line per fact, sorted. */
    private List<String> snapshot() {
        String user = "NOT IN ('pg_catalog', 'information_schema', 'pg_toast')";
        List<String> queries = List.of(
                "SELECT 'schema ' || nspname FROM pg_namespace WHERE nspname " + user + " AND nspname NOT LIKE 'pg_temp%'"
                        + " AND nspname NOT LIKE 'pg_toast_temp%'",
                "SELECT 'extension ' || e.extname || ' ' || e.extversion || ' ' || n.nspname FROM pg_extension e"
                        + " JOIN pg_namespace n ON n.oid = e.extnamespace",
                "SELECT 'relation ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text || ' ' || coalesce(obj_description(c.oid, 'pg_class'), '-')"
                        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname " + user
                        + " AND c.relkind IN ('r', 'v', 'm', 'S', 'i', 'p')"
                        + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')",
                "SELECT 'column ' || table_schema || '.' || table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name"
                        + " || ' ' || is_nullable || ' ' || coalesce(column_default, '-') || ' ' || coalesce(collation_name, '-')"
                        + " || ' ' || is_identity || ' ' || coalesce(identity_generation, '-') || ' ' || is_generated"
                        + " || ' ' || coalesce(generation_expression, '-')"
                        + " || ' ' || coalesce(col_description(format('%I.%I', table_schema, table_name)::regclass, ordinal_position::int), '-')"
                        + " FROM information_schema.columns WHERE table_schema " + user,
                "SELECT 'constraint ' || n.nspname || '.' || con.conname || ' ' || coalesce(con.conrelid::regclass::text, con.contypid::regtype::text)"
                        + " || ' ' || pg_get_constraintdef(con.oid) || ' ' || con.convalidated FROM pg_constraint con"
                        + " JOIN pg_namespace n ON n.oid = con.connamespace WHERE n.nspname " + user,
                "SELECT 'index ' || schemaname || '.' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname " + user,
                "SELECT 'enum ' || t.typnamespace::regnamespace::text || '.' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)"
                        + " FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.oid, t.typnamespace, t.typname",
                "SELECT 'domain ' || domain_schema || '.' || domain_name || ' ' || data_type || ' ' || coalesce(domain_default, '-')"
                        + " || ' ' || (SELECT typnotnull FROM pg_type WHERE oid = format('%I.%I', domain_schema, domain_name)::regtype)"
                        + " FROM information_schema.domains WHERE domain_schema " + user,
                "SELECT 'sequence ' || schemaname || '.' || sequencename || ' ' || data_type || ' ' || start_value || ' ' || min_value"
                        + " || ' ' || max_value || ' ' || increment_by || ' ' || cycle || ' ' || cache_size FROM pg_sequences",
                "SELECT 'view ' || schemaname || '.' || viewname || ' ' || definition FROM pg_views WHERE schemaname " + user,
                "SELECT 'matview ' || schemaname || '.' || matviewname || ' ' || definition FROM pg_matviews");
        List<String> facts = new ArrayList<>();
        try (JdbcSession s = scratch.database().open()) {
            for (String query : queries) {
                facts.addAll(rows(s, query));
            }
        }
        facts.sort(null);
        return facts;
    }
}
