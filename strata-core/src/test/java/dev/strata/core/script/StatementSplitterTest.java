package dev.strata.core.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every flavor does alike. */
class StatementSplitterTest {

    @ParameterizedTest
    @EnumSource(SqlFlavor.class)
    void commonGround(SqlFlavor flavor) {
        String text = "-- header\n\nCREATE TABLE t (a int);\n/* note */\nINSERT INTO t VALUES (1), (2);\n\n"
                + "UPDATE t SET a = 'x;y' -- why\n  WHERE a = 1;\n;;\nSELECT 'ünï' AS \"köl\"\n";
        assertThat(StatementSplitter.split(text, flavor, 3)).containsExactly(
                new SqlStatement("CREATE TABLE t (a int)", 5),
                new SqlStatement("INSERT INTO t VALUES (1), (2)", 7),
                new SqlStatement("UPDATE t SET a = 'x;y' -- why\n  WHERE a = 1", 9),
                new SqlStatement("SELECT 'ünï' AS \"köl\"", 12));
    }

    @ParameterizedTest
    @EnumSource(SqlFlavor.class)
    void oldMacLineBreaksCountAsLines(SqlFlavor flavor) {
        assertThat(Splits.lines(flavor, "SELECT 1;\rSELECT 2;\r\rSELECT 3", 1)).containsExactly(1, 2, 4);
    }

    @ParameterizedTest
    @EnumSource(SqlFlavor.class)
    void emptyAndCommentOnlyScripts(SqlFlavor flavor) {
        assertThat(StatementSplitter.split("", flavor, 1)).isEmpty();
        assertThat(StatementSplitter.split("\n -- nothing here\n/* nor; here */\n;\n", flavor, 1)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SqlFlavor.class)
    void largeScriptsSplit(SqlFlavor flavor) {
        int count = 200_000;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("INSERT INTO t VALUES (").append(i).append(", 'a;b', \"c\") /* c; */; -- x\n");
        }
        List<SqlStatement> statements = StatementSplitter.split(text.toString(), flavor, 1);
        assertThat(statements).hasSize(count);
        assertThat(statements.get(count - 1).line()).isEqualTo(count);
    }

    @ParameterizedTest
    @EnumSource(SqlFlavor.class)
    void oneHugeStatement(SqlFlavor flavor) {
        String big = "SELECT '" + "x".repeat(2_000_000) + "'";
        assertThat(StatementSplitter.split(big + ";", flavor, 1)).containsExactly(new SqlStatement(big, 1));
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> StatementSplitter.split(null, SqlFlavor.POSTGRES, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> StatementSplitter.split("", null, 1)).isInstanceOf(NullPointerException.class);
    }
}
