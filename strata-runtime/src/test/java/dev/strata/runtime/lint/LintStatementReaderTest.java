package dev.strata.runtime.lint;

import dev.strata.core.lint.sql.AlterAction;
import dev.strata.core.lint.sql.ColumnDef;
import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.SqlType;
import dev.strata.core.lint.sql.Stmt;
import dev.strata.core.script.SqlFlavor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How statements are understood: the model each kind of statement becomes. */
class LintStatementReaderTest {
    private final LintStatementReader reader = new LintStatementReader();

    private Stmt pg(String sql) {
        return reader.read(sql, SqlFlavor.POSTGRES);
    }

    private Stmt my(String sql) {
        return reader.read(sql, SqlFlavor.MARIADB);
    }

    private AlterAction onlyAction(Stmt stmt) {
        assertThat(stmt).isInstanceOf(Stmt.AlterTable.class);
        List<AlterAction> actions = ((Stmt.AlterTable) stmt).actions();
        assertThat(actions).hasSize(1);
        return actions.get(0);
    }

    @Test
    void createIndexWithPostgresOptionsJSqlParserRejects() {
        assertThat(pg("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_a ON ONLY public.t USING btree (a, lower(b), (c + 1)) INCLUDE (d) WHERE c > 0"))
                .isEqualTo(new Stmt.CreateIndex("ix_a", "t", true, true, List.of("a", "(lower(b))", "((c + 1))"), true, true));
        assertThat(pg("CREATE INDEX ON \"Orders\" (\"CustomerId\" DESC NULLS LAST)"))
                .isEqualTo(new Stmt.CreateIndex(null, "Orders", false, false, List.of("CustomerId"), false, false));
        assertThat(my("CREATE INDEX ix ON `t` (name(10), b) ALGORITHM=INPLACE LOCK=NONE"))
                .isEqualTo(new Stmt.CreateIndex("ix", "t", false, false, List.of("name", "b"), false, false));
    }

    @Test
    void dropsAndRenames() {
        assertThat(pg("DROP TABLE IF EXISTS a, s.b CASCADE")).isEqualTo(new Stmt.DropTable(List.of("a", "s.b"), true, true));
        assertThat(pg("DROP INDEX CONCURRENTLY IF EXISTS public.ix_a")).isEqualTo(new Stmt.DropIndex(List.of("ix_a"), null, true, true));
        assertThat(my("DROP INDEX ix ON t")).isEqualTo(new Stmt.DropIndex(List.of("ix"), "t", false, false));
        assertThat(my("RENAME TABLE a TO b, c TO d")).isEqualTo(new Stmt.RenameTables(List.of(
                new Stmt.RenameTables.Rename("a", "b"), new Stmt.RenameTables.Rename("c", "d"))));
        assertThat(onlyAction(pg("ALTER TABLE t RENAME COLUMN a TO b"))).isEqualTo(new AlterAction.RenameColumn("a", "b"));
        assertThat(onlyAction(pg("ALTER TABLE t RENAME TO u"))).isEqualTo(new AlterAction.RenameTable("u"));
        assertThat(onlyAction(pg("ALTER TABLE t DROP COLUMN IF EXISTS c CASCADE"))).isEqualTo(new AlterAction.DropColumn("c"));
        assertThat(onlyAction(my("ALTER TABLE t DROP FOREIGN KEY fk_a"))).isEqualTo(new AlterAction.DropConstraint("fk_a"));
    }

    @Test
    void postgresUtilityCommands() {
        assertThat(pg("TRUNCATE TABLE ONLY a, b RESTART IDENTITY CASCADE")).isEqualTo(new Stmt.Truncate(List.of("a", "b"), true));
        assertThat(pg("VACUUM (FULL, ANALYZE) t")).isEqualTo(new Stmt.RewriteTable("VACUUM FULL", "t"));
        assertThat(pg("VACUUM ANALYZE t")).isEqualTo(new Stmt.Other("VACUUM"));
        assertThat(pg("CLUSTER t USING ix")).isEqualTo(new Stmt.RewriteTable("CLUSTER", "t"));
        assertThat(pg("ALTER TYPE mood ADD VALUE 'meh'")).isEqualTo(new Stmt.EnumAddValue("mood", "'meh'", false));
        assertThat(pg("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'ok'")).isEqualTo(new Stmt.EnumAddValue("mood", "'meh'", true));
        assertThat(pg("CREATE TYPE mood AS ENUM ('ok')")).isEqualTo(new Stmt.Other("CREATE TYPE"));
        assertThat(pg("DO $$ BEGIN UPDATE t SET a = 1; END $$")).isInstanceOf(Stmt.Unrecognized.class);
        assertThat(pg("FROBNICATE t")).isInstanceOf(Stmt.Unrecognized.class);
    }

