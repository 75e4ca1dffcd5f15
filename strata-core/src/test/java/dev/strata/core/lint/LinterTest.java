package dev.strata.core.lint;

import dev.strata.core.error.ConfigException;
import dev.strata.core.lint.sql.AlterAction;
import dev.strata.core.lint.sql.ColumnDef;
import dev.strata.core.lint.sql.ConstraintDef;
import dev.strata.core.lint.sql.ForeignKeyRef;
import dev.strata.core.lint.sql.SqlType;
import dev.strata.core.lint.sql.Stmt;
import dev.strata.core.script.MigrationSet;
import dev.strata.core.script.Section;
import dev.strata.core.script.SqlFlavor;
import dev.strata.core.script.SqlStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine on its own, with a stand-in reader: context, suppressions, severities, design rules. */
class LinterTest {
    private static ColumnDef column(String name, String type) {
        return new ColumnDef(name, SqlType.of(type), false, false, false, null, ColumnDef.Generated.NONE, null, null);
    }

    private static final Map<String, Stmt> STATEMENTS = Map.of(
            "create t", new Stmt.CreateTable("t", List.of(column("id", "bigint"), column("u_id", "bigint")), List.of(
                    new ConstraintDef(ConstraintDef.Kind.PRIMARY_KEY, "pk_t", List.of("id"), null, null, null, false, null),
                    new ConstraintDef(ConstraintDef.Kind.FOREIGN_KEY, "fk_t_u", List.of("u_id"), new ForeignKeyRef("u", List.of("id"), "CASCADE"),
                            null, null, false, null)), false, false),
            "index t", new Stmt.CreateIndex("ix_t_u_id", "t", false, false, List.of("u_id"), false, false),
            "drop id", new Stmt.AlterTable("t", List.of(new AlterAction.DropColumn("u_id"))));

    private static final StatementReader READER = (sql, flavor) -> STATEMENTS.getOrDefault(sql, new Stmt.Unrecognized("?"));

    @TempDir
    Path dir;

    private void migration(String id, String revises, String upgrade, String downgrade) throws Exception {
        Files.writeString(dir.resolve(id + ".sql"), "-- strata:revision " + id + "\n-- strata:revises " + revises
                + "\n\n-- strata:upgrade\n" + upgrade + "\n\n-- strata:downgrade\n" + downgrade + "\n");
    }

    private LintReport lint(Map<String, String> severities) {
        return new Linter(READER, new LintOptions(SqlFlavor.POSTGRES, null, severities)).lint(MigrationSet.load(dir), null, dir);
    }

    @Test
    void aTableCreatedInTheSameMigrationIsExemptAndTheDesignIsJudgedAtTheEnd() throws Exception {
        migration("a1", "base", "create t;\nindex t;", "drop t;");
        // (the downgrade is not read by statement rules: its "drop t" is no unrecognized statement)
        assertThat(lint(Map.of()).findings()).isEmpty();
    }

    @Test
    void laterMigrationsAreJudgedAgainstTheReplayedSchema() throws Exception {
        migration("a1", "base", "create t;", "drop t;");
        migration("a2", "a1", "index t;", "drop t;");
        LintReport report = lint(Map.of(RuleCatalog.UNRECOGNIZED_STATEMENT, "off"));
        // the index is non-concurrent on an existing table; it also indexes the foreign key, so fk-without-index is quiet
        assertThat(report.findings()).extracting(Finding::rule, Finding::revision, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleCatalog.PG_CREATE_INDEX_NONCONCURRENT, "a2", 5));
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void designFindingsAreAnchoredToTheStatementThatMadeTheObjectAndCanBeSuppressed() throws Exception {
        migration("a1", "base", "create t;", "drop t;");
        assertThat(lint(Map.of(RuleCatalog.UNRECOGNIZED_STATEMENT, "off")).findings()).extracting(Finding::rule, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleCatalog.FK_WITHOUT_INDEX, 5));
        migration("a1", "base", "-- strata:allow fk-without-index u rows are never deleted\ncreate t;", "drop t;");
        assertThat(lint(Map.of(RuleCatalog.UNRECOGNIZED_STATEMENT, "off")).findings()).isEmpty();
    }

    @Test
    void severitiesAreConfigurable() throws Exception {
        migration("a1", "base", "create t;", "drop t;");
        migration("a2", "a1", "drop id;", "drop t;");
        LintReport report = lint(Map.of(RuleCatalog.DROP_COLUMN, "warning", RuleCatalog.FK_WITHOUT_INDEX, "off"));
        assertThat(report.findings()).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RuleCatalog.DROP_COLUMN, Severity.WARNING));
        assertThat(report.hasErrors()).isFalse();
        assertThatThrownBy(() -> new LintOptions(SqlFlavor.POSTGRES, null, Map.of("no-such-rule", "off")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("no-such-rule");
        assertThatThrownBy(() -> new LintOptions(SqlFlavor.POSTGRES, null, Map.of("drop-column", "fatal")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("fatal");
        assertThat(new LintOptions(SqlFlavor.MARIADB, null, Map.of()).severity(RuleCatalog.PG_JSON_COLUMN)).isEmpty();
    }

    @Test
    void suppressionsBelongToTheStatementAfterThemOrAroundThem() {
        String text = "-- strata:allow drop-table reason one\n-- a comment\nDROP TABLE a;\nCREATE TABLE b (\n"
                + "  -- strata:allow pg-json-column legacy payload\n  j json\n);\n-- strata:allow irreversible-downgrade no way back\n";
        List<SqlStatement> statements = List.of(new SqlStatement("DROP TABLE a", 12), new SqlStatement("CREATE TABLE b (\n  j json\n)", 13));
        List<Suppression> found = Suppression.scan(new Section(text, 10), statements);
        assertThat(found).containsExactly(new Suppression(10, "drop-table", "reason one", 0),
                new Suppression(14, "pg-json-column", "legacy payload", 1),
                new Suppression(17, "irreversible-downgrade", "no way back", -1));
    }

    @Test
    void binaryCoercibleTypeChanges() {
        assertThat(StatementRules.binaryCoercible(SqlType.of("varchar", "50"), SqlType.of("varchar", "200"))).isTrue();
        assertThat(StatementRules.binaryCoercible(SqlType.of("varchar", "50"), SqlType.of("text"))).isTrue();
        assertThat(StatementRules.binaryCoercible(SqlType.of("varchar", "50"), SqlType.of("varchar"))).isTrue();
        assertThat(StatementRules.binaryCoercible(SqlType.of("text"), SqlType.of("varchar"))).isTrue();
        assertThat(StatementRules.binaryCoercible(SqlType.of("numeric", "10", "2"), SqlType.of("numeric", "12", "2"))).isTrue();
        assertThat(StatementRules.binaryCoercible(SqlType.of("varchar", "50"), SqlType.of("varchar", "20"))).isFalse();
        assertThat(StatementRules.binaryCoercible(SqlType.of("text"), SqlType.of("varchar", "20"))).isFalse();
        assertThat(StatementRules.binaryCoercible(SqlType.of("numeric", "10", "2"), SqlType.of("numeric", "12", "4"))).isFalse();
        assertThat(StatementRules.binaryCoercible(SqlType.of("integer"), SqlType.of("bigint"))).isFalse();
        assertThat(StatementRules.binaryCoercible(SqlType.of("timestamp"), SqlType.of("timestamptz"))).isFalse();
    }
}
