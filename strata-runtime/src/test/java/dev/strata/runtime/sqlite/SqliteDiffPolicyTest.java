package dev.strata.runtime.sqlite;

import dev.strata.core.diff.ConstraintKind;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteDiffPolicyTest {
    private final SqliteDiffPolicy policy = new SqliteDiffPolicy();

    @Test
    void typesAsWrittenIgnoringCaseAndSpacing() {
        assertThat(policy.typesEquivalent(ColumnType.parse("VARCHAR(20)"), ColumnType.parse("varchar( 20 )"))).isTrue();
        assertThat(policy.typesEquivalent(ColumnType.parse("Decimal(10, 2)"), ColumnType.parse("DECIMAL(10,2)"))).isTrue();
        assertThat(policy.typesEquivalent(ColumnType.parse("INT"), ColumnType.parse("INTEGER"))).isFalse();
        assertThat(policy.typesEquivalent(ColumnType.parse("VARCHAR(20)"), ColumnType.parse("TEXT"))).isFalse();
        assertThat(policy.typesEquivalent(ColumnType.parse("VARCHAR(20)"), ColumnType.parse("VARCHAR(30)"))).isFalse();
    }

    @Test
    void defaultsAsWritten() {
        ColumnType text = ColumnType.parse("TEXT");
        assertThat(policy.defaultsEquivalent("CURRENT_TIMESTAMP", "current_timestamp", text)).isTrue();
        assertThat(policy.defaultsEquivalent("datetime('now')", "(datetime( 'now' ))", text)).isTrue();
        assertThat(policy.defaultsEquivalent("NULL", null, text)).isTrue();
        assertThat(policy.defaultsEquivalent("'1'", "1", ColumnType.parse("INTEGER"))).isFalse();
        assertThat(policy.defaultsEquivalent("'t'", "true", ColumnType.parse("BOOLEAN"))).isFalse();
        assertThat(policy.defaultsEquivalent("'a'", null, text)).isFalse();
    }

    @Test
    void generatedNamesAndInlineForeignKeys() {
        Table t = Table.of("t");
        assertThat(policy.isGeneratedConstraintName(t, ConstraintKind.UNIQUE, "sqlite_autoindex_t_1")).isTrue();
        assertThat(policy.isGeneratedConstraintName(t, ConstraintKind.UNIQUE, "uq_t")).isFalse();
        assertThat(policy.isGeneratedConstraintName(t, ConstraintKind.FOREIGN_KEY, null)).isTrue();
        assertThat(policy.foreignKeysInline()).isTrue();
    }
}