    @Test
    void alterTableActions() {
        Stmt stmt = pg("ALTER TABLE ONLY t ADD COLUMN c timestamptz NOT NULL DEFAULT clock_timestamp(), ALTER COLUMN d SET NOT NULL,"
                + " ALTER COLUMN e DROP NOT NULL, ALTER COLUMN f SET DATA TYPE varchar(300), ADD CONSTRAINT fk_a FOREIGN KEY (a)"
                + " REFERENCES u (id) ON DELETE CASCADE NOT VALID, ADD CHECK (g > 0), VALIDATE CONSTRAINT ck_x, SET TABLESPACE slow");
        List<AlterAction> actions = ((Stmt.AlterTable) stmt).actions();
        assertThat(actions).hasSize(8);
        ColumnDef c = ((AlterAction.AddColumn) actions.get(0)).column();
        assertThat(c.name()).isEqualTo("c");
        assertThat(c.type()).isEqualTo(SqlType.of("timestamptz"));
        assertThat(c.notNull()).isTrue();
        assertThat(c.defaultValue().functions()).isEqualTo(Set.of("clock_timestamp"));
        assertThat(c.defaultValue().sql()).isEqualTo("clock_timestamp()");
        assertThat(actions.get(1)).isEqualTo(new AlterAction.SetNotNull("d"));
        assertThat(actions.get(2)).isEqualTo(new AlterAction.DropNotNull("e"));
        assertThat(actions.get(3)).isEqualTo(new AlterAction.AlterColumnType("f", SqlType.of("varchar", "300"), false));
        ConstraintDef fk = ((AlterAction.AddConstraint) actions.get(4)).constraint();
        assertThat(fk.kind()).isEqualTo(ConstraintDef.Kind.FOREIGN_KEY);
        assertThat(fk.name()).isEqualTo("fk_a");
        assertThat(fk.notValid()).isTrue();
        assertThat(fk.references().table()).isEqualTo("u");
        ConstraintDef check = ((AlterAction.AddConstraint) actions.get(5)).constraint();
        assertThat(check.kind()).isEqualTo(ConstraintDef.Kind.CHECK);
        assertThat(check.name()).isNull();
        assertThat(check.notValid()).isFalse();
        assertThat(actions.get(6)).isEqualTo(new AlterAction.ValidateConstraint("ck_x"));
        assertThat(actions.get(7)).isInstanceOf(AlterAction.Rewrite.class);
    }

    @Test
    void constraintsAndTypes() {
        ConstraintDef check = ((AlterAction.AddConstraint) onlyAction(pg("ALTER TABLE t ADD CONSTRAINT ck CHECK (c IS NOT NULL) NOT VALID"))).constraint();
        assertThat(check.notNullColumn()).isEqualTo("c");
        assertThat(check.notValid()).isTrue();
        ConstraintDef using = ((AlterAction.AddConstraint) onlyAction(pg("ALTER TABLE t ADD CONSTRAINT uq_a UNIQUE USING INDEX ix_a"))).constraint();
        assertThat(using.usingIndex()).isEqualTo("ix_a");
        // a USING that only casts the column to the new type changes nothing about the rewrite: judged by the types
        assertThat(onlyAction(pg("ALTER TABLE t ALTER c TYPE bigint USING c::bigint")))
                .isEqualTo(new AlterAction.AlterColumnType("c", SqlType.of("bigint"), false));
        assertThat(onlyAction(pg("ALTER TABLE t ALTER COLUMN \"c\" TYPE varchar(300) USING \"c\"::varchar(300)")))
                .isEqualTo(new AlterAction.AlterColumnType("c", SqlType.of("varchar", "300"), false));
        assertThat(onlyAction(pg("ALTER TABLE t ALTER c TYPE bigint USING c * 100")))
                .isEqualTo(new AlterAction.AlterColumnType("c", SqlType.of("bigint"), true));
        assertThat(onlyAction(pg("ALTER TABLE t ALTER c TYPE text USING c::varchar(10)")))
                .isEqualTo(new AlterAction.AlterColumnType("c", SqlType.of("text"), true));
        assertThat(onlyAction(pg("ALTER TABLE t ALTER COLUMN c TYPE character varying(30)")))
                .isEqualTo(new AlterAction.AlterColumnType("c", SqlType.of("varchar", "30"), false));
        ColumnDef identity = ((AlterAction.AddColumn) onlyAction(pg("ALTER TABLE t ADD COLUMN id bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 10)"))).column();
        assertThat(identity.generated()).isEqualTo(ColumnDef.Generated.IDENTITY);
        ColumnDef serial = ((AlterAction.AddColumn) onlyAction(pg("ALTER TABLE t ADD COLUMN n bigserial"))).column();
        assertThat(serial.type().isSerial()).isTrue();
    }

    @Test
    void createTable() {
        Stmt stmt = pg("CREATE TABLE IF NOT EXISTS public.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                + " customer_id bigint NOT NULL REFERENCES customers (id), payload json, note varchar(20) DEFAULT NULL,"
                + " CONSTRAINT fk_p FOREIGN KEY (product_id) REFERENCES products (id) DEFERRABLE INITIALLY DEFERRED,"
                + " CONSTRAINT ck_q CHECK (q > 0), UNIQUE (a, b), EXCLUDE USING gist (r WITH &&)) WITH (fillfactor = 70)");
        assertThat(stmt).isInstanceOf(Stmt.CreateTable.class);
        Stmt.CreateTable create = (Stmt.CreateTable) stmt;
        assertThat(create.table()).isEqualTo("orders");
        assertThat(create.ifNotExists()).isTrue();
        assertThat(create.columns()).extracting(ColumnDef::name).containsExactly("id", "customer_id", "payload", "note");
        assertThat(create.columns().get(0).primaryKey()).isTrue();
        assertThat(create.columns().get(1).references().table()).isEqualTo("customers");
        assertThat(create.columns().get(2).type().name()).isEqualTo("json");
        assertThat(create.columns().get(3).defaultValue()).isNull();
        assertThat(create.constraints()).extracting(ConstraintDef::kind).containsExactly(ConstraintDef.Kind.FOREIGN_KEY,
                ConstraintDef.Kind.CHECK, ConstraintDef.Kind.UNIQUE, ConstraintDef.Kind.EXCLUDE);
    }

    @Test
    void mariadbAndSqliteTables() {
        Stmt.CreateTable my = (Stmt.CreateTable) my("CREATE TABLE `T` (`id` INT NOT NULL AUTO_INCREMENT, o INT REFERENCES u(id),"
                + " PRIMARY KEY (`id`), KEY ix_o (o), INDEX (o, id), UNIQUE KEY uq (o)) ENGINE=InnoDB");
        assertThat(my.table()).isEqualTo("t");
        assertThat(my.constraints()).extracting(ConstraintDef::kind).containsExactly(ConstraintDef.Kind.PRIMARY_KEY,
                ConstraintDef.Kind.INDEX, ConstraintDef.Kind.INDEX, ConstraintDef.Kind.UNIQUE);
        assertThat(my.constraints().get(2).name()).isNull();
        Stmt lite = reader.read("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, x TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP) WITHOUT ROWID",
                SqlFlavor.SQLITE);
        assertThat(lite).isInstanceOf(Stmt.CreateTable.class);
        assertThat(onlyAction(my("ALTER TABLE t MODIFY c VARCHAR(300) NULL")))
                .isEqualTo(new AlterAction.ModifyColumn("c", new ColumnDef("c", SqlType.of("varchar", "300"), false, false, false, null,
                        ColumnDef.Generated.NONE, null, null)));
        assertThat(onlyAction(my("ALTER TABLE t CHANGE COLUMN name full_name VARCHAR(100) NOT NULL")))
                .isEqualTo(new AlterAction.ModifyColumn("name", new ColumnDef("full_name", SqlType.of("varchar", "100"), true, false, false,
                        null, ColumnDef.Generated.NONE, null, null)));
        assertThat(((AlterAction.AddColumn) onlyAction(pg("ALTER TABLE t ADD COLUMN Key text DEFAULT 'x'::text"))).column().name()).isEqualTo("key");
        Stmt keywords = pg("CREATE TABLE t (key text, value text, type text, name text, status text, comment text, data jsonb)");
        assertThat(keywords).isInstanceOf(Stmt.CreateTable.class);
    }

    @Test
    void dataChanges() {
        assertThat(pg("UPDATE s.t SET a = 1 WHERE b = 2")).isEqualTo(new Stmt.DataChange("UPDATE", "s.t", true));
        assertThat(pg("DELETE FROM t")).isEqualTo(new Stmt.DataChange("DELETE", "t", false));
        assertThat(pg("INSERT INTO t (a) VALUES (1)")).isEqualTo(new Stmt.DataChange("INSERT", "t", false));
        assertThat(pg("SET lock_timeout = '5s'")).isEqualTo(new Stmt.Setting("lock_timeout", "5s", false));
    }
}
